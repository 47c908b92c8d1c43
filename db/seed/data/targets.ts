import type { TargetSource } from "@/db/schema/vocabulary";

import type { SeedTarget } from "./types";

/**
 * Annual targets (chỉ tiêu kế hoạch) of the demo province, 2022-2024, HĐND tỉnh giao unless
 * said otherwise. A target read in a seed is not derived; a target behind a stated "đạt X%
 * kế hoạch" is derived so that X comes out exactly at the seed's precision (the note says
 * from which figure); the others are plausible demo figures.
 */

const ASSUMED = "giả định demo";

/**
 * Value targets for [2022, 2023, 2024]. Per year an optional note: "Seed …" for a target read
 * in a seed (not derived), any other note for a derived one; no note means "giả định demo".
 */
function yearly(indicator: string, values: [string, string, string], notes: [string?, string?, string?] = [], source: TargetSource = "hdnd"): SeedTarget[] {
  return values.map((value, i) => {
    const note = notes[i];
    const fromSeed = note?.startsWith("Seed ");
    return { indicator, year: 2022 + i, source, value, derived: !fromSeed, note: note ?? ASSUMED };
  });
}

/** upper bounds for a down-direction indicator ("dưới X"). */
function atMost(indicator: string, maxima: [string, string, string], note = ASSUMED): SeedTarget[] {
  return maxima.map((max, i) => ({ indicator, year: 2022 + i, source: "hdnd" as const, max, derived: true, note }));
}

