import { roundTo } from "./decimal";

/**
 * Formats a number the Vietnamese way: "." groups thousands, "," marks decimals.
 * `decimals` is the maximum precision; trailing zeros are dropped unless `fixed`.
 *   formatViNumber(27068.7, 1) === "27.068,7"; formatViNumber(89, 2) === "89"
 */
export function formatViNumber(value: number, decimals = 0, options: { fixed?: boolean } = {}): string {
  const rounded = roundTo(value, decimals);
  const negative = rounded < 0;
  let [intPart, frac = ""] = Math.abs(rounded).toFixed(decimals).split(".");
  if (!options.fixed) frac = frac.replace(/0+$/, "");
  intPart = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${negative ? "-" : ""}${intPart}${frac ? `,${frac}` : ""}`;
}

/** "60,1%": a percentage at the given precision, no space before the sign. */
export function formatViPercent(value: number, decimals = 1): string {
  return `${formatViNumber(value, decimals)}%`;
}
