import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase, type Db } from "@/db/client";
import { coverage, indicators, narratives } from "@/db/seed/data";
import { loadDemoProvince } from "@/db/seed/load-demo";
import { generateDraft } from "@/lib/draft/generate";
import { draftToMarkdown } from "@/lib/draft/markdown";
import { paragraphText, type DraftDocument } from "@/lib/draft/model";
import { formatViNumber } from "@/lib/numbers/vi-format";
import { provinceReport } from "@/lib/reports/province-report";
import { parseCsvWithHeader } from "@/db/seed/csv";

/**
 * Golden test (issue #5): the demo's generated draft of 6 tháng 2023 states, figure for
 * figure, what seed 000 (the province's own report) says of every indicator the demo covers,
 * and the 9 tháng 2024 draft what seed 002 says; the 2024 draft states seed 003's employment.
 * Beyond the seeds' figures (issue 13, point 9): those drafts state every indicator of văn hóa -
 * xã hội, môi trường, quốc phòng - an ninh, cải cách hành chính and chuyển đổi số, and hold the
 * departments' demo narratives (db/seed/data/narratives.ts, the seeds' own words) of their
 * closing month: highlights after the department's figures, difficulties in II, tasks in III.
 *
 * GOLDEN holds, per covered line of seed-figures.csv, the seed's sentence or clause copied
 * verbatim (checked against the line's quote, itself copied from the seed file). The draft
 * must contain it word for word: a clause that opens a sentence in the draft starts with a
 * capital, nothing else differs. Where the draft cannot say it word for word, `draft` is what
 * it says instead, `why` the reason, and every figure of the seed clause must still be in it,
 * except the `unstated` ones (figures of lines the demo leaves out, see coverage.ts).
 */
interface Golden {
  /** lines of db/seed/seed-figures.csv the clause states */
  lines: number[];
  /** the indicators, or the result items (db/seed/data/results.ts), whose text states it */
  indicators: string[];
  seed: string;
  draft?: string;
  why?: string;
  unstated?: string[];
}

