import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "@/db/schema";
import { adminTabsFor, homePathFor, navigationFor } from "./navigation";
import {
  PERMISSIONS,
  allowedTransitions,
  can,
  canAny,
  canChangePlanYear,
  canEditIndicator,
  canEditPlanYear,
  canSeePlanYear,
  type Permission,
} from "./permissions";

const OWN = 7;
const OTHER = 8;
const user = (role: Role) => ({ role, departmentId: role === "officer" || role === "dept_head" ? OWN : null });
const holders = (permission: Permission) => ROLES.filter((r) => can(user(r), permission));

describe("the permission table", () => {
  it("gives each permission its roles and a description", () => {
    for (const [name, rule] of Object.entries(PERMISSIONS)) {
      expect(rule.roles.length, name).toBeGreaterThan(0);
      expect(rule.description.length, name).toBeGreaterThan(15);
    }
  });

  it.each([
    ["entry.view", ["planner", "dept_head", "officer", "admin"]],
    ["entry.edit", ["dept_head", "officer"]],
    ["submission.submit", ["dept_head"]],
    ["submission.review", ["admin", "planner"]],
    ["dashboard.view", ["admin", "planner", "leader"]],
    ["draft.edit", ["admin", "planner"]],
    ["draft.finalize", ["leader"]],
    ["draft.comment", ["leader"]],
    ["draft.resolve_comment", ["planner", "admin"]],
    ["plan.edit", ["admin", "planner"]],
    ["plan.administer", ["admin"]],
    ["users.manage", ["admin"]],
    ["report.remember_period", ["admin", "planner", "leader", "dept_head", "officer"]],
    ["account.manage", ["admin", "planner", "leader", "officer", "dept_head"]],
  ] as const)("%s: %j", (permission, roles) => {
    expect(holders(permission).sort()).toEqual([...roles].sort());
  });

  it("holds a department role to its own department, and lets the province roles act on any", () => {
    expect(can(user("officer"), "entry.edit", OWN)).toBe(true);
    expect(can(user("officer"), "entry.edit", OTHER)).toBe(false);
    expect(can(user("dept_head"), "submission.submit", OTHER)).toBe(false);
    expect(can({ role: "officer", departmentId: null }, "entry.edit", OWN)).toBe(false);
    expect(can(user("planner"), "entry.view", OTHER)).toBe(true);
    expect(can(user("planner"), "entry.edit", OWN)).toBe(false);
    expect(can(user("admin"), "submission.review", OTHER)).toBe(true);
  });

  it("lets anyone holding one of several permissions in (canAny)", () => {
    expect(canAny(user("dept_head"), ["submission.submit", "submission.review"])).toBe(true);
    expect(canAny(user("officer"), ["submission.submit", "submission.review"])).toBe(false);
    expect(canAny(user("leader"), "draft.finalize")).toBe(true);
  });

  it("lets admins edit every year's plan and planners only a year an admin opened to them", () => {
    expect(canEditPlanYear(user("admin"), { plannersMayEdit: false })).toBe(true);
    expect(canEditPlanYear(user("admin"), undefined)).toBe(true);
    expect(canEditPlanYear(user("planner"), { plannersMayEdit: true })).toBe(true);
    expect(canEditPlanYear(user("planner"), { plannersMayEdit: false })).toBe(false);
    expect(canEditPlanYear(user("planner"), undefined)).toBe(false);
    expect(canEditPlanYear(user("leader"), { plannersMayEdit: true })).toBe(false);
  });
});

