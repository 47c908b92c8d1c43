import type { SeedDepartment } from "./types";

/**
 * The 11 district-level local governments of Lạng Sơn (huyện, thành phố) in the seed era,
 * reporting to the province until the two-tier reorganisation of July 2025 (issue 17;
 * docs/domain.md §1). Codes "h.<name>" as the demo contract names them.
 */
export interface SeedDistrict extends SeedDepartment {
  /**
   * Relative weights of the district in the province's figures (fixed demo assumptions):
   * its share of the public-investment plan and disbursement, of budget revenue, and of the
   * communes meeting the new-rural standard (xã đạt chuẩn nông thôn mới; they sum to 100,
   * the 2024 target).
   */
  weights: { giaiNgan: number; thuNs: number; xaNtm: number };
}

const district = (
  code: string,
  name: string,
  shortName: string,
  weights: SeedDistrict["weights"],
): SeedDistrict => ({ code, name, shortName, kind: "district", validFrom: 2022, validTo: 2025, weights });

export const districts: SeedDistrict[] = [
  district("h.tp_lang_son", "Thành phố Lạng Sơn", "TP Lạng Sơn", { giaiNgan: 14, thuNs: 30, xaNtm: 3 }),
  district("h.trang_dinh", "Huyện Tràng Định", "H. Tràng Định", { giaiNgan: 9, thuNs: 4, xaNtm: 10 }),
  district("h.van_lang", "Huyện Văn Lãng", "H. Văn Lãng", { giaiNgan: 9, thuNs: 12, xaNtm: 9 }),
  district("h.van_quan", "Huyện Văn Quan", "H. Văn Quan", { giaiNgan: 7, thuNs: 3, xaNtm: 8 }),
  district("h.binh_gia", "Huyện Bình Gia", "H. Bình Gia", { giaiNgan: 7, thuNs: 3, xaNtm: 7 }),
  district("h.bac_son", "Huyện Bắc Sơn", "H. Bắc Sơn", { giaiNgan: 8, thuNs: 3, xaNtm: 8 }),
  district("h.huu_lung", "Huyện Hữu Lũng", "H. Hữu Lũng", { giaiNgan: 11, thuNs: 8, xaNtm: 14 }),
  district("h.chi_lang", "Huyện Chi Lăng", "H. Chi Lăng", { giaiNgan: 10, thuNs: 7, xaNtm: 11 }),
  district("h.cao_loc", "Huyện Cao Lộc", "H. Cao Lộc", { giaiNgan: 12, thuNs: 22, xaNtm: 12 }),
  district("h.loc_binh", "Huyện Lộc Bình", "H. Lộc Bình", { giaiNgan: 10, thuNs: 6, xaNtm: 11 }),
  district("h.dinh_lap", "Huyện Đình Lập", "H. Đình Lập", { giaiNgan: 6, thuNs: 2, xaNtm: 7 }),
];

/** The province indicators every district reports in 2022-2024 (each district enters its share). */
export const DISTRICT_INDICATORS = ["dtc.giai_ngan", "nn.xa_ntm", "thu_ns"] as const;
export type DistrictIndicator = (typeof DISTRICT_INDICATORS)[number];

/** The districts lagging in disbursement in 2024: below the province's % of plan in every month. */
export const LAGGING_DISTRICTS = ["h.dinh_lap", "h.binh_gia", "h.van_quan"] as const;

/**
 * How each district's disbursement of 2024 compares with its share of the plan (percent):
 * the three laggards well below, the others at or a little above (after the exact split, every
 * other district's % of plan is at or above the province's).
 */
export const DISBURSEMENT_PACE_2024: Record<string, number> = {
  "h.tp_lang_son": 104,
  "h.trang_dinh": 100,
  "h.van_lang": 106,
  "h.van_quan": 84,
  "h.binh_gia": 78,
  "h.bac_son": 101,
  "h.huu_lung": 108,
  "h.chi_lang": 103,
  "h.cao_loc": 110,
  "h.loc_binh": 102,
  "h.dinh_lap": 72,
};

/** Budget revenue (thu ngân sách): the two districts behind their share of the plan every year (percent); the others 100. */
export const REVENUE_PACE: Record<string, number> = { "h.trang_dinh": 88, "h.bac_son": 90 };