const SEED_000: Golden[] = [
  {
    lines: [2, 3],
    indicators: ["000.y_te"],
    seed: "các công trình, dự án nâng cấp 03 Trung tâm Y tế tuyến huyện và 50 Trạm y tế tuyến xã đã hoàn thành thủ tục chuẩn bị đầu tư và tổ chức khởi công",
  },
  {
    lines: [4, 5, 6, 7, 8],
    indicators: ["grdp", "grdp.nln", "grdp.cnxd", "grdp.dv", "grdp.thue"],
    seed: "Tổng sản phẩm trên địa bàn (GRDP) 6 tháng đầu năm ước tăng 5,32% so với cùng kỳ, trong đó: Khu vực nông, lâm nghiệp và thủy sản tăng 4,05%, công nghiệp và xây dựng tăng 6,93%, dịch vụ tăng 5,2%, thuế sản phẩm trừ trợ cấp sản phẩm tăng 3,63%",
    draft:
      "Tổng sản phẩm trên địa bàn (GRDP) 6 tháng đầu năm ước tăng 5,32% so với cùng kỳ, chưa đạt kế hoạch (từ 6,5% trở lên), trong đó: Khu vực nông, lâm nghiệp và thủy sản tăng 4,05%, công nghiệp và xây dựng tăng 6,93%, dịch vụ tăng 5,2%, thuế sản phẩm trừ trợ cấp sản phẩm tăng 3,63%",
    why: "issue 13: a rate with a target gets a verdict right after the figure ('chưa đạt kế hoạch (…)'); the seed leaves the reader to compare",
    unstated: [],
  },
  {
    lines: [9],
    indicators: ["nn.gieo_trong_dx"],
    seed: "Tổng diện tích gieo trồng 48.232 ha, đạt 98,4% kế hoạch, bằng 99,6% cùng kỳ",
    draft: "Tổng diện tích gieo trồng vụ Đông Xuân 48.232 ha, đạt 98,4% kế hoạch, bằng 99,6% cùng kỳ",
    why: "issue 13: the draft also states the annual crops' total ('Tổng diện tích gieo trồng cây hàng năm'), so the winter-spring crop keeps its name; the seed has only this one",
  },
  {
    lines: [10],
    indicators: ["nn.trong_rung"],
    seed: "Tổng diện tích trồng rừng mới đạt 6.500 ha, đạt 72% kế hoạch, tăng 8,3% so với cùng kỳ",
  },
  { lines: [11], indicators: ["nn.nuoc_hvs"], seed: "Tỷ lệ dân cư nông thôn được sử dụng nước hợp vệ sinh đạt 97,5%" },
  { lines: [12], indicators: ["000.ocop"], seed: "Toàn tỉnh đánh giá phân hạng 07 sản phẩm OCOP đạt 03 sao" },
  { lines: [14], indicators: ["000.ma_vung_trong"], seed: "cấp 01 giấy xác nhận cấp mã số vùng trồng" },
  { lines: [13], indicators: ["nn.ocop"], seed: "lũy kế có 87 sản phẩm OCOP được xếp hạng" },
  {
    lines: [15, 16],
    indicators: ["nn.dt_ma_vung_trong", "nn.ma_vung_trong"],
    seed: "nâng tổng diện tích cây trồng được cấp mã số là 1.068,3 ha với 189 mã vùng trồng",
  },
  {
    lines: [17, 18, 19],
    indicators: ["knxnk", "knxnk.xk", "knxnk.nk"],
    seed: "Tổng kim ngạch xuất nhập khẩu qua địa bàn ước đạt 2.285 triệu USD, đạt 60,1% kế hoạch, tăng 101,1% so với cùng kỳ, trong đó xuất khẩu 1.280 triệu USD, đạt 98,5% kế hoạch, tăng 322,4%, nhập khẩu 1.005 triệu USD, đạt 40,2% kế hoạch, tăng 20,6%",
  },
  {
    lines: [20],
    indicators: ["xk_dia_phuong"],
    seed: "Hàng địa phương xuất khẩu 70 triệu USD, đạt 45,45% kế hoạch, tăng 20,69%",
  },
  {
    lines: [21],
    indicators: ["cssxcn"],
    seed: "chỉ số sản xuất công nghiệp 6 tháng đầu năm tăng 5,79% so với cùng kỳ",
  },
  { lines: [22], indicators: ["ccn"], seed: "Đến nay đã có 05 cụm công nghiệp được thành lập" },
  {
    lines: [23, 24],
    indicators: ["000.cum_cong_nghiep"],
    seed: "đang thực hiện thủ tục chấp thuận chủ trương đầu tư 04 cụm công nghiệp, thẩm định hồ sơ thành lập 02 cụm công nghiệp",
  },
  {
    lines: [25],
    indicators: ["ban_le"],
    seed: "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 14.245 tỷ đồng, đạt 52,97% kế hoạch, tăng 17,3% so với cùng kỳ",
  },
  {
    lines: [26, 27],
    indicators: ["nh.von_huy_dong", "nh.du_no"],
    seed: "Tổng nguồn vốn huy động tại các ngân hàng đến 30/6/2023 đạt 40.729 tỷ đồng, tăng 9,75% so với 31/12/2022; dư nợ tín dụng 40.400 tỷ đồng, tăng 2,5%",
  },
  {
    lines: [28, 29, 30],
    indicators: ["van_tai", "buu_chinh", "vien_thong"],
    seed: "Doanh thu vận tải 1.018,2 tỷ đồng, tăng 9,13% so với cùng kỳ; doanh thu bưu chính 105 tỷ đồng, đạt 52,2% kế hoạch; doanh thu viễn thông 650 tỷ đồng, đạt 68,42% kế hoạch",
  },
  {
    lines: [31, 32],
    indicators: ["du_lich.khach", "du_lich.doanh_thu"],
    seed: "thu hút 2.820,9 nghìn lượt khách, đạt 75,03% kế hoạch, tăng 26,73% so với cùng kỳ; doanh thu 2.161,9 tỷ đồng, đạt 75,86% kế hoạch, tăng 145,39% so với cùng kỳ",
  },
  {
    lines: [33, 34, 35],
    indicators: ["dtc.giai_ngan", "dtc.giai_ngan.nsdp", "dtc.giai_ngan.nstw"],
    seed: "Tổng kế hoạch vốn đầu tư công năm 2023 là 3.891,923 tỷ đồng, trong đó: Vốn ngân sách địa phương 1.250,038 tỷ đồng, vốn ngân sách Trung ương 2.641,885 tỷ đồng",
  },
  {
    lines: [36],
    indicators: ["dtc.khoi_luong"],
    seed: "Giá trị khối lượng thực hiện các dự án 1.351,3 tỷ đồng, đạt 34,7% kế hoạch",
  },
  {
    lines: [37],
    indicators: ["dtc.giai_ngan"],
    seed: "Kết quả giải ngân đến hết ngày 30/6/2023 là 1.158,8 tỷ đồng, đạt 29,8% tổng kế hoạch giao, đạt 36,3% kế hoạch đã giao chi tiết, so cùng kỳ năm 2022 tỷ lệ giải ngân tăng về số tuyệt đối là 510 tỷ đồng (tăng 79%)",
    draft: "Kết quả giải ngân đến hết ngày 30/6/2023 là 1.158,8 tỷ đồng, đạt 29,8% kế hoạch, tăng 79% so với cùng kỳ",
    why: "the % of the detailed plan (36,3%, line 38) is a second plan basis the demo does not keep, and the absolute increase (510 tỷ đồng, line 39) is derived; the draft states the % of the total plan and the change in the house style",
    unstated: ["36,3", "2022", "510"],
  },
  {
    lines: [41],
    indicators: ["gtnt.mat_duong"],
    seed: "Xây dựng được trên 145,45 km mặt đường bê tông xi măng",
    draft: "Xây dựng được 145,45 km mặt đường bê tông xi măng",
    why: "'trên' (more than) is the writer's hedge about the figure; the draft states the figure entered",
  },
  {
    lines: [42, 43, 44, 45],
    indicators: ["gtnt.xi_mang", "gtnt.nen_duong", "gtnt.xa_duong_nhua", "gtnt.thon_cung_hoa"],
    seed: "cung ứng 10.726 tấn xi măng, mở mới nền đường 4,3 km; tỷ lệ xã có đường ô tô đến trung tâm xã được rải nhựa hoặc bê tông đạt 93,4%; tỷ lệ thôn có đường ô tô đến trung tâm thôn được cứng hóa đạt 80,2%",
  },
  {
    lines: [46, 47, 48],
    indicators: ["000.pci"],
    seed: "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2022 của tỉnh tăng 21 bậc so với năm 2021, xếp thứ 15/63 tỉnh, thành trong cả nước; xếp thứ 2/63 tỉnh, thành phố về chỉ số xanh cấp tỉnh (PGI) năm 2022",
  },
  {
    lines: [49, 50],
    indicators: ["dn.moi", "dn.von_moi"],
    seed: "Đăng ký thành lập mới 258 doanh nghiệp, đạt 51,6% kế hoạch, tăng 14% so với cùng kỳ, với tổng số vốn đăng ký 1.530 tỷ đồng, giảm 54%",
  },
  {
    lines: [51, 52],
    indicators: ["dn.luy_ke", "dn.von_luy_ke"],
    seed: "Lũy kế toàn tỉnh có 3.896 doanh nghiệp với số vốn đăng ký 40.525 tỷ đồng",
  },
  { lines: [53], indicators: ["htx.moi"], seed: "Thành lập mới 18 hợp tác xã, đạt 45% kế hoạch" },
  { lines: [54], indicators: ["000.hop_tac_xa"], seed: "tổng vốn đăng ký 34 tỷ đồng" },
  { lines: [55], indicators: ["htx.luy_ke"], seed: "hiện toàn tỉnh có 472 hợp tác xã" },
  { lines: [56], indicators: ["000.hop_tac_xa"], seed: "tổng vốn đăng ký 1.063,2 tỷ đồng" },
  { lines: [57], indicators: ["000.hop_tac_xa"], seed: "tổng vốn đăng ký 1.063,2 tỷ đồng, 02 liên hiệp hợp tác xã" },
  {
    lines: [58, 59],
    indicators: ["dau_tu.du_an_moi", "dau_tu.von_moi"],
    seed: "Đã cấp mới chủ trương đầu tư/giấy chứng nhận đầu tư 07 dự án, tổng vốn đầu tư 2.027 tỷ đồng",
  },
  {
    lines: [60, 61, 62],
    indicators: ["000.du_an"],
    seed: "điều chỉnh 21 dự án, số vốn tăng thêm 53,53 tỷ đồng; thu hồi giấy chứng nhận đăng ký đầu tư 01 dự án",
  },
  {
    lines: [63],
    indicators: ["000.vsip"],
    seed: "Khu công nghiệp VSIP Lạng Sơn với tổng vốn đầu tư 6.361,328 tỷ đồng",
  },
];

