import type { SeedDepartment } from "./types";

/** Departments of Lạng Sơn in the seed era (docs/domain.md §1), valid from the first demo year. */
export const departments: SeedDepartment[] = [
  { code: "vpubnd", name: "Văn phòng UBND tỉnh", shortName: "VP UBND" },
  { code: "skhdt", name: "Sở Kế hoạch và Đầu tư", shortName: "Sở KH&ĐT" },
  { code: "stc", name: "Sở Tài chính", shortName: "Sở TC" },
  { code: "sct", name: "Sở Công Thương", shortName: "Sở CT" },
  { code: "snn", name: "Sở Nông nghiệp và Phát triển nông thôn", shortName: "Sở NN&PTNT" },
  { code: "sxd", name: "Sở Xây dựng", shortName: "Sở XD" },
  { code: "sgtvt", name: "Sở Giao thông vận tải", shortName: "Sở GTVT" },
  { code: "stnmt", name: "Sở Tài nguyên và Môi trường", shortName: "Sở TN&MT" },
  { code: "svhttdl", name: "Sở Văn hóa, Thể thao và Du lịch", shortName: "Sở VHTT&DL" },
  { code: "stttt", name: "Sở Thông tin và Truyền thông", shortName: "Sở TT&TT" },
  { code: "sldtbxh", name: "Sở Lao động - Thương binh và Xã hội", shortName: "Sở LĐ-TB&XH" },
  { code: "sgddt", name: "Sở Giáo dục và Đào tạo", shortName: "Sở GD&ĐT" },
  { code: "syt", name: "Sở Y tế", shortName: "Sở YT" },
  { code: "skhcn", name: "Sở Khoa học và Công nghệ", shortName: "Sở KH&CN" },
  { code: "snv", name: "Sở Nội vụ", shortName: "Sở NV" },
  { code: "ctk", name: "Cục Thống kê tỉnh", shortName: "Cục TK" },
  { code: "chq", name: "Cục Hải quan tỉnh", shortName: "Cục HQ" },
  { code: "cthue", name: "Cục Thuế tỉnh", shortName: "Cục Thuế" },
  { code: "nhnn", name: "Ngân hàng Nhà nước chi nhánh tỉnh", shortName: "NHNN" },
  { code: "kbnn", name: "Kho bạc Nhà nước tỉnh", shortName: "KBNN" },
  { code: "bqlkkt", name: "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn", shortName: "BQL KKT" },
].map((d) => ({ ...d, validFrom: 2022 }));
