import type { Role } from "@/db/schema";

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
    { href: "/admin/plans", label: "Quản trị kế hoạch" },
    { href: "/indicators", label: "Danh mục chỉ tiêu" },
    { href: "/review", label: "Tiếp nhận báo cáo" },
    { href: "/summary", label: "Biểu tổng hợp" },
    { href: "/draft", label: "Dự thảo báo cáo" },
    { href: "/templates", label: "Mẫu câu" },
  ],
};

/** The admin area's pages (tabs under /admin). */
export const ADMIN_TABS: NavItem[] = [
  { href: "/admin/plans", label: "Năm kế hoạch" },
  { href: "/admin/sections", label: "Mục báo cáo" },
  { href: "/admin/indicators", label: "Chỉ tiêu" },
  { href: "/admin/targets", label: "Kế hoạch (chỉ tiêu giao)" },
  { href: "/admin/import", label: "Nhập từ Excel" },
  { href: "/admin/departments", label: "Đơn vị" },
  { href: "/admin/users", label: "Người dùng" },
  { href: "/admin/tokens", label: "Mã truy cập API" },
  { href: "/admin/audit", label: "Nhật ký" },
];

/** What a planner sees of the admin area when an admin allowed planners to edit a year's plan. */
export const PLANNER_PLAN_TABS: NavItem[] = ["/admin/targets", "/admin/indicators", "/admin/import"].map((href) => ADMIN_TABS.find((tab) => tab.href === href)!);

/** A user's navigation: the role's, plus the plan pages for planners an admin allowed to edit the plan. */
export function navigationFor(role: Role, options: { plannerMayEditPlan?: boolean } = {}): NavItem[] {
  if (role === "planner" && options.plannerMayEditPlan) return [...NAVIGATION.planner, { href: "/admin/targets", label: "Kế hoạch chỉ tiêu" }];
  return NAVIGATION[role];
}

export function homePathFor(role: Role): string {
  return NAVIGATION[role][0].href;
}