const LEADING_ZERO =
  "a result item's count below ten takes a leading zero in the administrative style of seed 000 (03 Trung tâm Y tế, 07 dự án); seed 002, a press article, writes 3";
const ONE_NAME =
  "an indicator has one name in sentences; the demo words it as seed 000 (the province's report) does, and seed 002 (a press article on the 9-month report) words it differently";

const SEED_002: Golden[] = [
  {
    lines: [80],
    indicators: ["nn.gieo_trong"],
    seed: "tổng diện tích gieo trồng cây hàng năm ước 94.375 ha, đạt 99,5% kế hoạch, tăng 0,56% so với cùng kỳ",
  },
  {
    lines: [81],
    indicators: ["nn.luong_thuc"],
    seed: "Tổng sản lượng lương thực ước trên 320,6 nghìn tấn, đạt 104,5% kế hoạch, tăng 4,9% so với cùng kỳ",
    draft: "Tổng sản lượng lương thực ước 320,6 nghìn tấn, đạt 104,5% kế hoạch, tăng 4,9% so với cùng kỳ",
    why: "'trên' (more than) is the writer's hedge about the figure; the draft states the figure entered",
  },
  {
    lines: [82],
    indicators: ["nn.trong_rung"],
    seed: "Tổng diện tích trồng rừng tập trung ước thực hiện 9.000 ha, đạt 100% kế hoạch, tăng 1,1% so với cùng kỳ",
    draft: "Tổng diện tích trồng rừng mới ước đạt 9.000 ha, đạt 100% kế hoạch, tăng 1,1% so với cùng kỳ",
    why: `${ONE_NAME} ("trồng rừng mới đạt", seed 000); an estimate is "ước đạt" in the house style`,
  },
  { lines: [83], indicators: ["nn.cay_phan_tan"], seed: "trồng cây phân tán 4,5 triệu cây, đạt 202,4% kế hoạch" },
  {
    lines: [84],
    indicators: ["002.cum_cong_nghiep"],
    seed: "Đã thành lập 3 cụm công nghiệp",
    draft: "Đã thành lập 03 cụm công nghiệp",
    why: LEADING_ZERO,
  },
  {
    lines: [85],
    indicators: ["ccn"],
    seed: "nâng tổng số cụm công nghiệp của tỉnh lên 10 cụm",
    draft: "Đến nay đã có 10 cụm công nghiệp được thành lập",
    why: `${ONE_NAME} ("Đến nay đã có 05 cụm công nghiệp được thành lập")`,
  },
  {
    lines: [86],
    indicators: ["ban_le"],
    seed: "Tổng mức bán lẻ hàng hóa và dịch vụ tiêu dùng ước 27.068,7 tỷ đồng, đạt 66,85% kế hoạch, tăng 12,86%",
    draft:
      "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước 27.068,7 tỷ đồng, đạt 66,85% kế hoạch, tăng 12,86%",
    why: `${ONE_NAME} ("hàng hóa và doanh thu dịch vụ tiêu dùng")`,
  },
  {
    lines: [87],
    indicators: ["van_tai"],
    seed: "tổng doanh thu hoạt động vận tải, kho bãi ước 1.890,7 tỷ đồng, tăng 9,18% so với cùng kỳ",
    draft: "Doanh thu vận tải ước 1.890,7 tỷ đồng, tăng 9,18% so với cùng kỳ",
    why: `${ONE_NAME} ("Doanh thu vận tải")`,
  },
  {
    lines: [88, 89],
    indicators: ["002.cua_khau"],
    seed: "Hoạt động xuất, nhập khẩu duy trì ổn định tại 5 cửa khẩu và 2 đường chuyên dụng",
    draft: "Hoạt động xuất, nhập khẩu duy trì ổn định tại 05 cửa khẩu và 02 đường chuyên dụng",
    why: LEADING_ZERO,
  },
  {
    lines: [90],
    indicators: ["knxnk_tat_ca"],
    seed: "tổng kim ngạch hàng hóa xuất nhập khẩu của tất cả các loại hình qua địa bàn tỉnh Lạng Sơn đạt 46.362,2 triệu USD, tăng 29,5% so với cùng kỳ",
  },
  {
    lines: [91],
    indicators: ["dn.moi"],
    seed: "thành lập mới 984 doanh nghiệp, đạt 164% kế hoạch, tăng 103% so với cùng kỳ",
  },
  {
    lines: [92],
    indicators: ["dn.von_moi"],
    seed: "với tổng vốn đăng ký 7.835,5 tỷ đồng, tăng 105,6%",
    draft: "với tổng số vốn đăng ký 7.835,5 tỷ đồng, tăng 105,6%",
    why: `${ONE_NAME} ("tổng số vốn đăng ký")`,
  },
  { lines: [93], indicators: ["002.hoat_dong_tro_lai"], seed: "có 175 doanh nghiệp hoạt động trở lại, tăng 9,3%" },
  { lines: [94], indicators: ["dn.luy_ke"], seed: "toàn tỉnh có 5.091 doanh nghiệp" },
  { lines: [95], indicators: ["dn.von_luy_ke"], seed: "số vốn đăng ký 58.914 tỷ đồng" },
  { lines: [96], indicators: ["002.chi_nhanh"], seed: "780 chi nhánh, văn phòng đại diện" },
  { lines: [97], indicators: ["htx.moi"], seed: "thành lập mới 46 hợp tác xã" },
  {
    lines: [98, 99],
    indicators: ["002.an_toan_khu"],
    seed: "Thủ tướng Chính phủ đã công nhận 33 xã, thị trấn thuộc các huyện: Bình Gia, Văn Quan, Tràng Định, Cao Lộc, Văn Lãng là xã An toàn khu; 3 huyện Bình Gia, Văn Quan và Tràng Định là vùng An toàn khu",
    draft:
      "Thủ tướng Chính phủ đã công nhận 33 xã, thị trấn thuộc các huyện: Bình Gia, Văn Quan, Tràng Định, Cao Lộc, Văn Lãng là xã An toàn khu; 03 huyện Bình Gia, Văn Quan và Tràng Định là vùng An toàn khu",
    why: LEADING_ZERO,
  },
  {
    lines: [100],
    indicators: ["thu_ns"],
    seed: "Tổng thu ngân sách trên địa bàn tỉnh ước 7.353,5 tỷ đồng, đạt 98,2% dự toán, tăng 29,8%",
    draft:
      "Tổng thu ngân sách trên địa bàn tỉnh ước 7.353,5 tỷ đồng, đạt 103,6% dự toán Trung ương giao, đạt 98,2% dự toán tỉnh giao, tăng 29,8%",
    why: "the demo also holds the Trung ương estimate of the budget, and the house style then states % of both sources (docs/domain.md §5); the article gives only the province's",
  },
  {
    lines: [101, 102, 103],
    indicators: ["thu_ns.noi_dia", "thu_ns.xnk", "thu_ns.huy_dong"],
    seed: "thu nội địa 2.148 tỷ đồng, đạt 86,4% dự toán, tăng 12,5%; thu từ hoạt động xuất nhập khẩu 5.200 tỷ đồng, đạt 104% dự toán, tăng 39,1%; các khoản huy động, đóng góp 5,5 tỷ đồng, bằng 35,2% cùng kỳ",
    draft:
      "thu nội địa 2.148 tỷ đồng, đạt 86,4% dự toán, tăng 12,5%, thu từ hoạt động xuất nhập khẩu 5.200 tỷ đồng, đạt 104% dự toán, tăng 39,1%, các khoản huy động, đóng góp 5,5 tỷ đồng, bằng 35,2% cùng kỳ",
    why: "parts after 'trong đó' are separated by commas as in seed 000's kim ngạch sentence; the article separates them by semicolons. Each part's clause is word for word",
  },
  {
    lines: [104],
    indicators: ["dtc.phan_bo"],
    seed: "đã phân bổ, giao kế hoạch vốn đầu tư công năm 2024 theo quy định, đảm bảo thời gian, đúng mục tiêu, cơ cấu, định mức và danh mục, đạt 99,5% kế hoạch",
    draft: "Đã phân bổ, giao kế hoạch vốn đầu tư công năm 2024, đạt 99,5% kế hoạch",
    why: "'theo quy định, đảm bảo thời gian, đúng mục tiêu, cơ cấu, định mức và danh mục' is the writer's assessment, not data a template may assert every period",
  },
  {
    lines: [105],
    indicators: ["dtc.phan_bo"],
    seed: "(năm 2023 đạt 81,5%)",
    draft: "(năm 2023 đạt 81,5% kế hoạch)",
    why: "the figure is written with the indicator's unit (% kế hoạch)",
  },
  {
    lines: [106],
    indicators: ["dtc.khoi_luong"],
    seed: "giá trị khối lượng thực hiện các dự án ước 2.042,3 tỷ đồng, đạt 51,7% kế hoạch",
  },
  {
    lines: [107],
    indicators: ["dtc.giai_ngan"],
    seed: "kết quả giải ngân kế hoạch đầu tư vốn ngân sách Nhà nước ước 1.950,2 tỷ đồng, đạt 49,4% kế hoạch",
    draft: "Kết quả giải ngân đến hết ngày 30/9/2024 ước là 1.950,2 tỷ đồng, đạt 49,4% kế hoạch",
    why: `${ONE_NAME} ("Kết quả giải ngân đến hết ngày 30/6/2023 là")`,
  },
  {
    lines: [109],
    indicators: ["an.buon_lau"],
    seed: "kiểm tra, xử lý vi phạm 4.090 vụ buôn lậu, gian lận thương mại, hàng giả, hàng cấm, tương đương cùng kỳ",
  },
  {
    lines: [110, 111],
    indicators: ["an.xu_phat_vu", "an.xu_phat_tien"],
    seed: "xử phạt vi phạm hành chính 3.326 vụ với tổng số tiền 32,21 tỷ đồng, giảm 6% so với cùng kỳ",
  },
  {
    lines: [112, 113],
    indicators: ["an.khoi_to_vu", "an.khoi_to_doi_tuong"],
    seed: "Đã khởi tố 293 vụ, bằng 103,9% cùng kỳ; 417 đối tượng, bằng 100,48% cùng kỳ",
  },
];

