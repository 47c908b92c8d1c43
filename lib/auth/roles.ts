import type { Role } from "@/db/schema";

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Quản trị hệ thống",
  planner: "Chuyên viên tổng hợp",
  leader: "Lãnh đạo UBND tỉnh",
  dept_head: "Lãnh đạo sở, ngành",
  officer: "Cán bộ nhập liệu",
};

/** Roles that see the whole province; the others see only their own department. */
export const PROVINCE_ROLES: readonly Role[] = ["admin", "planner", "leader"];

export interface NavItem {
  href: string;
  label: string;
}

/** Each role's navigation. Pages check access on the server too; this only decides what is shown. */
export const NAVIGATION: Record<Role, NavItem[]> = {
  officer: [
    { href: "/entry", label: "Nhập số liệu" },
    { href: "/indicators", label: "Chỉ tiêu của đơn vị" },
  ],
  dept_head: [
    { href: "/entry", label: "Số liệu của đơn vị" },
    { href: "/indicators", label: "Chỉ tiêu của đơn vị" },
  ],
  planner: [
    { href: "/review", label: "Tiếp nhận báo cáo" },
    { href: "/dashboard", label: "Bảng điều hành" },
    { href: "/summary", label: "Biểu tổng hợp" },
    { href: "/draft", label: "Dự thảo báo cáo" },
    { href: "/indicators", label: "Danh mục chỉ tiêu" },
    { href: "/templates", label: "Mẫu câu" },
  ],
  leader: [
    { href: "/dashboard", label: "Bảng điều hành" },
    { href: "/summary", label: "Biểu tổng hợp" },
    { href: "/draft", label: "Dự thảo báo cáo" },
    { href: "/indicators", label: "Danh mục chỉ tiêu" },
  ],
  admin: [
    { href: "/admin/users", label: "Người dùng" },
    { href: "/indicators", label: "Danh mục chỉ tiêu" },
    { href: "/review", label: "Tiếp nhận báo cáo" },
    { href: "/summary", label: "Biểu tổng hợp" },
    { href: "/draft", label: "Dự thảo báo cáo" },
    { href: "/templates", label: "Mẫu câu" },
  ],
};

export function homePathFor(role: Role): string {
  return NAVIGATION[role][0].href;
}
