import type { Role } from "@/db/schema";
import { can, type Permission } from "./permissions";
import type { ScopedUser } from "./scope";

export interface NavItem {
  href: string;
  label: string;
}

/** A link and the permission its page asks for (none: any signed-in user). */
interface PermittedItem extends NavItem {
  permission?: Permission;
}

/**
 * Each role's menu: its order and wording (the first item is the role's home). A link is shown
 * only when `can` allows its page, the same check the page makes on the server.
 */
const MENUS: Record<Role, PermittedItem[]> = {
  officer: [
    { href: "/entry", label: "Nhập số liệu", permission: "entry.view" },
    { href: "/indicators", label: "Chỉ tiêu của đơn vị" },
  ],
  dept_head: [
    { href: "/entry", label: "Số liệu của đơn vị", permission: "entry.view" },
    { href: "/indicators", label: "Chỉ tiêu của đơn vị" },
  ],
  planner: [
    { href: "/review", label: "Tiếp nhận báo cáo", permission: "submission.review" },
    { href: "/dashboard", label: "Bảng điều hành", permission: "dashboard.view" },
    { href: "/units", label: "Xếp hạng địa phương", permission: "dashboard.view" },
    { href: "/summary", label: "Biểu tổng hợp", permission: "summary.view" },
    { href: "/draft", label: "Dự thảo báo cáo", permission: "draft.view" },
    { href: "/indicators", label: "Danh mục chỉ tiêu" },
    { href: "/templates", label: "Mẫu câu", permission: "template.edit" },
  ],
  leader: [
    { href: "/dashboard", label: "Bảng điều hành", permission: "dashboard.view" },
    { href: "/units", label: "Xếp hạng địa phương", permission: "dashboard.view" },
    { href: "/summary", label: "Biểu tổng hợp", permission: "summary.view" },
    { href: "/draft", label: "Dự thảo báo cáo", permission: "draft.view" },
    { href: "/indicators", label: "Danh mục chỉ tiêu" },
  ],
  admin: [
    { href: "/admin/users", label: "Người dùng", permission: "users.manage" },
    { href: "/admin/plans", label: "Quản trị kế hoạch", permission: "plan.administer" },
    { href: "/indicators", label: "Danh mục chỉ tiêu" },
    { href: "/review", label: "Tiếp nhận báo cáo", permission: "submission.review" },
    { href: "/summary", label: "Biểu tổng hợp", permission: "summary.view" },
    { href: "/draft", label: "Dự thảo báo cáo", permission: "draft.view" },
    { href: "/templates", label: "Mẫu câu", permission: "template.edit" },
  ],
};

/** The admin area's pages (tabs under /admin), each with the permission its page asks for. */
const ADMIN_TABS: (NavItem & { permission: Permission })[] = [
  { href: "/admin/plans", label: "Năm kế hoạch", permission: "plan.administer" },
  { href: "/admin/sections", label: "Mục báo cáo", permission: "plan.administer" },
  { href: "/admin/indicators", label: "Chỉ tiêu", permission: "plan.edit" },
  { href: "/admin/targets", label: "Kế hoạch (chỉ tiêu giao)", permission: "plan.edit" },
  { href: "/admin/import", label: "Nhập từ Excel", permission: "plan.edit" },
  { href: "/admin/departments", label: "Đơn vị", permission: "plan.administer" },
  { href: "/admin/users", label: "Người dùng", permission: "users.manage" },
  { href: "/admin/tokens", label: "Mã truy cập API", permission: "users.manage" },
  { href: "/admin/audit", label: "Nhật ký", permission: "audit.view" },
];

const shown = (user: ScopedUser, item: PermittedItem) => item.permission === undefined || can(user, item.permission);

/** Whether the user may edit some year's plan: admins always, planners while an admin opened a year to them. */
function editsSomePlan(user: ScopedUser, plannersMayEditSomeYear: boolean): boolean {
  return can(user, "plan.administer") || (can(user, "plan.edit") && plannersMayEditSomeYear);
}

/** A user's navigation: the role's menu as `can` allows it, plus the plan pages for a planner an admin allowed to edit a plan. */
export function navigationFor(user: ScopedUser, options: { plannersMayEditSomeYear?: boolean } = {}): NavItem[] {
  const menu = MENUS[user.role].filter((item) => shown(user, item));
  const planLink = !can(user, "plan.administer") && editsSomePlan(user, Boolean(options.plannersMayEditSomeYear));
  return (planLink ? [...menu, { href: "/admin/targets", label: "Kế hoạch chỉ tiêu" }] : menu).map(
    ({ href, label }) => ({ href, label }),
  );
}

/** The admin tabs the user may open: every tab its permissions allow; the plan tabs only while the user may edit some year's plan. */
export function adminTabsFor(user: ScopedUser, options: { plannersMayEditSomeYear?: boolean } = {}): NavItem[] {
  const plan = editsSomePlan(user, Boolean(options.plannersMayEditSomeYear));
  return ADMIN_TABS.filter((tab) => can(user, tab.permission) && (tab.permission !== "plan.edit" || plan)).map(
    ({ href, label }) => ({ href, label }),
  );
}

/** Where the user lands after signing in: the first page of the role's menu. */
export function homePathFor(user: ScopedUser): string {
  return MENUS[user.role].find((item) => shown(user, item))?.href ?? "/indicators";
}