/**
 * Sections II and III (issue 13): the sentences generated from the indicators that lag, as the
 * draft must state them under each heading (the seeds name the same: seed 002 "giải ngân vốn
 * đầu tư công" behind at 49,4%, seed 003 "Tốc độ tăng trưởng kinh tế còn chậm, chưa đạt tiến độ
 * kế hoạch đề ra"; seed 000's hợp tác xã at 45% of plan).
 */
const LAGGING_000 = {
  II: [
    "- Về phát triển kinh tế: tổng sản phẩm trên địa bàn (GRDP) 6 tháng đầu năm ước tăng 5,32%, chưa đạt kế hoạch (từ 6,5% trở lên).",
    "vốn đăng ký của doanh nghiệp thành lập mới chỉ đạt 27,8% kế hoạch, có nguy cơ không đạt kế hoạch năm",
    "hợp tác xã thành lập mới chỉ đạt 45% kế hoạch",
  ],
  III: [
    "- Hợp tác xã thành lập mới (Sở Kế hoạch và Đầu tư): để hoàn thành kế hoạch năm, 6 tháng còn lại cần đạt bình quân 04 hợp tác xã/tháng.",
    "- Tổng sản phẩm trên địa bàn (GRDP): phấn đấu cả năm đạt kế hoạch đề ra (từ 6,5% trở lên).",
  ],
};
const LAGGING_002 = {
  II: [
    "- Về phát triển kinh tế: tổng sản phẩm trên địa bàn (GRDP) 9 tháng tăng 6,1%, chưa đạt kế hoạch (7-7,5%).",
    "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng mới đạt 66,85% kế hoạch, chậm so với tiến độ",
    "giải ngân vốn đầu tư công mới đạt 49,4% kế hoạch, giá trị khối lượng thực hiện các dự án đầu tư công mới đạt 51,7% kế hoạch",
  ],
  III: [
    "- Giải ngân vốn đầu tư công (Sở Kế hoạch và Đầu tư): để hoàn thành kế hoạch năm, 3 tháng còn lại cần đạt bình quân 666,4 tỷ đồng/tháng.",
    "- Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng (Cục Thống kê tỉnh): để hoàn thành kế hoạch năm, 3 tháng còn lại cần đạt bình quân 4.473,8 tỷ đồng/tháng.",
  ],
};

