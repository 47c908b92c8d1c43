import type Database from "better-sqlite3";
import { hashPassword } from "@/lib/auth/password";

export const PROVINCE = { departments: 60, indicators: 1000, years: 10, firstYear: 2015 };
export const REPORT_YEAR = PROVINCE.firstYear + PROVINCE.years - 1;

/**
 * A synthetic province: 60 departments, 1,000 indicators (60% cumulative, 30% point, 10%
 * rate), 10 plan years of targets, assignments, approved submissions and monthly values
 * (rates per quarter, 6 and 9 months and year). Written with raw statements for speed.
 */
export function seedSyntheticProvince(sqlite: Database.Database): { values: number } {
  let values = 0;
  const years = Array.from({ length: PROVINCE.years }, (_, i) => PROVINCE.firstYear + i);
  sqlite.transaction(() => {
    const section = sqlite
      .prepare("insert into report_sections (code, title, sort_order) values (?, ?, ?) returning id")
      .get("I.3", "Về phát triển kinh tế", 1) as { id: number };
    for (const year of years) sqlite.prepare("insert into plan_years (year, status) values (?, 'open')").run(year);
    const deptIds: number[] = [];
    for (let d = 0; d < PROVINCE.departments; d += 1) {
      deptIds.push(
        (
          sqlite
            .prepare("insert into departments (code, name, short_name, valid_from) values (?, ?, ?, ?) returning id")
            .get(`dv${d}`, `Đơn vị ${d}`, `ĐV${d}`, PROVINCE.firstYear) as { id: number }
        ).id,
      );
    }
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
      for (const dept of deptIds) for (let m = 1; m <= 12; m += 1) submission.run(dept, year, m);
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
  })();
  return { values };
}