export const targets: SeedTarget[] = [
  // I.1, I.2
  ...yearly("cchc.tthc_dung_han", ["98", "98.5", "99"]),

  // I.3 GRDP: a bound, a bound, then the range of seed 003 footnote 11
  { indicator: "grdp", year: 2022, source: "hdnd", min: "7.5", derived: true, note: `từ 7,5% trở lên - ${ASSUMED}` },
  { indicator: "grdp", year: 2023, source: "hdnd", min: "6.5", derived: true, note: `từ 6,5% trở lên - ${ASSUMED}` },
  { indicator: "grdp", year: 2024, source: "hdnd", min: "7", max: "7.5", derived: false, note: "Seed 003, chú thích 11: Kế hoạch đề ra GRDP là 7-7,5%" },

  // I.3.1
  ...yearly("nn.gieo_trong_dx", ["49000", "49000", "49000"], [undefined, "Suy ra từ: 48.232 ha đạt 98,4% kế hoạch (000)"]),
  ...yearly("nn.gieo_trong", ["95500", "95000", "94849"], [undefined, undefined, "Suy ra từ: 94.375 ha đạt 99,5% kế hoạch (002)"]),
  ...yearly("nn.luong_thuc", ["305", "310", "306.8"], [undefined, undefined, "Suy ra từ: 320,6 nghìn tấn đạt 104,5% kế hoạch (002)"]),
  ...yearly("nn.trong_rung", ["9000", "9030", "9000"], [`${ASSUMED}; 6T/2022 = 6.000 ha đạt 66,7%, hợp mục tiêu 'trên 60% kế hoạch' (001)`, "Suy ra từ: 6.500 ha đạt 72% kế hoạch (000)", "Suy ra từ: 9.000 ha đạt 100% kế hoạch (002)"]),
  ...yearly("nn.cay_phan_tan", ["2.2", "2.2", "2.223"], [undefined, undefined, "Suy ra từ: 4,5 triệu cây đạt 202,4% kế hoạch (002)"]),
  ...yearly("nn.nuoc_hvs", ["97", "97.5", "98"]),
  ...yearly("nn.ocop", ["80", "150", "165"]),
  ...yearly("nn.ocop.4sao", ["12", "20", "25"]),
  ...yearly("nn.ocop.3sao", ["68", "130", "140"]),
  ...yearly("nn.ma_vung_trong", ["180", "200", "230"]),
  ...yearly("nn.dt_ma_vung_trong", ["1000", "1100", "1250"]),
  ...yearly("nn.xa_ntm", ["84", "92", "100"]),
  ...yearly("nn.tieu_chi_ntm", ["14.5", "15", "15.6"]),

  // I.3.2: the parts' targets add up to the total's
  ...yearly("knxnk", ["5500", "3800", "5000"], ["Suy ra từ: 800 triệu USD quý I đạt 14,5% kế hoạch (001)", "Suy ra từ: 2.285 triệu USD đạt 60,1% kế hoạch (000)"]),
  ...yearly("knxnk.xk", ["1500", "1300", "2600"], [undefined, "Suy ra từ: 1.280 triệu USD đạt 98,5% kế hoạch (000)"]),
  ...yearly("knxnk.nk", ["4000", "2500", "2400"], [undefined, "Suy ra từ: 1.005 triệu USD đạt 40,2% kế hoạch (000)"]),
  ...yearly("xk_dia_phuong", ["130", "154", "165"], [undefined, "Suy ra từ: 70 triệu USD đạt 45,45% kế hoạch (000)"]),
  ...yearly("knxnk_tat_ca", ["40000", "45000", "60000"]),

  // I.3.3
  ...yearly("ccn", ["4", "7", "10"]),
  ...yearly("ban_le", ["22635", "26892", "40490"], ["Suy ra từ: 5.953 tỷ đồng quý I đạt 26,3% kế hoạch (001)", "Suy ra từ: 14.245 tỷ đồng đạt 52,97% kế hoạch (000)", "Suy ra từ: 27.068,7 tỷ đồng đạt 66,85% kế hoạch (002)"]),
  ...yearly("van_tai", ["1900", "2200", "2500"]),
  ...yearly("buu_chinh", ["185", "201", "220"], [undefined, "Suy ra từ: 105 tỷ đồng đạt 52,2% kế hoạch (000)"]),
  ...yearly("vien_thong", ["1150", "950", "1350"], [undefined, "Suy ra từ: 650 tỷ đồng đạt 68,42% kế hoạch (000)"]),
  ...yearly("du_lich.khach", ["3436", "3759.7", "5200"], ["Suy ra từ: 755.950 lượt quý I đạt 22% kế hoạch (001)", "Suy ra từ: 2.820,9 nghìn lượt đạt 75,03% kế hoạch (000)"]),
  ...yearly("du_lich.doanh_thu", ["2518", "2850", "4300"], ["Suy ra từ: 277 tỷ đồng quý I đạt 11% kế hoạch (001)", "Suy ra từ: 2.161,9 tỷ đồng đạt 75,86% kế hoạch (000)"]),
  ...yearly("nh.von_huy_dong", ["37000", "42000", "48000"]),
  ...yearly("nh.du_no", ["40000", "44000", "48500"]),
  ...atMost("nh.no_xau", ["1200", "1300", "1450"], `khoảng 3% tổng dư nợ - ${ASSUMED}`),
  ...atMost("nh.ty_le_no_xau", ["3", "3", "3"], `dưới 3% - ${ASSUMED}`),

  // I.3.4: the plan of public investment capital (tổng kế hoạch vốn đầu tư công)
  ...yearly("dtc.giai_ngan", ["2498.3", "3891.923", "3949.3"], [
    "Seed 001: tổng vốn kế hoạch đầu tư công đã phân bổ 2.498,3 tỷ đồng (cho 16,5% quý I và 92,8% cả năm)",
    "Seed 000: tổng kế hoạch vốn đầu tư công năm 2023 là 3.891,923 tỷ đồng (cho 29,8%)",
    "Seed 003: vốn đầu tư công năm 2024 là 3.949,3 tỷ đồng (cho 49,4%, 002)",
  ]),
  ...yearly("dtc.giai_ngan.nsdp", ["820", "1250.038", "1280"], [undefined, "Seed 000: vốn ngân sách địa phương 1.250,038 tỷ đồng"]),
  ...yearly("dtc.giai_ngan.nstw", ["1678.3", "2641.885", "2669.3"], [undefined, "Seed 000: vốn ngân sách Trung ương 2.641,885 tỷ đồng"]),
  ...yearly("dtc.khoi_luong", ["2498.3", "3891.923", "3949.3"], [
    "tổng kế hoạch vốn đầu tư công (001); 420 tỷ đồng quý I đạt 16,8% kế hoạch",
    "tổng kế hoạch vốn đầu tư công (000); 1.351,3 tỷ đồng đạt 34,7% kế hoạch",
    "vốn đầu tư công năm 2024 (003); 2.042,3 tỷ đồng đạt 51,7% kế hoạch (002)",
  ]),
  ...yearly("dtc.phan_bo", ["100", "100", "100"], ["phân bổ, giao chi tiết toàn bộ kế hoạch vốn", "phân bổ, giao chi tiết toàn bộ kế hoạch vốn; năm 2023 đạt 81,5% (002)", "phân bổ, giao chi tiết toàn bộ kế hoạch vốn; đạt 99,5% (002)"]),
  ...yearly("von_dtxh", ["32000", "35000", "38000"]),
  ...yearly("gtnt.mat_duong", ["250", "300", "300"]),
  ...yearly("gtnt.xi_mang", ["20000", "22000", "22000"]),
  ...yearly("gtnt.nen_duong", ["10", "10", "10"]),
  ...yearly("gtnt.xa_duong_nhua", ["92", "94", "95"]),
  ...yearly("gtnt.thon_cung_hoa", ["78", "82", "85"]),

  // I.3.5
  ...yearly("dn.moi", ["450", "500", "600"], [undefined, "Suy ra từ: 258 doanh nghiệp đạt 51,6% kế hoạch (000)", "Suy ra từ: 984 doanh nghiệp đạt 164% kế hoạch (002)"]),
  ...yearly("dn.von_moi", ["5000", "5500", "6000"]),
  ...yearly("dn.luy_ke", ["3750", "4100", "4600"]),
  ...yearly("dn.von_luy_ke", ["38000", "43000", "50000"]),
  ...yearly("htx.moi", ["40", "40", "45"], [undefined, "Suy ra từ: 18 hợp tác xã đạt 45% kế hoạch (000)"]),
  ...yearly("htx.luy_ke", ["460", "480", "500"]),
  ...yearly("dau_tu.du_an_moi", ["15", "18", "18"]),
  ...yearly("dau_tu.von_moi", ["5000", "6000", "8000"]),
  ...yearly("fdi.du_an", ["25", "27", "30"]),
  ...yearly("fdi.von", ["400", "410", "450"]),

  // I.3.6: dự toán HĐND tỉnh giao and Trung ương giao. The parts' HĐND targets add up to the
  // total (2.485 + 5.000 = 7.485 in 2024); các khoản huy động, đóng góp are not in the dự toán.
  ...yearly("thu_ns", ["5200", "6300", "7485"], [undefined, undefined, "Suy ra từ: 7.353,5 tỷ đồng đạt 98,2% dự toán (002)"]),
  ...yearly("thu_ns", ["4900", "6000", "7100"], [], "tw"),
  ...yearly("thu_ns.noi_dia", ["2200", "2400", "2485"], [undefined, undefined, "Suy ra từ: 2.148 tỷ đồng đạt 86,4% dự toán (002)"]),
  ...yearly("thu_ns.xnk", ["3000", "3900", "5000"], [undefined, undefined, "Suy ra từ: 5.200 tỷ đồng đạt 104% dự toán (002)"]),

  // I.4 (employment, ld.*, is a statistic the HĐND sets no target for)
  ...yearly("gd.truong_chuan", ["55", "58", "61"]),
  ...yearly("gd.phong_hoc_kien_co", ["86", "88", "90"]),
  ...yearly("xh.bhyt", ["96", "96.5", "97"]),
  ...yearly("yt.bac_si", ["12", "12.5", "13"]),
  ...yearly("yt.giuong_benh", ["32", "32.5", "33.5"]),
  ...yearly("yt.tiem_chung", ["95", "95", "95"]),
  ...yearly("vh.gia_dinh_van_hoa", ["85", "86", "87"]),
  ...yearly("vh.thon_van_hoa", ["75", "77", "79"]),
  ...yearly("xh.viec_lam", ["15000", "15500", "15500"]),
  ...yearly("xh.lao_dong_chung_chi", ["25.5", "26.5", "27.5"]),
  ...yearly("xh.bhxh", ["12", "13", "14"]),
  ...atMost("xh.ho_ngheo", ["15", "11.5", "8.5"], `tỷ lệ hộ nghèo cuối năm dưới mức này - ${ASSUMED}`),

  // I.5
  ...yearly("mt.che_phu_rung", ["63.5", "63.8", "64"]),
  ...yearly("mt.chat_thai_ran", ["92", "93", "94"]),
  ...yearly("mt.chat_thai_nong_thon", ["61", "64", "67"]),

  // I.6
  ...yearly("an.buon_lau", ["5000", "5000", "5000"]),
  ...yearly("an.xu_phat_vu", ["4000", "4000", "4000"]),
  ...yearly("an.xu_phat_tien", ["45", "45", "45"]),
  ...yearly("an.khoi_to_vu", ["350", "360", "380"]),
  ...yearly("an.khoi_to_doi_tuong", ["500", "520", "540"]),
  ...yearly("an.khieu_nai", ["85", "85", "85"]),

  // I.7
  ...yearly("cchc.sipas", ["82", "83", "85"]),
  ...yearly("cds.dvc_toan_trinh", ["40", "50", "60"]),
  ...yearly("cds.ho_so_truc_tuyen", ["30", "45", "60"]),
  ...yearly("cds.so_hoa", ["55", "70", "85"]),
];