/**
 * Employment in 2024 (seed 003, a report on the year) in the demo's year draft. December 2024
 * is submitted, not yet approved, in the demo, so that draft counts submitted figures.
 */
const SHARE_IN_POINTS =
  "a share's change is a difference of percentages, which the draft writes in points (docs/domain.md); the seed writes it with %";
const SEED_003_EMPLOYMENT: Golden[] = [
  {
    lines: [134],
    indicators: ["ld.co_viec_lam"],
    seed: "Quy mô lao động của tỉnh năm 2024 là 319 nghìn người",
    draft: "Lao động có việc làm ước 319 nghìn người",
    why: "the indicator is named as the seed's footnote 2 names it (số LĐ có việc làm là 319.000 người), an estimate as the seed's 'dự ước'; the draft's heading carries the year",
    unstated: ["2024"],
  },
  { lines: [138], indicators: ["ld.co_viec_lam.nln"], seed: "khu vực nông, lâm nghiệp và thủy sản 119 nghìn người" },
  {
    lines: [139],
    indicators: ["ld.co_cau.nln"],
    seed: "chiếm khoảng 37,3%, giảm 0,16% so với cùng kỳ",
    draft: "chiếm 37,3%, thấp hơn 0,16 điểm phần trăm so với cùng kỳ",
    why: `${SHARE_IN_POINTS}; 'khoảng' is the writer's hedge`,
  },
  { lines: [140], indicators: ["ld.co_viec_lam.cnxd"], seed: "công nghiệp - xây dựng 71 nghìn người" },
  {
    lines: [141],
    indicators: ["ld.co_cau.cnxd"],
    seed: "chiếm khoảng 22,39%, giảm 1,88% so với cùng kỳ",
    draft: "chiếm 22,39%, thấp hơn 1,88 điểm phần trăm",
    why: `${SHARE_IN_POINTS}; the second share of the sentence leaves out 'so với cùng kỳ' as the economy's structure does`,
  },
  { lines: [142], indicators: ["ld.co_viec_lam.dv"], seed: "dịch vụ 129 nghìn người" },
  {
    lines: [143],
    indicators: ["ld.co_cau.dv"],
    seed: "chiếm khoảng 40,31%, tăng 2,04% so với cùng kỳ",
    draft: "chiếm 40,31%, cao hơn 2,04 điểm phần trăm",
    why: `${SHARE_IN_POINTS}; the third share leaves out 'so với cùng kỳ' too`,
  },
];

