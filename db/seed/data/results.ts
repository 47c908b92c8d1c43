import type { SeedResult } from "./types";

/**
 * Result items (kết quả, sự kiện) of the demo province: the one-off facts the seeds state
 * (rankings, projects adjusted, border gates, a batch of OCOP products rated, ...), each
 * entered by its department in the month the seed reports it, so that it appears in that
 * month's report and in the reports of the periods containing it, never in another year's.
 * `{1}`, `{2}` place the figures in the text; `[ … ]` is a figure's clause, left out when the
 * figure is zero (lib/results/text.ts). db/seed/data/coverage.ts maps each seed line here.
 */
export const results: SeedResult[] = [
  // seed 000: 6 tháng 2023 (reported in June 2023)
  {
    key: "000.y_te",
    department: "syt",
    date: "2023-06-30",
    section: "I.2",
    text: "Các công trình, dự án nâng cấp {1} tuyến huyện[ và {2} tuyến xã] đã hoàn thành thủ tục chuẩn bị đầu tư và tổ chức khởi công",
    figures: [{ value: "3", unit: "Trung tâm Y tế" }, { value: "50", unit: "Trạm y tế" }],
  },
  { key: "000.ocop", department: "snn", date: "2023-06-30", section: "I.3.1", text: "Toàn tỉnh đánh giá phân hạng {1} OCOP[ đạt {2}]", figures: [{ value: "7", unit: "sản phẩm" }, { value: "3", unit: "sao" }] },
  { key: "000.ma_vung_trong", department: "snn", date: "2023-06-30", section: "I.3.1", text: "Cấp {1} xác nhận cấp mã số vùng trồng", figures: [{ value: "1", unit: "giấy" }] },
  {
    key: "000.cum_cong_nghiep",
    department: "sct",
    date: "2023-06-30",
    section: "I.3.3",
    text: "[Đang thực hiện thủ tục chấp thuận chủ trương đầu tư {1}][, thẩm định hồ sơ thành lập {2}]",
    figures: [{ value: "4", unit: "cụm công nghiệp" }, { value: "2", unit: "cụm công nghiệp" }],
  },
  {
    key: "000.pci",
    department: "skhdt",
    date: "2023-06-30",
    section: "I.3.5",
    text: "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2022 của tỉnh tăng {1} so với năm 2021, xếp thứ {2}/63 tỉnh, thành trong cả nước; xếp thứ {3}/63 tỉnh, thành phố về chỉ số xanh cấp tỉnh (PGI) năm 2022",
    figures: [{ value: "21", unit: "bậc" }, { value: "15", unit: "" }, { value: "2", unit: "" }],
  },
  {
    key: "000.hop_tac_xa",
    department: "skhdt",
    date: "2023-06-30",
    section: "I.3.5",
    text: "Các hợp tác xã thành lập mới có tổng vốn đăng ký {1}; hiện toàn tỉnh có tổng vốn đăng ký {2}[, {3}]",
    figures: [{ value: "34", unit: "tỷ đồng" }, { value: "1063.2", unit: "tỷ đồng" }, { value: "2", unit: "liên hiệp hợp tác xã" }],
  },
  {
    key: "000.du_an",
    department: "skhdt",
    date: "2023-06-30",
    section: "I.3.5",
    text: "[Điều chỉnh {1}, số vốn tăng thêm {2}][; thu hồi giấy chứng nhận đăng ký đầu tư {3}]",
    figures: [{ value: "21", unit: "dự án" }, { value: "53.53", unit: "tỷ đồng" }, { value: "1", unit: "dự án" }],
  },
  {
    key: "000.vsip",
    department: "skhdt",
    date: "2023-06-30",
    section: "I.3.5",
    text: "Thủ tướng Chính phủ quyết định chủ trương đầu tư dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng Khu công nghiệp VSIP Lạng Sơn với tổng vốn đầu tư {1}",
    figures: [{ value: "6361.328", unit: "tỷ đồng" }],
  },

  // seed 001: quý I 2022 (reported in March 2022)
  { key: "001.ocop", department: "snn", date: "2022-03-31", section: "I.3.1", text: "Tổ chức hội nghị đánh giá, phân hạng sản phẩm OCOP cấp tỉnh cho {1}", figures: [{ value: "26", unit: "sản phẩm" }] },
  {
    key: "001.nong_thon_moi",
    department: "snn",
    date: "2022-03-31",
    section: "I.3.1",
    text: "Tỉnh đã tạm ứng {1} từ ngân sách cho {2} để thực hiện các dự án xây dựng nông thôn mới năm 2022",
    figures: [{ value: "100", unit: "tỷ đồng" }, { value: "10", unit: "huyện" }],
  },
  { key: "001.khoi_cong", department: "skhdt", date: "2022-03-31", section: "I.3.4", text: "Trong quý I, đã khởi công mới {1}", figures: [{ value: "3", unit: "dự án" }] },

  // seed 004: năm 2022 và 4 tháng đầu năm 2023 (reported in April 2023)
  {
    key: "004.chinh_sach_dac_thu",
    department: "snn",
    date: "2023-04-28",
    section: "I.3.1",
    text: "Năm 2022 và 4 tháng đầu năm 2023, các chính sách đặc thù khuyến khích đầu tư, phát triển hợp tác, liên kết sản xuất và tiêu thụ sản phẩm nông nghiệp, nông thôn được triển khai hiệu quả, tỉnh đã hỗ trợ vay ưu đãi {1}; hỗ trợ thành lập mới {2}; hỗ trợ phát triển thương hiệu mở rộng thị trường cho {3}, hỗ trợ phát triển {4} OCOP; trồng rừng mới đạt hơn {5}",
    figures: [{ value: "319", unit: "tỷ đồng" }, { value: "22", unit: "hợp tác xã" }, { value: "16", unit: "đối tượng" }, { value: "32", unit: "sản phẩm" }, { value: "13330", unit: "ha" }],
  },
  { key: "004.mtqg", department: "skhdt", date: "2023-04-28", section: "I.3.4", text: "Năm 2022, giải ngân vốn chương trình mục tiêu quốc gia đạt {1}", figures: [{ value: "75.3", unit: "%" }] },
  { key: "004.trong_diem", department: "skhdt", date: "2023-04-28", section: "I.3.4", text: "Tỉnh đang tập trung đôn đốc triển khai {1} trọng điểm", figures: [{ value: "16", unit: "dự án" }] },
  {
    key: "004.kien_nghi",
    department: "vpubnd",
    date: "2023-04-28",
    section: "I.1",
    text: "Lãnh đạo tỉnh kiến nghị với Chính phủ tháo gỡ khó khăn cho tỉnh đối với {1}; kiến nghị các bộ, ngành, tháo gỡ cho tỉnh với {2}; tỉnh có {3} mới với Chính phủ liên quan đến xây dựng, hoàn thiện hệ thống văn bản, cơ chế, chính sách; kiến nghị với các bộ, ngành liên quan đối với {4}",
    figures: [{ value: "4", unit: "nội dung" }, { value: "9", unit: "nội dung" }, { value: "10", unit: "kiến nghị" }, { value: "48", unit: "vấn đề" }],
  },

  // seed 002: 9 tháng 2024 (reported in September 2024)
  { key: "002.cum_cong_nghiep", department: "sct", date: "2024-09-30", section: "I.3.3", text: "Đã thành lập {1}", figures: [{ value: "3", unit: "cụm công nghiệp" }] },
  {
    key: "002.cua_khau",
    department: "bqlkkt",
    date: "2024-09-30",
    section: "I.3.2",
    text: "Hoạt động xuất, nhập khẩu duy trì ổn định tại {1} và {2}, lối thông quan với hiệu suất cao",
    figures: [{ value: "5", unit: "cửa khẩu" }, { value: "2", unit: "đường chuyên dụng" }],
  },
  { key: "002.hoat_dong_tro_lai", department: "skhdt", date: "2024-09-30", section: "I.3.5", text: "Có {1} hoạt động trở lại[, tăng {2}]", figures: [{ value: "175", unit: "doanh nghiệp" }, { value: "9.3", unit: "%" }] },
  { key: "002.chi_nhanh", department: "skhdt", date: "2024-09-30", section: "I.3.5", text: "Toàn tỉnh có {1}", figures: [{ value: "780", unit: "chi nhánh, văn phòng đại diện" }] },
  {
    key: "002.an_toan_khu",
    department: "snv",
    date: "2024-09-30",
    section: "I.6",
    text: "Thủ tướng Chính phủ đã công nhận {1} thuộc các huyện: Bình Gia, Văn Quan, Tràng Định, Cao Lộc, Văn Lãng là xã An toàn khu; {2} Bình Gia, Văn Quan và Tràng Định là vùng An toàn khu trong thời kỳ kháng chiến chống Pháp và chống Mỹ",
    figures: [{ value: "33", unit: "xã, thị trấn" }, { value: "3", unit: "huyện" }],
  },

  // seed 003: cơ cấu lại nền kinh tế năm 2024 (data to 18/9/2024, reported in October 2024)
  {
    key: "003.ocop",
    department: "snn",
    date: "2024-09-30",
    section: "I.3.1",
    text: "Đánh giá, phân hạng {1} OCOP[ và công nhận {2} 3 sao][, đánh giá, phân hạng lại {3}]",
    figures: [{ value: "3", unit: "sản phẩm" }, { value: "1", unit: "sản phẩm" }, { value: "3", unit: "sản phẩm" }],
  },
  {
    key: "003.linh_vuc_du_an",
    department: "skhdt",
    date: "2024-09-18",
    section: "I.3.5",
    text: "Trong số dự án được cấp chủ trương đầu tư đến ngày 18/9/2024, có {1} đầu tư vào các lĩnh vực khu, cụm công nghiệp, năng lượng, chiếm {2}[, còn lại {3} đầu tư vào lĩnh vực nông lâm nghiệp]",
    figures: [{ value: "10", unit: "dự án" }, { value: "83.3", unit: "%" }, { value: "2", unit: "dự án" }],
  },
  {
    key: "003.doanh_nghiep_dung",
    department: "skhdt",
    date: "2024-09-18",
    section: "I.3.5",
    text: "Tính đến ngày 18/9/2024, số doanh nghiệp dừng hoạt động là {1} đăng ký tạm dừng[ và có {2} đang làm thủ tục giải thể]",
    figures: [{ value: "522", unit: "doanh nghiệp" }, { value: "167", unit: "doanh nghiệp" }],
  },
  {
    key: "003.du_an_trong_diem",
    department: "skhdt",
    date: "2024-10-31",
    section: "I.3.4",
    text: "Năm 2024 tỉnh tiếp tục triển khai thực hiện tổng cộng {1} lớn, dự án quan trọng trong danh mục dự án trọng điểm, gồm {2} chuyển tiếp và {3} mới ({4} vốn đầu tư công, {5} PPP, {6} vốn ngoài ngân sách)",
    figures: [{ value: "33", unit: "dự án" }, { value: "21", unit: "dự án" }, { value: "6", unit: "dự án" }, { value: "2", unit: "dự án" }, { value: "1", unit: "dự án" }, { value: "3", unit: "dự án" }],
  },
  { key: "003.doan_kiem_tra", department: "skhdt", date: "2024-10-31", section: "I.3.4", text: "Thành lập {1} kiểm tra công tác đầu tư xây dựng các dự án trong năm 2024 của UBND tỉnh", figures: [{ value: "3", unit: "Đoàn" }] },
  {
    key: "003.chinh_sach_vung",
    department: "skhdt",
    date: "2024-10-31",
    section: "I.1",
    text: "Góp ý dự thảo rà soát cơ chế, chính sách đặc thù vùng trung du và miền núi phía Bắc với {1}, đề xuất Trung ương nghiên cứu, xây dựng, điều chỉnh {2} cho vùng trung du và miền núi phía Bắc",
    figures: [{ value: "3", unit: "nhóm chính sách" }, { value: "5", unit: "chính sách đặc thù" }],
  },
  {
    key: "003.chuoi_lien_ket",
    department: "snn",
    date: "2024-10-31",
    section: "I.3.1",
    text: "Rà soát, lựa chọn hỗ trợ {1} sản xuất liên kết, tiêu thụ sản phẩm tại {2}",
    figures: [{ value: "5", unit: "chuỗi" }, { value: "6", unit: "huyện" }],
  },
  {
    key: "003.tiet_kiem_chi",
    department: "stc",
    date: "2024-10-31",
    section: "I.3.6",
    text: "Tiết kiệm chi thường xuyên được {1} để tăng chi cho đầu tư phát triển, trong đó: giảm trừ dự toán ngân sách cấp chi lương {2}[, giảm cấp trực tiếp cho các đơn vị sự nghiệp công lập tự đảm bảo chi thường xuyên {3}][, thu 50% kinh phí do tinh giản biên chế các huyện, thành phố {4}]",
    figures: [{ value: "66964", unit: "triệu đồng" }, { value: "60530", unit: "triệu đồng" }, { value: "3660", unit: "triệu đồng" }, { value: "2774", unit: "triệu đồng" }],
  },
  {
    key: "003.tu_chu",
    department: "stc",
    date: "2024-10-31",
    section: "I.3.6",
    text: "Giao tự chủ tài chính cho {1} tự đảm bảo chi thường xuyên và đầu tư phát triển[, {2} tự đảm bảo chi hoạt động thường xuyên][, {3} tự đảm bảo một phần chi hoạt động thường xuyên][ và {4} do ngân sách nhà nước bảo đảm chi thường xuyên]",
    figures: [{ value: "4", unit: "đơn vị" }, { value: "20", unit: "đơn vị" }, { value: "48", unit: "đơn vị" }, { value: "695", unit: "đơn vị" }],
  },
  {
    key: "003.do_thi",
    department: "sxd",
    date: "2024-10-31",
    section: "I.3.4",
    text: "Đến nay đã có {1} được UBND tỉnh phê duyệt đề cương lập chương trình phát triển đô thị đến năm 2035[; đang hoàn thiện {2} trình phê duyệt chương trình phát triển đô thị][; đã trình phê duyệt quy chế quản lý kiến trúc {3}][, đang lập quy chế quản lý kiến trúc đô thị {4}][; toàn tỉnh có {5} loại V đã được phê duyệt]",
    figures: [{ value: "4", unit: "đô thị" }, { value: "3", unit: "hồ sơ" }, { value: "3", unit: "đô thị" }, { value: "6", unit: "thị trấn" }, { value: "13", unit: "đô thị" }],
  },
];
