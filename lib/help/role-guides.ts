import type { Role } from "@/db/schema";

/** A step of a role's work; `href` is a page of the role's menu where it is done. */
export interface GuideStep {
  text: string;
  href?: string;
  linkLabel?: string;
}

/** What each role does in the monthly cycle, in the order it does it (shown on /help). */
export const ROLE_GUIDES: Record<Role, { summary: string; steps: GuideStep[] }> = {
  officer: {
    summary: "Nhập số liệu và thuyết minh hằng tháng của đơn vị mình.",
    steps: [
      { text: "Mở trang nhập số liệu và chọn tháng cần nhập.", href: "/entry", linkLabel: "Nhập số liệu" },
      {
        text: "Nhập số liệu từng chỉ tiêu: số của riêng tháng với chỉ tiêu cộng dồn, số tại cuối tháng với chỉ tiêu thời điểm, tốc độ của kỳ với chỉ tiêu tốc độ. Chọn trạng thái Ước, Sơ bộ hoặc Chính thức cho từng số.",
      },
      {
        text: "Khi một số liệu bị cảnh báo bất thường, ghi chú lý do ngay bên cạnh: báo cáo không gửi được khi còn cảnh báo chưa có ghi chú.",
      },
      {
        text: "Viết thuyết minh của tháng (kết quả nổi bật, khó khăn, nhiệm vụ tới) và các kết quả riêng lẻ; thuyết minh tháng cuối quý, tháng 6, tháng 9 và tháng 12 được dùng cho báo cáo quý, 6 tháng, 9 tháng và năm.",
      },
      { text: "Bấm Lưu (có thể lưu nhiều lần), rồi báo lãnh đạo sở gửi báo cáo trước hạn." },
      { text: "Có thể tải mẫu Excel của tháng, điền ngoài máy và nhập lại: tệp được kiểm tra toàn bộ trước khi ghi." },
      { text: "Tháng bị trả lại: đọc lý do, sửa các số liệu được đánh dấu, lưu và báo lãnh đạo sở gửi lại." },
    ],
  },
  dept_head: {
    summary: "Kiểm tra và gửi báo cáo tháng của đơn vị mình.",
    steps: [
      {
        text: "Mở số liệu của đơn vị và chọn tháng cán bộ đã nhập xong.",
        href: "/entry",
        linkLabel: "Số liệu của đơn vị",
      },
      { text: "Kiểm tra số liệu, trạng thái và ghi chú; có thể tự sửa như cán bộ nhập liệu." },
      {
        text: "Bấm Gửi báo cáo trước hạn gửi. Sau khi gửi, số liệu bị khóa cho đến khi Văn phòng trả lại hoặc mở lại tháng.",
      },
      { text: "Tháng bị trả lại: lý do hiện trên trang của tháng; sửa xong thì gửi lại." },
    ],
  },
  planner: {
    summary: "Tiếp nhận báo cáo các sở, tổng hợp và dự thảo báo cáo của tỉnh.",
    steps: [
      {
        text: "Tiếp nhận báo cáo tháng: duyệt, hoặc trả lại kèm lý do và các số liệu cần xem lại; mở lại một tháng đã duyệt khi cần sửa (kèm lý do).",
        href: "/review",
        linkLabel: "Tiếp nhận báo cáo",
      },
      { text: "Theo dõi tiến độ các chỉ tiêu trên bảng điều hành.", href: "/dashboard", linkLabel: "Bảng điều hành" },
      { text: "Xem và tải biểu tổng hợp của kỳ.", href: "/summary", linkLabel: "Biểu tổng hợp" },
      {
        text: "Tạo dự thảo báo cáo của kỳ, sửa câu chữ, kiểm tra các số liệu được đánh dấu, lưu phiên bản và tải Word, Excel.",
        href: "/draft",
        linkLabel: "Dự thảo báo cáo",
      },
      {
        text: "Chỉnh mẫu câu của từng chỉ tiêu khi cách viết mặc định chưa hợp.",
        href: "/templates",
        linkLabel: "Mẫu câu",
      },
    ],
  },
  leader: {
    summary: "Theo dõi tiến độ thực hiện kế hoạch và chốt báo cáo.",
    steps: [
      {
        text: "Xem tiến độ các chỉ tiêu: đạt, đúng tiến độ, chậm hay có nguy cơ không đạt.",
        href: "/dashboard",
        linkLabel: "Bảng điều hành",
      },
      { text: "Đọc biểu tổng hợp của kỳ và tải về.", href: "/summary", linkLabel: "Biểu tổng hợp" },
      {
        text: "Đọc dự thảo báo cáo, chốt phiên bản cuối cùng và tải Word, Excel.",
        href: "/draft",
        linkLabel: "Dự thảo báo cáo",
      },
    ],
  },
  admin: {
    summary: "Quản trị năm kế hoạch, danh mục chỉ tiêu, đơn vị và tài khoản.",
    steps: [
      {
        text: "Tạo năm kế hoạch, đặt ngày chốt số liệu và hạn gửi, mở năm cho các sở nhập và khóa sổ khi kết thúc; chuẩn bị mục báo cáo, chỉ tiêu, kế hoạch giao và đơn vị trước khi mở năm.",
        href: "/admin/plans",
        linkLabel: "Quản trị kế hoạch",
      },
      {
        text: "Tạo tài khoản, gán vai trò và đơn vị, đặt lại mật khẩu, khóa tài khoản không còn dùng.",
        href: "/admin/users",
        linkLabel: "Người dùng",
      },
      {
        text: "Tiếp nhận báo cáo và dự thảo báo cáo như chuyên viên tổng hợp khi cần.",
        href: "/review",
        linkLabel: "Tiếp nhận báo cáo",
      },
    ],
  },
};
