import type { UnitSpan } from "./unit-months";

/**
 * A unit's span as the units page writes it: whole years as before ("2022–2024", "2022–nay"),
 * a month where the unit starts or ends within a year ("2022 – 6/2025", "từ 7/2025",
 * "7/2025 – 6/2026"). The months themselves are lib/units/unit-months.ts's.
 */
export function unitSpanText(unit: UnitSpan): string {
  const startsWithin = unit.validFromMonth !== 1;
  const endsWithin = unit.validTo !== null && unit.validToMonth !== 12;
  if (!startsWithin && !endsWithin) return `${unit.validFrom}–${unit.validTo ?? "nay"}`;
  const from = startsWithin ? `${unit.validFromMonth}/${unit.validFrom}` : String(unit.validFrom);
  if (unit.validTo === null) return `từ ${from}`;
  const to = endsWithin ? `${unit.validToMonth}/${unit.validTo}` : String(unit.validTo);
  return `${from} – ${to}`;
}
