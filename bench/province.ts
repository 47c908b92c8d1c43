import type Database from "better-sqlite3";
import { hashPassword } from "@/lib/auth/password";

export const PROVINCE = { departments: 40, communes: 60, indicators: 1000, years: 10, firstYear: 2015 };
export const REPORT_YEAR = PROVINCE.firstYear + PROVINCE.years - 1;
/**
 * Indicators reported by every commune (issue 17): each commune enters its share. The first's
 * province figure is also entered by its department (the gap check); the others' is the sum.
 */
export const UNIT_INDICATORS = ["ct0", "ct1", "ct2"];
/** The one the ranking is measured on: its province figure is the communes' sum. */
export const RANKED_INDICATOR = "ct1";

/**
 * A synthetic province: 100 units (40 departments, 60 communes), 1,000 indicators (60%
 * cumulative, 30% point, 10% rate), 10 plan years of targets, assignments, approved
 * submissions and monthly values (rates per quarter, 6 and 9 months and year); three
 * indicators reported by every commune through per-commune shares with their own targets and
 * monthly values. Written with raw statements for speed.
 */
export function seedSyntheticProvince(sqlite: Database.Database): { values: number } {
  let values = 0;
  const years = Array.from({ length: PROVINCE.years }, (_, i) => PROVINCE.firstYear + i);
  sqlite.transaction(() => {
    const section = sqlite
      .prepare("insert into report_sections (code, title, sort_order) values (?, ?, ?) returning id")
      .get("I.3", "Về phát triển kinh tế", 1) as { id: number };
    for (const year of years) sqlite.prepare("insert into plan_years (year, status) values (?, 'open')").run(year);
    const insertUnit = sqlite.prepare(
      "insert into departments (code, name, short_name, kind, valid_from) values (?, ?, ?, ?, ?) returning id",
    );
    const deptIds: number[] = [];
    for (let d = 0; d < PROVINCE.departments; d += 1)
      deptIds.push(
        (insertUnit.get(`dv${d}`, `Đơn vị ${d}`, `ĐV${d}`, "department", PROVINCE.firstYear) as { id: number }).id,
      );
    const communeIds: number[] = [];
    for (let c = 0; c < PROVINCE.communes; c += 1)
      communeIds.push(
        (insertUnit.get(`xa${c}`, `Xã ${c}`, `Xã ${c}`, "commune", PROVINCE.firstYear) as { id: number }).id,
      );
    sqlite
      .prepare(
        "insert into users (username, full_name, role, password_hash) values ('lanhdao', 'Lãnh đạo', 'leader', ?)",
      )
      .run(hashPassword("Bench2031x"));
    const insertIndicator = sqlite.prepare(
      "insert into indicators (code, name, unit, kind, section_id, sort_order, precision, search_name) values (?, ?, 'tỷ đồng', ?, ?, ?, 1, ?) returning id",
    );
    const assign = sqlite.prepare(
      "insert into indicator_assignments (indicator_id, year, department_id) values (?, ?, ?)",
    );
    const target = sqlite.prepare(
      "insert into targets (indicator_id, year, source, value, min, max) values (?, ?, 'hdnd', ?, ?, ?)",
    );
    const value = sqlite.prepare(
      "insert into indicator_values (indicator_id, year, period, month, department_id, value, status, version) values (?, ?, ?, ?, ?, ?, 'official', 1)",
    );
    const submission = sqlite.prepare(
      "insert into submissions (department_id, year, month, state) values (?, ?, ?, 'approved')",
    );
    for (const year of years)
      for (const dept of [...deptIds, ...communeIds]) for (let m = 1; m <= 12; m += 1) submission.run(dept, year, m);
    for (let i = 0; i < PROVINCE.indicators; i += 1) {
      const kind = i % 10 === 9 ? "rate" : i % 10 >= 6 ? "point" : "cumulative";
      const id = (
        insertIndicator.get(`ct${i}`, `Chỉ tiêu tổng hợp ${i}`, kind, section.id, i, `chi tieu tong hop ${i}`) as {
          id: number;
        }
      ).id;
      const dept = deptIds[i % deptIds.length];
      for (const year of years) {
        assign.run(id, year, dept);
        const base = (100 + (i % 50)) * 10_000 * (1 + (year - PROVINCE.firstYear) / 20);
        if (kind === "rate") {
          target.run(id, year, null, 70_000, 75_000);
          for (const [period, month] of [
            ["Q1", 3],
            ["6T", 6],
            ["9T", 9],
            ["N", 12],
          ] as const) {
            value.run(id, year, period, month, dept, 60_000 + ((i + month) % 20) * 1_000);
            values += 1;
          }
          continue;
        }
        target.run(id, year, Math.round(base * (kind === "cumulative" ? 12 : 1.1)), null, null);
        // the communes' sum stands for the province figure of every unit indicator but the first
        if (UNIT_INDICATORS.slice(1).includes(`ct${i}`)) continue;
        for (let m = 1; m <= 12; m += 1) {
          value.run(
            id,
            year,
            `T${String(m).padStart(2, "0")}`,
            m,
            dept,
            Math.round(base * (kind === "cumulative" ? 1 + (m % 3) / 10 : 1 + m / 100)),
          );
          values += 1;
        }
      }
    }
    values += seedCommuneShares(sqlite, years, communeIds);
  })();
  return { values };
}

/** Each commune's share of the unit indicators: own indicator, target and monthly figures, every year. */
function seedCommuneShares(sqlite: Database.Database, years: number[], communeIds: number[]): number {
  let values = 0;
  const parent = sqlite.prepare("select id, kind, section_id from indicators where code = ?");
  const insertShare = sqlite.prepare(
    "insert into indicators (code, name, unit, kind, section_id, sort_order, precision, search_name, share_of_id) values (?, ?, 'tỷ đồng', ?, ?, 0, 1, ?, ?) returning id",
  );
  const reporting = sqlite.prepare(
    "insert into unit_reporting (indicator_id, year, unit_kind) values (?, ?, 'commune')",
  );
  const assign = sqlite.prepare(
    "insert into indicator_assignments (indicator_id, year, department_id) values (?, ?, ?)",
  );
  const target = sqlite.prepare("insert into targets (indicator_id, year, source, value) values (?, ?, 'hdnd', ?)");
  const value = sqlite.prepare(
    "insert into indicator_values (indicator_id, year, period, month, department_id, value, status, version, derived) values (?, ?, ?, ?, ?, ?, 'official', 1, 0)",
  );
  for (const code of UNIT_INDICATORS) {
    const province = parent.get(code) as { id: number; kind: string; section_id: number };
    for (const year of years) reporting.run(province.id, year);
    communeIds.forEach((commune, c) => {
      const share = (
        insertShare.get(
          `${code}@xa${c}`,
          `Chỉ tiêu ${code} của xã ${c}`,
          province.kind,
          province.section_id,
          `chi tieu ${code} xa ${c}`,
          province.id,
        ) as {
          id: number;
        }
      ).id;
      for (const year of years) {
        assign.run(share, year, commune);
        const base = (20 + (c % 17)) * 1_000 * (1 + (year - PROVINCE.firstYear) / 20);
        target.run(share, year, Math.round(base * 12));
        // a few communes run behind the others all year: the ranking has laggards
        const pace = c % 9 === 0 ? 0.7 : 1 + (c % 5) / 20;
        for (let m = 1; m <= 12; m += 1) {
          value.run(share, year, `T${String(m).padStart(2, "0")}`, m, commune, Math.round(base * pace));
          values += 1;
        }
      }
    });
  }
  return values;
}
