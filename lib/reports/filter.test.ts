import { describe, expect, it } from "vitest";
import { byRisk, countByStatus, filterRows } from "./filter";

const row = (
  name: string,
  code: string,
  section: string,
  department: string,
  status: "at_risk" | "achieved" | "behind",
) => ({ indicator: { name, code, sectionCode: section, departmentCode: department }, pace: { status } });
const rows = [
  row("Tổng kim ngạch xuất nhập khẩu", "knxnk", "I.3.2", "chq", "achieved"),
  row("Khách du lịch", "du_lich.khach", "I.3.3", "svhttdl", "at_risk"),
  row("Đường giao thông nông thôn", "gtnt", "I.3.4", "sgtvt", "behind"),
];

describe("report filters", () => {
  it("finds without diacritics", () => {
    expect(filterRows(rows, { q: "kim ngach" }).map((r) => r.indicator.code)).toEqual(["knxnk"]);
    expect(filterRows(rows, { q: "DUONG" }).map((r) => r.indicator.code)).toEqual(["gtnt"]);
    expect(filterRows(rows, { q: "Khách" }).map((r) => r.indicator.code)).toEqual(["du_lich.khach"]);
  });
  it("filters by section with its subsections, and by department", () => {
    expect(filterRows(rows, { section: "I.3" })).toHaveLength(3);
    expect(filterRows(rows, { section: "I.3.3" })).toHaveLength(1);
    expect(filterRows(rows, { department: "chq" })).toHaveLength(1);
  });
  it("puts indicators at risk first and counts by status", () => {
    expect(byRisk(rows).map((r) => r.pace.status)).toEqual(["at_risk", "behind", "achieved"]);
    expect(countByStatus(rows)).toMatchObject({ at_risk: 1, behind: 1, achieved: 1, on_track: 0 });
  });
});
