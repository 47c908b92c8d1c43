/**
 * Exact decimal storage. Every figure (values, targets) is stored as an integer
 * number of 1/10 000 of its unit ("scaled"), so sums are integer sums and print
 * exactly what a person adding the entered figures gets (no 0.1 + 0.2 artefacts).
 * Range: |value| < 1e11 units, at most 4 decimal places.
 */
export const SCALE = 10_000;
export const SCALE_DIGITS = 4;
export const MAX_ABS_VALUE = 1e11;

export type Scaled = number;

/** Converts a canonical decimal string ("-27068.7") to a scaled integer without float maths. */
export function scaledFromDecimalString(text: string): Scaled {
  const m = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) throw new Error(`Not a decimal string: ${text}`);
  const [, minus, intPart, frac = ""] = m;
  if (frac.length > SCALE_DIGITS) throw new Error(`Too many decimals: ${text}`);
  const scaled = Number(intPart) * SCALE + Number(frac.padEnd(SCALE_DIGITS, "0"));
  return minus && scaled !== 0 ? -scaled : scaled;
}

/**
 * The decimal text of a finite JS number without an exponent, from its shortest round-trip
 * form (String): 123456.78905 -> "123456.78905", 1e-7 -> "0.0000001", -0 -> "0". A JSON
 * number is read from this text, like a typed one, so it is never rounded.
 */
export function plainDecimalText(value: number): string {
  const [mantissa, exponentText = "0"] = String(value).split("e");
  const negative = mantissa.startsWith("-");
  const [intPart, fracPart = ""] = mantissa.replace("-", "").split(".");
  const exponent = Number(exponentText);
  const digits = intPart + fracPart;
  const point = intPart.length + exponent; // position of the decimal point in `digits`
  let text: string;
  if (point <= 0) text = `0.${"0".repeat(-point)}${digits}`;
  else if (point >= digits.length) text = digits + "0".repeat(point - digits.length);
  else text = `${digits.slice(0, point)}.${digits.slice(point)}`;
  text = text.replace(/^0+(?=\d)/, "");
  if (text.includes(".")) text = text.replace(/\.?0+$/, "");
  return negative && /[1-9]/.test(text) ? `-${text}` : text;
}

/** Converts a finite JS number to scaled (rounding to 4 decimals; -0 becomes 0). */
export function toScaled(value: number): Scaled {
  const scaled = Math.round(value * SCALE);
  return scaled === 0 ? 0 : scaled;
}

/** Exact when the scaled integer is below 2^53, which the range guarantees. */
export function fromScaled(scaled: Scaled): number {
  return scaled / SCALE;
}

/** Canonical decimal string of a scaled integer: 270687000 -> "27068.7". */
export function decimalStringFromScaled(scaled: Scaled): string {
  const negative = scaled < 0;
  const abs = Math.abs(scaled);
  const intPart = Math.floor(abs / SCALE);
  const frac = String(abs % SCALE)
    .padStart(SCALE_DIGITS, "0")
    .replace(/0+$/, "");
  return `${negative ? "-" : ""}${intPart}${frac ? `.${frac}` : ""}`;
}

/** Number of decimals a JS number needs (up to 4): 60.1 -> 1, 14 -> 0. */
export function decimalsOf(value: number): number {
  const text = decimalStringFromScaled(toScaled(value));
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** Round half away from zero at `decimals` places, free of binary artefacts (1.005 -> 1.01). */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const sign = value < 0 ? -1 : 1;
  // shift by editing the exponent, also when JS prints the number in exponent form (1.4e-14)
  const shift = (x: number, places: number) => {
    const [mantissa, exponent = "0"] = String(x).split("e");
    return Number(`${mantissa}e${Number(exponent) + places}`);
  };
  const rounded = shift(Math.round(shift(Math.abs(value), decimals)), -decimals) * sign;
  return rounded === 0 ? 0 : rounded;
}