const REPORTS = [
  {
    seedFile: "000",
    year: 2023,
    period: "6T" as const,
    counting: "approved" as const,
    golden: SEED_000,
    covers: (indicator: string) => indicator !== "",
    results: true,
  },
  {
    seedFile: "002",
    year: 2024,
    period: "9T" as const,
    counting: "approved" as const,
    golden: SEED_002,
    covers: (indicator: string) => indicator !== "",
    results: true,
  },
  {
    seedFile: "003",
    year: 2024,
    period: "N" as const,
    counting: "submitted" as const,
    golden: SEED_003_EMPLOYMENT,
    covers: (indicator: string) => indicator.startsWith("ld."),
    results: false,
  },
];

const csvRows = parseCsvWithHeader(readFileSync(path.resolve(__dirname, "../../db/seed/seed-figures.csv"), "utf8"));
const csvByLine = new Map(csvRows.map((r) => [r.line, r.row]));

const squash = (text: string) => text.replace(/\s+/g, " ").trim();
const upperFirst = (text: string) => text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
/** The figures of a clause, leading zeros dropped ("07" and "7" are the same figure). */
const figuresOf = (text: string) => [...text.matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => m[0].replace(/^0+(?=\d)/, ""));

function containsClause(draft: string, clause: string): boolean {
  return draft.includes(clause) || draft.includes(upperFirst(clause));
}

