import type { SeedIndicator } from "./types";

/**
 * Indicators of the demo province, in report order (a parent always before its parts).
 * Names use the seeds' own wording; precision, pctPrecision and changePrecision are the
 * decimals the seeds print (trailing zeros dropped), so that the 6-month 2023 report (seed
 * 000) and the 9-month 2024 report (seed 002) come out as written.
 */
export const indicators: SeedIndicator[] = [
  // I.1 Công tác chỉ đạo, điều hành
  { code: "cchc.tthc_dung_han", name: "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn", unit: "%", kind: "point", section: "I.1", department: "vpubnd", precision: 1, pctPrecision: 1, changePrecision: 2 },

  // I.2 Chương trình phục hồi và phát triển kinh tế - xã hội (seed 000 §2)
  { code: "phuc_hoi.ttyt", name: "Trung tâm Y tế tuyến huyện được nâng cấp (hoàn thành thủ tục chuẩn bị đầu tư, khởi công)", sentenceName: "nâng cấp Trung tâm Y tế tuyến huyện", unit: "Trung tâm Y tế", kind: "point", section: "I.2", department: "syt", precision: 0, pctPrecision: 1, changePrecision: 1 },
  { code: "phuc_hoi.tyt", name: "Trạm y tế tuyến xã được nâng cấp (hoàn thành thủ tục chuẩn bị đầu tư, khởi công)", sentenceName: "nâng cấp Trạm y tế tuyến xã", unit: "Trạm y tế", kind: "point", section: "I.2", department: "syt", precision: 0, pctPrecision: 1, changePrecision: 1 },

  // I.3 Về phát triển kinh tế: GRDP and its sectors (rates), structure of the economy (shares, rates)
  { code: "grdp", name: "Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)", sentenceName: "Tổng sản phẩm trên địa bàn (GRDP)", unit: "%", kind: "rate", section: "I.3", department: "ctk", precision: 2, changePrecision: 2 },
  { code: "grdp.nln", name: "Tốc độ tăng khu vực nông, lâm nghiệp và thủy sản", sentenceName: "Khu vực nông, lâm nghiệp và thủy sản", unit: "%", kind: "rate", section: "I.3", department: "ctk", parent: "grdp", precision: 2, changePrecision: 2 },
  { code: "grdp.cnxd", name: "Tốc độ tăng khu vực công nghiệp và xây dựng", sentenceName: "công nghiệp và xây dựng", unit: "%", kind: "rate", section: "I.3", department: "ctk", parent: "grdp", precision: 2, changePrecision: 2 },
  { code: "grdp.dv", name: "Tốc độ tăng khu vực dịch vụ", sentenceName: "dịch vụ", unit: "%", kind: "rate", section: "I.3", department: "ctk", parent: "grdp", precision: 2, changePrecision: 2 },
  { code: "grdp.thue", name: "Tốc độ tăng thuế sản phẩm trừ trợ cấp sản phẩm", sentenceName: "thuế sản phẩm trừ trợ cấp sản phẩm", unit: "%", kind: "rate", section: "I.3", department: "ctk", parent: "grdp", precision: 2, changePrecision: 2 },
  { code: "co_cau.nln", name: "Tỷ trọng nông, lâm nghiệp và thủy sản trong GRDP", sentenceName: "Tỷ trọng nông, lâm nghiệp và thủy sản", unit: "%", kind: "rate", section: "I.3", department: "ctk", precision: 2, changePrecision: 2 },
  { code: "co_cau.cnxd", name: "Tỷ trọng công nghiệp và xây dựng trong GRDP", sentenceName: "công nghiệp và xây dựng", unit: "%", kind: "rate", section: "I.3", department: "ctk", precision: 2, changePrecision: 2 },
  { code: "co_cau.dv", name: "Tỷ trọng dịch vụ trong GRDP", sentenceName: "dịch vụ", unit: "%", kind: "rate", section: "I.3", department: "ctk", precision: 2, changePrecision: 2 },
  { code: "co_cau.thue", name: "Tỷ trọng thuế sản phẩm trừ trợ cấp sản phẩm trong GRDP", sentenceName: "thuế sản phẩm trừ trợ cấp sản phẩm", unit: "%", kind: "rate", section: "I.3", department: "ctk", precision: 2, changePrecision: 2 },

  // I.3.1 Sản xuất nông, lâm nghiệp và xây dựng nông thôn mới
  { code: "nn.gieo_trong_dx", name: "Diện tích gieo trồng vụ Đông Xuân", sentenceName: "Tổng diện tích gieo trồng", unit: "ha", kind: "cumulative", section: "I.3.1", department: "snn", precision: 0, pctPrecision: 1, changePrecision: 1, changeStyle: "ratio" },
  { code: "nn.gieo_trong", name: "Tổng diện tích gieo trồng cây hàng năm", unit: "ha", kind: "cumulative", section: "I.3.1", department: "snn", precision: 0, pctPrecision: 1, changePrecision: 2 },
  { code: "nn.luong_thuc", name: "Tổng sản lượng lương thực", unit: "nghìn tấn", kind: "cumulative", section: "I.3.1", department: "snn", precision: 1, pctPrecision: 1, changePrecision: 1 },
  { code: "nn.trong_rung", name: "Tổng diện tích trồng rừng mới", unit: "ha", kind: "cumulative", section: "I.3.1", department: "snn", precision: 0, pctPrecision: 1, changePrecision: 1 },
  { code: "nn.cay_phan_tan", name: "Trồng cây phân tán", unit: "triệu cây", kind: "cumulative", section: "I.3.1", department: "snn", precision: 1, pctPrecision: 1, changePrecision: 1 },
  { code: "nn.nuoc_hvs", name: "Tỷ lệ dân cư nông thôn được sử dụng nước hợp vệ sinh", unit: "%", kind: "point", section: "I.3.1", department: "snn", precision: 1, pctPrecision: 1, changePrecision: 2 },
  { code: "nn.ocop", name: "Sản phẩm OCOP được xếp hạng (lũy kế)", sentenceName: "sản phẩm OCOP được xếp hạng", unit: "sản phẩm", kind: "point", section: "I.3.1", department: "snn", precision: 0, pctPrecision: 1, changePrecision: 1 },
  { code: "nn.ocop.4sao", name: "Sản phẩm OCOP 4 sao (lũy kế)", sentenceName: "sản phẩm 04 sao", unit: "sản phẩm", kind: "point", section: "I.3.1", department: "snn", parent: "nn.ocop", precision: 0, pctPrecision: 1, changePrecision: 1 },
  { code: "nn.ocop.3sao", name: "Sản phẩm OCOP 3 sao (lũy kế)", sentenceName: "sản phẩm 03 sao", unit: "sản phẩm", kind: "point", section: "I.3.1", department: "snn", parent: "nn.ocop", precision: 0, pctPrecision: 1, changePrecision: 1 },
  { code: "nn.ocop_moi", name: "Sản phẩm OCOP được đánh giá, phân hạng", unit: "sản phẩm", kind: "cumulative", section: "I.3.1", department: "snn", precision: 0, pctPrecision: 1, changePrecision: 1 },
  { code: "nn.ma_vung_trong", name: "Mã số vùng trồng được cấp (lũy kế)", sentenceName: "mã vùng trồng", unit: "mã vùng trồng", kind: "point", section: "I.3.1", department: "snn", precision: 0, pctPrecision: 1, changePrecision: 1 },
  { code: "nn.dt_ma_vung_trong", name: "Tổng diện tích cây trồng được cấp mã số vùng trồng", unit: "ha", kind: "point", section: "I.3.1", department: "snn", precision: 1, pctPrecision: 1, changePrecision: 1 },
  { code: "nn.xa_ntm", name: "Xã đạt chuẩn nông thôn mới", unit: "xã", kind: "point", section: "I.3.1", department: "snn", precision: 0, pctPrecision: 1, changePrecision: 1 },
  { code: "nn.tieu_chi_ntm", name: "Số tiêu chí nông thôn mới bình quân đạt/xã", unit: "tiêu chí/xã", kind: "point", section: "I.3.1", department: "snn", precision: 2, pctPrecision: 1, changePrecision: 1 },

  // I.3.2 Phát triển kinh tế cửa khẩu
  { code: "knxnk", name: "Tổng kim ngạch xuất nhập khẩu qua địa bàn", unit: "triệu USD", kind: "cumulative", section: "I.3.2", department: "chq", precision: 1, pctPrecision: 1, changePrecision: 1 },
  { code: "knxnk.xk", name: "Kim ngạch xuất khẩu qua địa bàn", sentenceName: "xuất khẩu", unit: "triệu USD", kind: "cumulative", section: "I.3.2", department: "chq", parent: "knxnk", precision: 1, pctPrecision: 1, changePrecision: 1 },
  { code: "knxnk.nk", name: "Kim ngạch nhập khẩu qua địa bàn", sentenceName: "nhập khẩu", unit: "triệu USD", kind: "cumulative", section: "I.3.2", department: "chq", parent: "knxnk", precision: 1, pctPrecision: 1, changePrecision: 1 },
  { code: "xk_dia_phuong", name: "Hàng địa phương xuất khẩu", unit: "triệu USD", kind: "cumulative", section: "I.3.2", department: "sct", precision: 1, pctPrecision: 2, changePrecision: 2 },
  { code: "knxnk_tat_ca", name: "Tổng kim ngạch hàng hóa xuất nhập khẩu của tất cả các loại hình qua địa bàn", unit: "triệu USD", kind: "cumulative", section: "I.3.2", department: "chq", precision: 1, pctPrecision: 1, changePrecision: 1 },

  // I.3.3 Sản xuất công nghiệp; thương mại, dịch vụ và du lịch (the banks sit here in seed 000)
  { code: "cssxcn", name: "Chỉ số sản xuất công nghiệp (tăng so với cùng kỳ)", sentenceName: "chỉ số sản xuất công nghiệp", unit: "%", kind: "rate", section: "I.3.3", department: "ctk", precision: 2, changePrecision: 2 },
  { code: "ccn", name: "Cụm công nghiệp được thành lập (lũy kế)", sentenceName: "tổng số cụm công nghiệp của tỉnh", unit: "cụm công nghiệp", kind: "point", section: "I.3.3", department: "sct", precision: 0, pctPrecision: 1, changePrecision: 1 },
  { code: "ccn_moi", name: "Cụm công nghiệp thành lập mới", unit: "cụm công nghiệp", kind: "cumulative", section: "I.3.3", department: "sct", precision: 0, pctPrecision: 1, changePrecision: 1 },
  { code: "ban_le", name: "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", unit: "tỷ đồng", kind: "cumulative", section: "I.3.3", department: "ctk", precision: 1, pctPrecision: 2, changePrecision: 2 },
  { code: "van_tai", name: "Doanh thu vận tải, kho bãi", sentenceName: "Doanh thu vận tải", unit: "tỷ đồng", kind: "cumulative", section: "I.3.3", department: "sgtvt", precision: 1, pctPrecision: 2, changePrecision: 2 },
  { code: "buu_chinh", name: "Doanh thu bưu chính", unit: "tỷ đồng", kind: "cumulative", section: "I.3.3", department: "stttt", precision: 1, pctPrecision: 1, changePrecision: 1 },
  { code: "vien_thong", name: "Doanh thu viễn thông", unit: "tỷ đồng", kind: "cumulative", section: "I.3.3", department: "stttt", precision: 1, pctPrecision: 2, changePrecision: 2 },
  { code: "du_lich.khach", name: "Khách du lịch", sentenceName: "lượt khách", unit: "nghìn lượt", kind: "cumulative", section: "I.3.3", department: "svhttdl", precision: 1, pctPrecision: 2, changePrecision: 2 },
  { code: "du_lich.doanh_thu", name: "Doanh thu du lịch", sentenceName: "doanh thu", unit: "tỷ đồng", kind: "cumulative", section: "I.3.3", department: "svhttdl", precision: 1, pctPrecision: 2, changePrecision: 2 },
  { code: "nh.von_huy_dong", name: "Tổng nguồn vốn huy động tại các ngân hàng", unit: "tỷ đồng", kind: "point", section: "I.3.3", department: "nhnn", precision: 0, pctPrecision: 1, changePrecision: 2 },
  { code: "nh.du_no", name: "Dư nợ tín dụng", sentenceName: "dư nợ tín dụng", unit: "tỷ đồng", kind: "point", section: "I.3.3", department: "nhnn", precision: 0, pctPrecision: 1, changePrecision: 2 },
  { code: "nh.no_xau", name: "Nợ xấu", sentenceName: "nợ xấu", unit: "tỷ đồng", kind: "point", section: "I.3.3", department: "nhnn", precision: 0, pctPrecision: 1, changePrecision: 1, direction: "down" },
  { code: "nh.ty_le_no_xau", name: "Tỷ lệ nợ xấu trên tổng dư nợ", unit: "%", kind: "point", section: "I.3.3", department: "nhnn", precision: 2, pctPrecision: 1, changePrecision: 2, direction: "down" },

  // I.3.4 Đầu tư xây dựng kết cấu hạ tầng và công tác quy hoạch
  { code: "dtc.giai_ngan", name: "Giải ngân vốn đầu tư công", sentenceName: "Kết quả giải ngân", unit: "tỷ đồng", kind: "cumulative", section: "I.3.4", department: "skhdt", precision: 1, pctPrecision: 1, changePrecision: 0 },
  { code: "dtc.giai_ngan.nsdp", name: "Giải ngân vốn ngân sách địa phương", sentenceName: "vốn ngân sách địa phương", unit: "tỷ đồng", kind: "cumulative", section: "I.3.4", department: "skhdt", parent: "dtc.giai_ngan", precision: 1, pctPrecision: 1, changePrecision: 1 },
  { code: "dtc.giai_ngan.nstw", name: "Giải ngân vốn ngân sách Trung ương", sentenceName: "vốn ngân sách Trung ương", unit: "tỷ đồng", kind: "cumulative", section: "I.3.4", department: "skhdt", parent: "dtc.giai_ngan", precision: 1, pctPrecision: 1, changePrecision: 1 },
  { code: "dtc.khoi_luong", name: "Giá trị khối lượng thực hiện các dự án đầu tư công", sentenceName: "Giá trị khối lượng thực hiện các dự án", unit: "tỷ đồng", kind: "cumulative", section: "I.3.4", department: "skhdt", precision: 1, pctPrecision: 1, changePrecision: 1 },
  { code: "dtc.phan_bo", name: "Tỷ lệ phân bổ, giao chi tiết kế hoạch vốn đầu tư công", unit: "% kế hoạch", kind: "point", section: "I.3.4", department: "skhdt", precision: 1, pctPrecision: 1, changePrecision: 1 },
  { code: "von_dtxh", name: "Tổng vốn đầu tư toàn xã hội", unit: "tỷ đồng", kind: "cumulative", section: "I.3.4", department: "skhdt", precision: 0, pctPrecision: 1, changePrecision: 1 },
  { code: "gtnt.mat_duong", name: "Mặt đường bê tông xi măng xây dựng được", unit: "km", kind: "cumulative", section: "I.3.4", department: "sgtvt", precision: 2, pctPrecision: 1, changePrecision: 1 },
  { code: "gtnt.xi_mang", name: "Xi măng cung ứng làm đường giao thông nông thôn", unit: "tấn", kind: "cumulative", section: "I.3.4", department: "sgtvt", precision: 0, pctPrecision: 1, changePrecision: 1 },
  { code: "gtnt.nen_duong", name: "Nền đường mở mới", unit: "km", kind: "cumulative", section: "I.3.4", department: "sgtvt", precision: 1, pctPrecision: 1, changePrecision: 1 },
  { code: "gtnt.xa_duong_nhua", name: "Tỷ lệ xã có đường ô tô đến trung tâm xã được rải nhựa hoặc bê tông", unit: "%", kind: "point", section: "I.3.4", department: "sgtvt", precision: 1, pctPrecision: 1, changePrecision: 2 },
  { code: "gtnt.thon_cung_hoa", name: "Tỷ lệ thôn có đường ô tô đến trung tâm thôn được cứng hóa", unit: "%", kind: "point", section: "I.3.4", department: "sgtvt", precision: 1, pctPrecision: 1, changePrecision: 2 },

  // I.3.5 Phát triển doanh nghiệp, thu hút đầu tư
  { code: "dn.moi", name: "Doanh nghiệp đăng ký thành lập mới", unit: "doanh nghiệp", kind: "cumulative", section: "I.3.5", department: "skhdt", precision: 0, pctPrecision: 1, changePrecision: 0 },
  { code: "dn.von_moi", name: "Vốn đăng ký của doanh nghiệp thành lập mới", sentenceName: "tổng số vốn đăng ký", unit: "tỷ đồng", kind: "cumulative", section: "I.3.5", department: "skhdt", precision: 1, pctPrecision: 1, changePrecision: 1 },
  { code: "dn.luy_ke", name: "Doanh nghiệp toàn tỉnh (lũy kế)", sentenceName: "Lũy kế toàn tỉnh", unit: "doanh nghiệp", kind: "point", section: "I.3.5", department: "skhdt", precision: 0, pctPrecision: 1, changePrecision: 1 },
  { code: "dn.von_luy_ke", name: "Vốn đăng ký của doanh nghiệp toàn tỉnh (lũy kế)", sentenceName: "số vốn đăng ký", unit: "tỷ đồng", kind: "point", section: "I.3.5", department: "skhdt", precision: 0, pctPrecision: 1, changePrecision: 1 },
  { code: "htx.moi", name: "Hợp tác xã thành lập mới", unit: "hợp tác xã", kind: "cumulative", section: "I.3.5", department: "skhdt", precision: 0, pctPrecision: 1, changePrecision: 1 },
  { code: "htx.luy_ke", name: "Hợp tác xã toàn tỉnh", unit: "hợp tác xã", kind: "point", section: "I.3.5", department: "skhdt", precision: 0, pctPrecision: 1, changePrecision: 1 },
  { code: "dau_tu.du_an_moi", name: "Dự án được cấp mới chủ trương đầu tư/giấy chứng nhận đăng ký đầu tư", unit: "dự án", kind: "cumulative", section: "I.3.5", department: "skhdt", precision: 0, pctPrecision: 1, changePrecision: 1 },
  { code: "dau_tu.von_moi", name: "Vốn đăng ký của dự án được cấp mới chủ trương đầu tư", sentenceName: "tổng vốn đầu tư", unit: "tỷ đồng", kind: "cumulative", section: "I.3.5", department: "skhdt", precision: 1, pctPrecision: 1, changePrecision: 1 },
  { code: "fdi.du_an", name: "Dự án đầu tư nước ngoài (FDI) lũy kế", unit: "dự án", kind: "point", section: "I.3.5", department: "skhdt", precision: 0, pctPrecision: 1, changePrecision: 1 },
  { code: "fdi.von", name: "Vốn đầu tư nước ngoài (FDI) đăng ký lũy kế", unit: "triệu USD", kind: "point", section: "I.3.5", department: "skhdt", precision: 1, pctPrecision: 1, changePrecision: 1 },

  // I.3.6 Quản lý, điều hành ngân sách nhà nước
  { code: "thu_ns", name: "Tổng thu ngân sách trên địa bàn", unit: "tỷ đồng", kind: "cumulative", section: "I.3.6", department: "stc", precision: 1, pctPrecision: 1, changePrecision: 1 },
  { code: "thu_ns.noi_dia", name: "Thu nội địa", sentenceName: "thu nội địa", unit: "tỷ đồng", kind: "cumulative", section: "I.3.6", department: "cthue", parent: "thu_ns", precision: 1, pctPrecision: 1, changePrecision: 1 },
  { code: "thu_ns.xnk", name: "Thu từ hoạt động xuất nhập khẩu", sentenceName: "thu từ hoạt động xuất nhập khẩu", unit: "tỷ đồng", kind: "cumulative", section: "I.3.6", department: "chq", parent: "thu_ns", precision: 1, pctPrecision: 1, changePrecision: 1 },
  { code: "thu_ns.huy_dong", name: "Các khoản huy động, đóng góp", sentenceName: "các khoản huy động, đóng góp", unit: "tỷ đồng", kind: "cumulative", section: "I.3.6", department: "stc", parent: "thu_ns", precision: 1, pctPrecision: 1, changePrecision: 1, changeStyle: "ratio" },

  // I.4 Về văn hóa - xã hội
  { code: "xh.ho_ngheo", name: "Tỷ lệ hộ nghèo", unit: "%", kind: "point", section: "I.4", department: "sldtbxh", precision: 2, pctPrecision: 1, changePrecision: 2, direction: "down" },
  { code: "xh.viec_lam", name: "Lao động được giải quyết việc làm mới", unit: "người", kind: "cumulative", section: "I.4", department: "sldtbxh", precision: 0, pctPrecision: 1, changePrecision: 1 },
  { code: "xh.lao_dong_chung_chi", name: "Tỷ lệ lao động qua đào tạo có chứng chỉ", unit: "%", kind: "point", section: "I.4", department: "sldtbxh", precision: 1, pctPrecision: 1, changePrecision: 2 },
  { code: "xh.bhyt", name: "Tỷ lệ dân số tham gia bảo hiểm y tế", unit: "%", kind: "point", section: "I.4", department: "syt", precision: 1, pctPrecision: 1, changePrecision: 2 },

  // I.5 Về tài nguyên và môi trường
  { code: "mt.che_phu_rung", name: "Tỷ lệ che phủ rừng", unit: "%", kind: "point", section: "I.5", department: "snn", precision: 1, pctPrecision: 1, changePrecision: 2 },
  { code: "mt.chat_thai_ran", name: "Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý", unit: "%", kind: "point", section: "I.5", department: "stnmt", precision: 1, pctPrecision: 1, changePrecision: 2 },

  // I.6 Về quốc phòng, an ninh và đối ngoại: chống buôn lậu, gian lận thương mại (seed 002)
  { code: "an.buon_lau", name: "Vụ buôn lậu, gian lận thương mại, hàng giả, hàng cấm được kiểm tra, xử lý", unit: "vụ", kind: "cumulative", section: "I.6", department: "vpubnd", precision: 0, pctPrecision: 1, changePrecision: 1 },
  { code: "an.xu_phat_vu", name: "Vụ vi phạm hành chính bị xử phạt (buôn lậu, gian lận thương mại, hàng giả, hàng cấm)", sentenceName: "xử phạt vi phạm hành chính", unit: "vụ", kind: "cumulative", section: "I.6", department: "vpubnd", precision: 0, pctPrecision: 1, changePrecision: 1 },
  { code: "an.xu_phat_tien", name: "Tổng số tiền xử phạt vi phạm hành chính", sentenceName: "tổng số tiền", unit: "tỷ đồng", kind: "cumulative", section: "I.6", department: "vpubnd", precision: 2, pctPrecision: 1, changePrecision: 0 },
  { code: "an.khoi_to_vu", name: "Vụ khởi tố (buôn lậu, gian lận thương mại, hàng giả, hàng cấm)", sentenceName: "Đã khởi tố", unit: "vụ", kind: "cumulative", section: "I.6", department: "vpubnd", precision: 0, pctPrecision: 1, changePrecision: 1, changeStyle: "ratio" },
  { code: "an.khoi_to_doi_tuong", name: "Đối tượng bị khởi tố", unit: "đối tượng", kind: "cumulative", section: "I.6", department: "vpubnd", precision: 0, pctPrecision: 1, changePrecision: 2, changeStyle: "ratio" },
];
