import { coverage, indicators, values, targets } from "./db/seed/data";
const cov = coverage.filter(c => "indicator" in c);
const exc = coverage.filter(c => "excluded" in c) as { line: number; excluded: string }[];
console.log("indicators", indicators.length, "values", values.length, "targets", targets.length, "covered", cov.length, "excluded", exc.length);
const bySeed: Record<string, [number, number]> = {};
const groups = new Map<string, number[]>();
for (const e of exc) { const k = e.excluded.slice(0, 70); groups.set(k, [...(groups.get(k) ?? []), e.line]); }
for (const [k, v] of groups) console.log(v.length, "|", k, "|", v.join(","));
const kinds: Record<string, number> = {}; for (const i of indicators) kinds[i.kind] = (kinds[i.kind] ?? 0) + 1; console.log(kinds);
const secs: Record<string, number> = {}; for (const i of indicators) secs[i.section] = (secs[i.section] ?? 0) + 1; console.log(secs);
console.log("isTarget", cov.filter((c: any) => c.isTarget).length, "derived values", values.filter(v => v.derived).length, "2021", values.filter(v => v.year === 2021).length);