let db: Db;
const drafts = new Map<string, string>();
beforeAll(() => {
  db = openDatabase(":memory:").db;
  migrateDatabase(db);
  loadDemoProvince(db);
  for (const r of REPORTS)
    drafts.set(
      r.seedFile,
      draftToMarkdown(generateDraft(db, { year: r.year, period: r.period, counting: r.counting })),
    );
});

/** The Markdown of one fixed part of the draft: from its heading to the next heading of its level or above. */
function partOf(markdown: string, heading: string): string {
  const lines = markdown.split("\n");
  const start = lines.findIndex((l) => l.startsWith(`## ${heading}`));
  const end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end).join("\n");
}

const LAGGING = [
  { seedFile: "000", lagging: LAGGING_000 },
  { seedFile: "002", lagging: LAGGING_002 },
];

describe.each(LAGGING)("golden: sections II and III of the draft of seed $seedFile", ({ seedFile, lagging }) => {
  it.each(["II", "III"] as const)("section %s holds the sentences generated from the indicators that lag", (part) => {
    const text = partOf(drafts.get(seedFile)!, `${part}. `);
    for (const sentence of lagging[part]) expect(text, `${part} lacks: ${sentence}`).toContain(sentence);
  });
});

describe.each(REPORTS)(
  "golden: the demo's draft against seed $seedFile ($period $year)",
  ({ seedFile, golden, covers, results }) => {
    it("has a clause for every covered line of the seed, and each line once", () => {
      const covered = coverage
        .filter(
          (c) =>
            (("indicator" in c && covers(c.indicator)) || ("result" in c && results)) &&
            csvByLine.get(c.line)?.seed_file.startsWith(seedFile),
        )
        .map((c) => c.line)
        .sort((a, b) => a - b);
      const inTable = golden.flatMap((g) => g.lines).sort((a, b) => a - b);
      expect(inTable).toEqual(covered);
    });

    it.each(golden.map((g) => [g.lines.join(","), g] as const))(
      "line %s: the clause is the seed's own words",
      (_, g) => {
        for (const line of g.lines) {
          const row = csvByLine.get(line)!;
          const quote = squash(row.quote);
          const seed = squash(g.seed);
          expect(quote.includes(seed) || seed.includes(quote), `line ${line}: "${quote}"`).toBe(true);
          const cover = coverage.find((c) => c.line === line);
          expect(
            cover &&
              (("indicator" in cover && g.indicators.includes(cover.indicator)) ||
                ("result" in cover && g.indicators.includes(cover.result))),
          ).toBe(true);
        }
      },
    );

    it.each(golden.map((g) => [g.lines.join(","), g] as const))("line %s: the draft states it", (_, g) => {
      const draft = drafts.get(seedFile)!;
      if (g.draft === undefined) {
        expect(containsClause(draft, g.seed), `draft lacks: ${g.seed}`).toBe(true);
        return;
      }
      expect(g.why?.length ?? 0, "a clause written differently says why").toBeGreaterThan(20);
      expect(g.draft).not.toBe(g.seed);
      expect(containsClause(draft, g.draft), `draft lacks: ${g.draft}`).toBe(true);
      const stated = new Set(figuresOf(g.draft));
      const unstated = new Set((g.unstated ?? []).map((f) => f.replace(/^0+(?=\d)/, "")));
      for (const figure of figuresOf(g.seed)) {
        if (!unstated.has(figure)) expect(stated.has(figure), `figure ${figure} of "${g.seed}"`).toBe(true);
      }
    });
  },
);

