import type { SeedDepartment } from "./types";

/**
 * The 2025 reorganisation of Lạng Sơn's reporting units, as the demo's plan year 2025 shows it
 * (issue 17; docs/domain.md §13). Departments merged as their ministries did; the districts
 * end in 2025 and, from July 2025, communes and wards report straight to the province.
 */

/** The department created by a merger (the others carry on under their own name). */
export const NEW_DEPARTMENTS_2025: SeedDepartment[] = [
  { code: "snnmt", name: "Sở Nông nghiệp và Môi trường", shortName: "Sở NN&MT", validFrom: 2025 },
];

/** Department → the department it merged into from 2025 (its 2025 indicators move there). */
export const MERGERS_2025: [from: string, into: string][] = [
  ["skhdt", "stc"],
  ["snn", "snnmt"],
  ["stnmt", "snnmt"],
  ["sgtvt", "sxd"],
  ["stttt", "skhcn"],
  // some of its tasks went to Sở Y tế and Sở Giáo dục và Đào tạo: the demo keeps its indicators together
  ["sldtbxh", "snv"],
];

/** The districts report up to June 2025; from 1 July 2025 the communes and wards report. */
export const LAST_DISTRICT_MONTH_2025 = 6;
export const FIRST_COMMUNE_MONTH_2025 = 7;

/**
 * The wards of the former Thành phố Lạng Sơn, units from July 2025 carrying on the city's work (a
 * split: one predecessor, four successors). The province's other communes are for its admin
 * to enter (Quản trị → Đơn vị): the seeds do not name them. The wards have entered nothing yet.
 */
export const WARDS_2025: SeedDepartment[] = [
  { code: "p.tam_thanh", name: "Phường Tam Thanh", shortName: "P. Tam Thanh", kind: "commune", validFrom: 2025, validFromMonth: FIRST_COMMUNE_MONTH_2025 },
  {
    code: "p.luong_van_tri",
    name: "Phường Lương Văn Tri",
    shortName: "P. Lương Văn Tri",
    kind: "commune",
    validFrom: 2025,
    validFromMonth: FIRST_COMMUNE_MONTH_2025,
  },
  { code: "p.dong_kinh", name: "Phường Đông Kinh", shortName: "P. Đông Kinh", kind: "commune", validFrom: 2025, validFromMonth: FIRST_COMMUNE_MONTH_2025 },
  { code: "p.ky_lua", name: "Phường Kỳ Lừa", shortName: "P. Kỳ Lừa", kind: "commune", validFrom: 2025, validFromMonth: FIRST_COMMUNE_MONTH_2025 },
];
export const WARDS_PREDECESSOR = "h.tp_lang_son";

/** The months of 2025 the demo has figures for: its 9-month report is the latest. */
export const MONTHS_2025 = 9;
/** From this month on the 2025 figures are still estimates. */
export const FIRST_ESTIMATE_MONTH_2025 = 7;

/**
 * The 2025 figures are illustrative (no seed gives them): the same period of 2024, grown by
 * 8% for amounts and counts, unchanged for percentages.
 */
export const GROWTH_PERCENT_2025 = 108;
export const NOTE_2025 = "Số minh họa năm 2025 (không có trong tài liệu gốc): số cùng kỳ năm 2024 tăng 8%";
export const NOTE_2025_PERCENT = "Số minh họa năm 2025 (không có trong tài liệu gốc): bằng số cùng kỳ năm 2024";