describe("who sees a plan year (canSeePlanYear) and who may change its plan (canChangePlanYear)", () => {
  const year = (status: "draft" | "open" | "closed", plannersMayEdit: boolean) => ({ status, plannersMayEdit });
  // every role × each state of a year: a year in preparation is its editors' only
  it.each([
    ["open", false, ["admin", "planner", "leader", "officer", "dept_head"]],
    ["closed", false, ["admin", "planner", "leader", "officer", "dept_head"]],
    ["draft", false, ["admin"]],
    ["draft", true, ["admin", "planner"]],
  ] as const)("a year %s (planners may edit: %s) is seen by %j", (status, plannersMayEdit, roles) => {
    expect(ROLES.filter((r) => canSeePlanYear(user(r), year(status, plannersMayEdit))).sort()).toEqual(
      [...roles].sort(),
    );
  });

  it("sees no year without a plan", () => {
    for (const role of ROLES) expect(canSeePlanYear(user(role), undefined)).toBe(false);
  });

  it.each([
    ["draft", false, ["admin"]],
    ["draft", true, ["admin", "planner"]],
    ["open", false, ["admin"]],
    ["open", true, ["admin", "planner"]],
    ["closed", true, []],
    ["closed", false, []],
  ] as const)(
    "the plan of a year %s (planners may edit: %s) can be changed by %j",
    (status, plannersMayEdit, roles) => {
      expect(ROLES.filter((r) => canChangePlanYear(user(r), year(status, plannersMayEdit))).sort()).toEqual(
        [...roles].sort(),
      );
    },
  );

  it("lets an indicator's fields be changed by admins, and by planners while it is in a plan they may change", () => {
    expect(canEditIndicator(user("admin"), [])).toBe(true);
    expect(canEditIndicator(user("admin"), [year("closed", false)])).toBe(true);
    expect(canEditIndicator(user("planner"), [year("open", false), year("draft", false)])).toBe(false);
    expect(canEditIndicator(user("planner"), [year("closed", true)])).toBe(false);
    expect(canEditIndicator(user("planner"), [year("closed", false), year("draft", true)])).toBe(true);
    expect(canEditIndicator(user("leader"), [year("open", true)])).toBe(false);
    expect(canEditIndicator(user("officer"), [year("open", true)])).toBe(false);
  });
});

describe("allowedTransitions", () => {
  const open = { status: "open" };
  const month = (state: "draft" | "submitted" | "approved" | "returned", departmentId = OWN) => ({
    departmentId,
    state,
  });

  it.each([
    ["dept_head", "draft", ["submit"]],
    ["dept_head", "returned", ["submit"]],
    ["dept_head", "submitted", []],
    ["officer", "draft", []],
    ["leader", "submitted", []],
    ["planner", "draft", []],
    ["planner", "submitted", ["approve", "return"]],
    ["admin", "submitted", ["approve", "return"]],
    ["planner", "approved", ["reopen"]],
    ["admin", "returned", []],
  ] as const)("%s on a %s month: %j", (role, state, actions) => {
    expect(allowedTransitions(user(role), month(state), open)).toEqual(actions);
  });

  it("offers a department head nothing on another department's month", () => {
    expect(allowedTransitions(user("dept_head"), month("draft", OTHER), open)).toEqual([]);
  });

  it("offers nothing while the plan year is not open", () => {
    for (const status of ["draft", "closed"])
      expect(allowedTransitions(user("planner"), month("submitted"), { status })).toEqual([]);
    expect(allowedTransitions(user("dept_head"), month("draft"), null)).toEqual([]);
  });
});

describe("the navigation", () => {
  it("shows each role its own menu, every link one `can` allows", () => {
    expect(navigationFor(user("leader")).map((i) => i.href)).toEqual([
      "/dashboard",
      "/units",
      "/summary",
      "/draft",
      "/indicators",
    ]);
    expect(navigationFor(user("officer")).map((i) => i.label)).toEqual(["Nhập số liệu", "Chỉ tiêu của đơn vị"]);
    expect(navigationFor(user("admin"))[0].href).toBe("/admin/users");
  });

  it("adds the plan pages for a planner only while an admin lets planners edit a year", () => {
    expect(navigationFor(user("planner")).some((i) => i.href === "/admin/targets")).toBe(false);
    expect(navigationFor(user("planner"), { plannersMayEditSomeYear: true }).at(-1)).toEqual({
      href: "/admin/targets",
      label: "Kế hoạch chỉ tiêu",
    });
    expect(
      navigationFor(user("admin"), { plannersMayEditSomeYear: true }).some((i) => i.href === "/admin/targets"),
    ).toBe(false);
    expect(adminTabsFor(user("planner"))).toEqual([]);
    expect(adminTabsFor(user("planner"), { plannersMayEditSomeYear: true }).map((t) => t.href)).toEqual([
      "/admin/indicators",
      "/admin/targets",
      "/admin/import",
    ]);
    expect(adminTabsFor(user("admin"))).toHaveLength(9);
  });

  it("sends each role home to the first page of its menu", () => {
    expect(ROLES.map((r) => homePathFor(user(r)))).toEqual([
      "/admin/users",
      "/review",
      "/dashboard",
      "/entry",
      "/entry",
    ]);
  });
});