/** The sections the seeds write about beyond the economy (issue 13, point 9), with the indicators the demo gives them. */
const NEW_SECTIONS = ["I.4.1", "I.4.2", "I.4.3", "I.4.4", "I.5", "I.6", "I.7"];

describe.each(REPORTS.slice(0, 2))(
  "coverage: the $period $year draft beyond the economy",
  ({ year, period, counting }) => {
    let doc: DraftDocument;
    beforeAll(() => {
      doc = generateDraft(db, { year, period, counting });
    });

    it("has a heading and indicator sentences in every section of văn hóa - xã hội, môi trường, quốc phòng - an ninh, cải cách hành chính and chuyển đổi số", () => {
      for (const section of NEW_SECTIONS) {
        expect(
          doc.blocks.some((b) => b.type === "heading" && b.section === section),
          `heading ${section}`,
        ).toBe(true);
        expect(
          doc.blocks.some((b) => b.type === "paragraph" && b.section === section && b.origin === "indicator"),
          `sentences of ${section}`,
        ).toBe(true);
      }
    });

    it("states every indicator of those sections with the period's figure as the report computes it", () => {
      const rows = new Map(provinceReport(db, { year, period, counting }).map((r) => [r.indicator.code, r]));
      const text = doc.blocks.flatMap((b) => (b.type === "paragraph" ? [paragraphText(b)] : [])).join("\n");
      for (const ind of indicators.filter((i) => NEW_SECTIONS.includes(i.section))) {
        const row = rows.get(ind.code)!;
        expect(row.value, `${ind.code} has a figure`).not.toBeNull();
        expect(
          doc.missing.map((m) => m.indicator),
          ind.code,
        ).not.toContain(ind.code);
        const figure = formatViNumber(row.value!, ind.precision);
        const written = ind.unit === "%" ? `${figure}%` : `${figure} ${ind.unit}`;
        expect(text, `${ind.code}: ${written}`).toMatch(
          new RegExp(`(?<![\\d.,])0?${written.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`),
        );
      }
    });
  },
);

/** Where a department's highlights belong: the section of its field (most of its indicators). */
const HOME_SECTION: Record<string, string> = {
  snn: "I.3.1",
  chq: "I.3.2",
  sct: "I.3.3",
  svhttdl: "I.3.3",
  nhnn: "I.3.3",
  skhdt: "I.3.5",
  stc: "I.3.6",
  ctk: "I.3",
  syt: "I.4.2",
  sldtbxh: "I.4.4",
  stnmt: "I.5",
  vpubnd: "I.6",
  snv: "I.7",
  stttt: "I.7",
};

describe.each([
  { seedFile: "000", year: 2023, period: "6T" as const, month: 6 },
  { seedFile: "002", year: 2024, period: "9T" as const, month: 9 },
  { seedFile: "003", year: 2024, period: "N" as const, month: 12 },
])("narratives: the $period $year draft holds the departments' texts of month $month", ({ year, period, month }) => {
  let doc: DraftDocument;
  beforeAll(() => {
    doc = generateDraft(db, { year, period, counting: period === "N" ? "submitted" : "approved" });
  });
  const ofMonth = narratives.filter((n) => n.year === year && n.month === month);
  const placed = (text: string) =>
    doc.blocks.filter((b) => b.type === "paragraph" && paragraphText(b).includes(text)).map((b) => b.section);

  it("has narratives for the month", () => {
    expect(ofMonth.length).toBeGreaterThan(3);
  });

  it.each(ofMonth.map((n) => [n.department, n] as const))(
    "%s: highlights after its figures, difficulties in II, tasks in III",
    (_, n) => {
      if (n.highlights) expect(placed(n.highlights)).toEqual([HOME_SECTION[n.department]]);
      if (n.difficulties) expect(placed(n.difficulties)).toEqual(["II"]);
      if (n.tasks) expect(placed(n.tasks)).toEqual(["III"]);
    },
  );
});
