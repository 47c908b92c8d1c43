/**
 * THE AUTHORIZATION TABLE: every mutation of the app (server action or API route) × every
 * actor, with the expected answer. `e2e/hardening-authz.spec.ts` asserts every cell through
 * the real HTTP layer; `tests/unit/authz-inventory.test.ts` fails when a mutation exists in
 * the code without a row here (or a row names a mutation that no longer exists).
 *
 * Actors: anonymous; admin, planner, leader (province-wide roles); officer and dept_head of
 * the target department ("own") and of another department ("other").
 * "allow": the request passes authorization (any answer but 401/403, never 5xx; the state of
 * the month may still refuse it with 409/422). "deny": 401 for anonymous, else 403, and
 * nothing changed. "public": not an authorization boundary (login itself), with the reason.
 *
 * Adding a mutation: add a row with its `call` and all eight cells (CONTRIBUTING.md).
 */
export const ACTORS = ["anonymous", "admin", "planner", "leader", "officer:own", "officer:other", "dept_head:own", "dept_head:other"] as const;
export type Actor = (typeof ACTORS)[number];
export type Expectation = "allow" | "deny";

/** What a call is made against: a department-month of the test department, and a user to act on. */
export interface Target {
  dept: string;
  year: number;
  month: number;
  /** an indicator of the target department in `year` */
  indicator: string;
  /** a user the admin may disable/enable */
  userId: number;
}

export type Call =
  | { kind: "api"; method: "POST" | "PUT" | "PATCH" | "DELETE"; path: string; json?: unknown; raw?: { contentType: string; body: string } }
  | { kind: "action"; file: string; exportName: string; args: unknown[] };

export interface MutationRow {
  /** "action <file>#<export>" or "<METHOD> <route path as in app/>", as the inventory names it */
  mutation: string;
  /** several rows may test one mutation (e.g. each workflow action) */
  variant?: string;
  cells: Record<Actor, Expectation>;
  call: (t: Target) => Call;
}

export interface PublicMutation {
  mutation: string;
  reason: string;
}

const all = (e: Expectation): Record<Actor, Expectation> => Object.fromEntries(ACTORS.map((a) => [a, e])) as Record<Actor, Expectation>;
/** officer and dept_head of the department itself */
const DEPARTMENT_STAFF = { ...all("deny"), "officer:own": "allow", "dept_head:own": "allow" } as const;
const DEPT_HEAD_OWN = { ...all("deny"), "dept_head:own": "allow" } as const;
const PLANNER_ADMIN = { ...all("deny"), admin: "allow", planner: "allow" } as const;
const ADMIN_ONLY = { ...all("deny"), admin: "allow" } as const;

const SUBMISSION = "/api/v1/submissions/[dept]/[year]/[month]";
const submissionPath = (t: Target, rest: string) => `/api/v1/submissions/${t.dept}/${t.year}/${t.month}${rest}`;
const monthRef = (t: Target) => ({ department: t.dept, year: t.year, month: t.month });
const ENTRY_ACTIONS = "lib/entry/actions.ts";

export const MUTATIONS: MutationRow[] = [
  // ── server actions ────────────────────────────────────────────────────────────────
  {
    mutation: `action ${ENTRY_ACTIONS}#saveMonthValuesAction`,
    cells: DEPARTMENT_STAFF,
    call: (t) => ({ kind: "action", file: ENTRY_ACTIONS, exportName: "saveMonthValuesAction", args: [{ ...monthRef(t), values: [{ indicator: t.indicator, value: "12,5", status: "estimate" }] }] }),
  },
  {
    mutation: `action ${ENTRY_ACTIONS}#saveNarrativeAction`,
    cells: DEPARTMENT_STAFF,
    call: (t) => ({ kind: "action", file: ENTRY_ACTIONS, exportName: "saveNarrativeAction", args: [{ ...monthRef(t), highlights: "Kết quả", difficulties: "", tasks: "" }] }),
  },
  ...(["submit", "approve", "return", "reopen"] as const).map(
    (action): MutationRow => ({
      mutation: `action ${ENTRY_ACTIONS}#workflowAction`,
      variant: action,
      cells: action === "submit" ? DEPT_HEAD_OWN : PLANNER_ADMIN,
      call: (t) => ({ kind: "action", file: ENTRY_ACTIONS, exportName: "workflowAction", args: [{ ...monthRef(t), action, reason: "Kiểm tra phân quyền" }] }),
    }),
  ),
  {
    mutation: "action lib/users/actions.ts#setUserActiveAction",
    cells: ADMIN_ONLY,
    call: (t) => ({ kind: "action", file: "lib/users/actions.ts", exportName: "setUserActiveAction", args: [{ userId: t.userId, active: true }] }),
  },

  // ── API routes ─────────────────────────────────────────────────────────────────────
  {
    mutation: `PUT ${SUBMISSION}/values`,
    cells: DEPARTMENT_STAFF,
    call: (t) => ({ kind: "api", method: "PUT", path: submissionPath(t, "/values"), json: { values: [{ indicator: t.indicator, value: "7", status: "estimate" }] } }),
  },
  {
    mutation: `POST ${SUBMISSION}/submit`,
    cells: DEPT_HEAD_OWN,
    call: (t) => ({ kind: "api", method: "POST", path: submissionPath(t, "/submit"), json: {} }),
  },
  ...(["approve", "return", "reopen"] as const).map(
    (action): MutationRow => ({
      mutation: `POST ${SUBMISSION}/${action}`,
      cells: PLANNER_ADMIN,
      call: (t) => ({ kind: "api", method: "POST", path: submissionPath(t, `/${action}`), json: { reason: "Kiểm tra phân quyền" } }),
    }),
  ),
  {
    mutation: `POST ${SUBMISSION}/import`,
    cells: DEPARTMENT_STAFF,
    // not a workbook: an allowed caller gets 422, a refused one 403 before the file is read
    call: (t) => ({ kind: "api", method: "POST", path: submissionPath(t, "/import"), raw: { contentType: "application/octet-stream", body: "not a workbook" } }),
  },
];

/** Mutations that are deliberately open, with the reason (tested elsewhere). */
export const PUBLIC_MUTATIONS: PublicMutation[] = [
  { mutation: "POST /api/auth/[...nextauth]", reason: "sign-in and sign-out (next-auth, its own CSRF token); throttled and audited, e2e/auth.spec.ts and e2e/hardening-security.spec.ts" },
];
