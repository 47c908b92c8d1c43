import type { UnitSpan } from "./unit-months";

/** A unit's first year, with its month when it starts within the year: "2022", "7/2025". */
export function unitStartText(unit: Pick<UnitSpan, "validFrom" | "validFromMonth">): string {
  return unit.validFromMonth !== 1 ? `${unit.validFromMonth}/${unit.validFrom}` : String(unit.validFrom);
}

/** A unit's last year, with its month when it ends within the year: "2024", "6/2025"; "nay" while it has no end. */
export function unitEndText(unit: Pick<UnitSpan, "validTo" | "validToMonth">): string {
  if (unit.validTo === null) return "nay";
  return unit.validToMonth !== 12 ? `${unit.validToMonth}/${unit.validTo}` : String(unit.validTo);
}

/**
 * A unit's span as the units page writes it: whole years as before ("2022–2024", "2022–nay"),
 * a month where the unit starts or ends within a year ("2022 – 6/2025", "từ 7/2025",
 * "7/2025 – 6/2026"). The months themselves are lib/units/unit-months.ts's.
 */
export function unitSpanText(unit: UnitSpan): string {
  const start = unitStartText(unit);
  const end = unitEndText(unit);
  const whole = unit.validFromMonth === 1 && (unit.validTo === null || unit.validToMonth === 12);
  if (whole) return `${start}–${end}`;
  return unit.validTo === null ? `từ ${start}` : `${start} – ${end}`;
}
