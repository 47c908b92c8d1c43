import type { PlanYearStatus, Role, SubmissionState } from "@/db/schema";
import { TRANSITIONS, WORKFLOW_ACTIONS, type WorkflowAction } from "@/lib/workflow/transitions";
import { canAccessDepartment } from "./scope";

interface PermissionRule {
  roles: readonly Role[];
  /** what holding it lets one do */
  description: string;
}

/**
 * THE PERMISSION TABLE: what each role may do. Pages (requirePageUser), server actions and API
 * routes (the commands of lib/commands, requireApiUser) and the navigation name a permission,
 * never a list of roles. Department roles hold a permission for their own department only:
 * `can(user, permission, departmentId)` checks that scope. tests/authz/matrix.ts is the
 * specification this table must satisfy (e2e/hardening-authz.spec.ts).
 */
export const PERMISSIONS = {
  "entry.view": {
    roles: ["officer", "dept_head", "planner", "admin"],
    description: "Open a department's year and its monthly entry forms",
  },
  "entry.edit": {
    roles: ["officer", "dept_head"],
    description: "Save a department's monthly figures and narrative, import them from the Excel template",
  },
  "submission.submit": { roles: ["dept_head"], description: "Send the department's month to the province for review" },
  "submission.review": {
    roles: ["planner", "admin"],
    description: "Follow every department's months; approve, return (with a reason) or reopen them",
  },
  "notifications.view": {
    roles: ["officer", "dept_head", "planner", "admin"],
    description: "See the workflow's notifications: returned, approved, due, overdue, awaiting review",
  },
  "dashboard.view": { roles: ["leader", "planner", "admin"], description: "Read the province's dashboard" },
  "summary.view": {
    roles: ["leader", "planner", "admin"],
    description: "Read the province's biểu tổng hợp and export the báo cáo as Word or Excel",
  },
  "draft.view": {
    roles: ["planner", "admin", "leader"],
    description: "Read the draft báo cáo, its versions and the entries behind each figure",
  },
  "draft.edit": {
    roles: ["planner", "admin"],
    description: "Generate, edit, regenerate and save versions of the draft báo cáo",
  },
  "draft.finalize": { roles: ["leader"], description: "Mark a version of the draft báo cáo final (chốt)" },
  "draft.comment": { roles: ["leader"], description: "Comment (góp ý) on a saved version of the draft báo cáo" },
  "draft.resolve_comment": {
    roles: ["planner", "admin"],
    description: "Mark a leader's comment on the draft báo cáo done",
  },
  "template.edit": {
    roles: ["planner", "admin"],
    description: "Read and change the indicators' sentence templates (mẫu câu)",
  },
  "plan.edit": {
    roles: ["admin", "planner"],
    description:
      "Edit a year's indicators and targets and import the plan annex; planners only in a year an admin opened to them (canEditPlanYear)",
  },
  "plan.administer": {
    roles: ["admin"],
    description:
      "Create, open, close and reopen plan years; the report outline; retire, delete and reassign indicators; departments",
  },
  "users.manage": {
    roles: ["admin"],
    description: "Create users, change their role, department, password and access; issue and revoke API tokens",
  },
  "report.remember_period": {
    roles: ["admin", "planner", "leader", "dept_head", "officer"],
    description: "Have the report pages remember the period one last picked (one's own preference only)",
  },
  "audit.view": { roles: ["admin"], description: "Read the audit log" },
  "account.manage": {
    roles: ["officer", "dept_head", "planner", "leader", "admin"],
    description: "Change one's own password and end one's own other sessions (/account)",
  },
} as const satisfies Record<string, PermissionRule>;

export type Permission = keyof typeof PERMISSIONS;

/** Who asks: a role, and for department roles their department. */
export interface PermissionHolder {
  role: Role;
  departmentId?: number | null;
}

/** Whether the user holds the permission, and when a department is named, holds it for that department. */
export function can(user: PermissionHolder, permission: Permission, departmentId?: number): boolean {
  if (!(PERMISSIONS[permission].roles as readonly Role[]).includes(user.role)) return false;
  return (
    departmentId === undefined ||
    canAccessDepartment({ role: user.role, departmentId: user.departmentId ?? null }, departmentId)
  );
}

/** Whether the user holds at least one of the permissions. */
export function canAny(user: PermissionHolder, permissions: Permission | readonly Permission[]): boolean {
  return (typeof permissions === "string" ? [permissions] : permissions).some((p) => can(user, p));
}

/** Admins edit every year's plan; planners a year an admin opened to them ("planners may edit"). */
export function canEditPlanYear(user: PermissionHolder, plan: { plannersMayEdit: boolean } | undefined): boolean {
  return can(user, "plan.administer") || (can(user, "plan.edit") && Boolean(plan?.plannersMayEdit));
}

/** A plan year as the visibility and editing rules read it. */
export interface PlanYearAccess {
  status: PlanYearStatus;
  plannersMayEdit: boolean;
}

/**
 * THE VISIBILITY RULE of plan years: an open or closed year is seen by everyone (in their
 * department's scope); a year in preparation ("draft") only by those who may edit it (admins,
 * planners where an admin allowed them). Everyone else is answered as if it did not exist
 * (lib/auth/plan-years.ts: year lists, requireVisiblePlanYear for pages, API and commands).
 */
export function canSeePlanYear(user: PermissionHolder, plan: PlanYearAccess | undefined): boolean {
  if (!plan) return false;
  return plan.status !== "draft" || canEditPlanYear(user, plan);
}

/** Whether a save of the year's plan (targets, indicators, import) would be accepted now: the user edits it and it is not closed. Plan pages show their forms only then. */
export function canChangePlanYear(user: PermissionHolder, plan: PlanYearAccess | undefined): boolean {
  return plan !== undefined && plan.status !== "closed" && canEditPlanYear(user, plan);
}

/** Whether the user may change an indicator's own fields: admins always, planners while it is in a year's plan they may change (lib/admin/update-indicator.ts). */
export function canEditIndicator(user: PermissionHolder, plans: readonly PlanYearAccess[]): boolean {
  return can(user, "plan.administer") || plans.some((plan) => canChangePlanYear(user, plan));
}

/**
 * The workflow actions the user may take on a department's month now: the month's state
 * allows it, the plan year is open and the user holds the action's permission for the
 * department. The entry page shows these buttons; transitionSubmission enforces the same.
 */
export function allowedTransitions(
  user: PermissionHolder,
  submission: { departmentId: number; state: SubmissionState },
  planYear: { status: string } | null | undefined,
): WorkflowAction[] {
  if (planYear?.status !== "open") return [];
  return WORKFLOW_ACTIONS.filter(
    (action) =>
      TRANSITIONS[action].from.includes(submission.state) &&
      can(user, TRANSITIONS[action].permission, submission.departmentId),
  );
}
