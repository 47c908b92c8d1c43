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
export const ACTORS = [
  "anonymous",
  "admin",
  "planner",
  "leader",
  "officer:own",
  "officer:other",
  "dept_head:own",
  "dept_head:other",
] as const;
export type Actor = (typeof ACTORS)[number];
export type Expectation = "allow" | "deny";

/** What a call is made against: a department-month of the test department, and a user to act on. */
export interface Target {
  dept: string;
  year: number;
  month: number;
  /** an indicator of the target department in `year` */
  indicator: string;
  /** a user the admin may disable/enable, change the role of (to the same), reset and give a token */
  userId: number;
  /** an API token of that user, for revoking */
  tokenId: number;
  /** a report section, saved unchanged (its parent by code) */
  section: { id: number; code: string; title: string; parent?: string; narrativeOnly: boolean };
  /** the last section of the outline: moving it down changes nothing */
  lastSectionId: number;
  /** a saved, not yet final draft version (of PLAN.year, "9T") for a leader to finalize */
  draftVersionId: number;
  /** an open comment (góp ý) on that version, for a planner to mark done */
  draftCommentId: number;
  /** a result item (kết quả, sự kiện) of the target department-month, changed and deleted only at a stale version */
  resultId: number;
}

/** Target fields for a spec that makes no plan administration fixtures (calls then answer 404/422). */
export const NO_PLAN_FIXTURES: Omit<Target, "dept" | "year" | "month" | "indicator" | "userId"> = {
  tokenId: 0,
  section: { id: 0, code: "0", title: "-", narrativeOnly: false },
  lastSectionId: 0,
  draftVersionId: 0,
  draftCommentId: 0,
  resultId: 0,
};

/**
 * Plan administration fixtures the authz spec makes: `year` is a plan year in preparation where
 * planners may NOT edit (the default an admin has to change), so planners pass the role check
 * of the plan-editing mutations and are refused by the year (403). Indicators of their own, a
 * department to rename and one to merge; new plan years and departments get codes of their own.
 * Accepted calls must not disturb the demo years 2022-2024 or another spec: a new year stays in
 * preparation (never the default year), and opening/closing/reopening is asked for a version
 * that is stale (409): opening a year would make it every page's default year.
 */
export const PLAN = {
  year: 2039,
  newYearAction: 2045,
  newYearApi: 2046,
  updated: "hzauthz.upd",
  templated: "hzauthz.tpl",
  templatedApi: "hzauthz.tplapi",
  retired: "hzauthz.retire",
  deleted: "hzauthz.delete",
  reassigned: "hzauthz.reassign",
  created: "hzauthz.new",
  createdApi: "hzauthz.newapi",
  renamedDept: "hzren",
  mergedDept: "hzmrg",
  newDept: "hzauthz-d1",
  newDeptApi: "hzauthz-d2",
  newUser: "hzauthz.created",
  /** the API's own: an indicator to edit, retire, delete and reassign, departments to rename and merge, a user to create */
  updatedApi: "hzauthz.updapi",
  retiredApi: "hzauthz.retireapi",
  deletedApi: "hzauthz.deleteapi",
  reassignedApi: "hzauthz.reassignapi",
  renamedDeptApi: "hzrenapi",
  mergedDeptApi: "hzmrgapi",
  newUserApi: "hzauthz.createdapi",
  /** successions (issue 17): a unit declared to carry on another's work from PLAN.year, through the page and the API */
  successorDept: "hzsucc",
  successorDeptApi: "hzsuccapi",
  predecessorDept: "hzpred",
  /** an indicator of PLAN.year reported by every commune valid then (PLAN.commune, valid from PLAN.year only) */
  unitReported: "hzauthz.units",
  unitReportedApi: "hzauthz.unitsapi",
  commune: "hzxa.plan",
  indicators: [
    "hzauthz.units",
    "hzauthz.unitsapi",
    "hzauthz.upd",
    "hzauthz.tpl",
    "hzauthz.tplapi",
    "hzauthz.retire",
    "hzauthz.delete",
    "hzauthz.reassign",
    "hzauthz.updapi",
    "hzauthz.retireapi",
    "hzauthz.deleteapi",
    "hzauthz.reassignapi",
  ],
} as const;

/**
 * Local governments (issue 17): a commune's or a district's officer and head hold the same roles
 * as a department's, scoped to their unit. The authz spec asserts every row that tells a unit's
 * own staff from another unit's (`unitScoped`) a second time with the target a commune
 * (`own`) and the "other" actors the staff of a second commune (`other`): a commune's officer
 * or head reaches its own months and never another commune's.
 */
export const LOCAL_UNITS = { own: "hzxa.own", other: "hzxa.other", kind: "commune" } as const;

/** Whether a row's answer depends on the caller's unit (its own staff and another unit's are answered differently). */
export const unitScoped = (row: Pick<MutationRow, "cells">) =>
  row.cells["officer:own"] !== row.cells["officer:other"] ||
  row.cells["dept_head:own"] !== row.cells["dept_head:other"];

export type Call =
  | {
      kind: "api";
      method: "POST" | "PUT" | "PATCH" | "DELETE";
      path: string;
      json?: unknown;
      raw?: { contentType: string; body: string };
    }
  | {
      kind: "action";
      file: string;
      exportName: string;
      args: unknown[];
      /** an action taking one FormData (file uploads): posted multipart as the browser encodes it; `args` is then unused */
      form?: Record<string, string | { name: string; mimeType: string; buffer: Buffer }>;
    };

export interface MutationRow {
  /** "action <file>#<export>" or "<METHOD> <route path as in app/>", as the inventory names it */
  mutation: string;
  /** several rows may test one mutation (e.g. each workflow action) */
  variant?: string;
  cells: Record<Actor, Expectation>;
  call: (t: Target) => Call;
  /**
   * What an accepted call must leave in the audit log. "write" (the default for new rows): a
   * successful answer (200) wrote an audit entry by the caller. "read": the call reads only, so
   * it writes no audit entry and changes nothing. "if-changed": an entry only when the target
   * department's data changed (saving the same figure again changes nothing).
   */
  audit?: "write" | "read" | "if-changed";
  /** the call acts on the caller's own account (a preference), not on a department: every department role may make it */
  ownAccount?: true;
}

export interface PublicMutation {
  mutation: string;
  reason: string;
}

const all = (e: Expectation): Record<Actor, Expectation> =>
  Object.fromEntries(ACTORS.map((a) => [a, e])) as Record<Actor, Expectation>;
/** officer and dept_head of the department itself */
const DEPARTMENT_STAFF = { ...all("deny"), "officer:own": "allow", "dept_head:own": "allow" } as const;
const DEPT_HEAD_OWN = { ...all("deny"), "dept_head:own": "allow" } as const;
const PLANNER_ADMIN = { ...all("deny"), admin: "allow", planner: "allow" } as const;
const ADMIN_ONLY = { ...all("deny"), admin: "allow" } as const;
/** a password change with a wrong current password: an allowed caller is answered 422, nothing changes */
const WRONG_CURRENT_PASSWORD = {
  currentPassword: "KhongDung2024",
  newPassword: "MatKhauMoi2025",
  confirmPassword: "MatKhauMoi2025",
};
const ACCOUNT_ACTIONS = "lib/users/account-actions.ts";

const SUBMISSION = "/api/v1/submissions/[dept]/[year]/[month]";
const submissionPath = (t: Target, rest: string) => `/api/v1/submissions/${t.dept}/${t.year}/${t.month}${rest}`;
const monthRef = (t: Target) => ({ department: t.dept, year: t.year, month: t.month });
const ENTRY_ACTIONS = "lib/entry/actions.ts";
const ENTRY_RESULTS = "lib/results/actions.ts";
/** a result item of the target month, in its first section that takes figures */
const resultItem = (t: Target) => ({
  date: `${t.year}-${String(t.month).padStart(2, "0")}-10`,
  section: "I.1",
  text: "Kiểm tra phân quyền {1}",
  figures: [{ value: "1", unit: "lần" }],
});
const action = (file: string, exportName: string, input: unknown): Call => ({
  kind: "action",
  file,
  exportName,
  args: [input],
});
const CATALOGUE = "lib/admin/actions/catalogue.ts";
const ORGANISATION = "lib/admin/actions/organisation.ts";
const PLAN_YEARS = "lib/admin/actions/plan-years.ts";
const PLAN_IMPORT = "lib/admin/actions/plan-import.ts";
const DRAFT = "lib/draft/actions.ts";
const REASON = "Kiểm tra phân quyền";
const STALE = 999;
/** plan editors: admins always, planners only in a year an admin opened to them; in PLAN.year they are not, so planners get 403 */
const PLAN_EDITOR_IN_CLOSED_YEAR = ADMIN_ONLY;
const DRAFT_EDITORS = PLANNER_ADMIN;
const DRAFT_READERS = { ...all("deny"), admin: "allow", planner: "allow", leader: "allow" } as const;
const LEADER_ONLY = { ...all("deny"), leader: "allow" } as const;
const SIGNED_IN = { ...all("allow"), anonymous: "deny" } as const;
/** not a period: every signed-in actor is let in and answered 422, so the demo accounts other specs sign in with keep the period they open on */
const NOT_A_PERIOD = { period: "T13" };
/** a file that is not a plan annex: read only after the caller is authorised, then refused (422) */
const NOT_AN_ANNEX = {
  name: "phu-luc.xlsx",
  mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  buffer: Buffer.from("not a workbook"),
};
const cumulative = { unit: "tỷ đồng", kind: "cumulative" };
const api = (method: "POST" | "PUT" | "DELETE", path: string, json: unknown = {}): Call => ({
  kind: "api",
  method,
  path: `/api/v1${path}`,
  json,
});
/** a draft of PLAN.year saved from nothing, as the editor sends it (the report in the path) */
const draftBody = { counting: "approved", baseVersionId: null, generatedAt: "2039-07-01T00:00:00.000Z", missing: [] };
const draftBlocks = [{ id: "p1", type: "paragraph", section: null, origin: "text", runs: [{ text: REASON }] }];

export const MUTATIONS: MutationRow[] = [
  // ── server actions ────────────────────────────────────────────────────────────────
  {
    mutation: `action ${ENTRY_ACTIONS}#saveMonthValuesAction`,
    cells: DEPARTMENT_STAFF,
    audit: "if-changed",
    call: (t) => ({
      kind: "action",
      file: ENTRY_ACTIONS,
      exportName: "saveMonthValuesAction",
      args: [{ ...monthRef(t), values: [{ indicator: t.indicator, value: "12,5", status: "estimate" }] }],
    }),
  },
  {
    mutation: `action ${ENTRY_ACTIONS}#saveNarrativeAction`,
    cells: DEPARTMENT_STAFF,
    audit: "if-changed",
    call: (t) => ({
      kind: "action",
      file: ENTRY_ACTIONS,
      exportName: "saveNarrativeAction",
      args: [{ ...monthRef(t), highlights: "Kết quả", difficulties: "", tasks: "" }],
    }),
  },
  ...(["submit", "approve", "return", "reopen"] as const).map((action): MutationRow => ({
    mutation: `action ${ENTRY_ACTIONS}#workflowAction`,
    variant: action,
    cells: action === "submit" ? DEPT_HEAD_OWN : PLANNER_ADMIN,
    audit: "if-changed",
    call: (t) => ({
      kind: "action",
      file: ENTRY_ACTIONS,
      exportName: "workflowAction",
      args: [{ ...monthRef(t), action, reason: "Kiểm tra phân quyền" }],
    }),
  })),
  {
    mutation: `action ${ENTRY_ACTIONS}#markReadyAction`,
    cells: DEPARTMENT_STAFF,
    call: (t) => action(ENTRY_ACTIONS, "markReadyAction", monthRef(t)),
  },
  {
    mutation: "action lib/workflow/actions.ts#bulkApproveAction",
    cells: PLANNER_ADMIN,
    // a stale version: an allowed caller is answered 409 and nothing is approved
    call: (t) =>
      action("lib/workflow/actions.ts", "bulkApproveAction", {
        submissions: [{ ...monthRef(t), version: STALE }],
      }),
  },
  {
    mutation: `action ${ENTRY_RESULTS}#createResultAction`,
    cells: DEPARTMENT_STAFF,
    call: (t) => action(ENTRY_RESULTS, "createResultAction", { ...monthRef(t), ...resultItem(t) }),
  },
  {
    mutation: `action ${ENTRY_RESULTS}#updateResultAction`,
    cells: DEPARTMENT_STAFF,
    // a stale version: an allowed caller is answered 409 and the fixture item stays as it is
    call: (t) =>
      action(ENTRY_RESULTS, "updateResultAction", { ...monthRef(t), ...resultItem(t), id: t.resultId, version: STALE }),
  },
  {
    mutation: `action ${ENTRY_RESULTS}#deleteResultAction`,
    cells: DEPARTMENT_STAFF,
    call: (t) => action(ENTRY_RESULTS, "deleteResultAction", { ...monthRef(t), id: t.resultId, version: STALE }),
  },
  {
    mutation: "action lib/users/actions.ts#setUserActiveAction",
    cells: ADMIN_ONLY,
    audit: "if-changed",
    call: (t) => ({
      kind: "action",
      file: "lib/users/actions.ts",
      exportName: "setUserActiveAction",
      args: [{ userId: t.userId, active: true }],
    }),
  },
  {
    // forgets the target user's failed sign-ins (none, or a few the spec made): always audited
    mutation: "action lib/users/actions.ts#unlockLoginAction",
    cells: ADMIN_ONLY,
    call: (t) => ({
      kind: "action",
      file: "lib/users/actions.ts",
      exportName: "unlockLoginAction",
      args: [{ userId: t.userId }],
    }),
  },

  // ── one's own account (/account): always the caller's, never another user's ─────────
  {
    mutation: `action ${ACCOUNT_ACTIONS}#changeOwnPasswordAction`,
    cells: SIGNED_IN,
    ownAccount: true,
    call: () => action(ACCOUNT_ACTIONS, "changeOwnPasswordAction", WRONG_CURRENT_PASSWORD),
  },
  {
    // ends the caller's other sessions (none in the spec) and re-issues the caller's own cookie
    mutation: `action ${ACCOUNT_ACTIONS}#endOtherSessionsAction`,
    cells: SIGNED_IN,
    ownAccount: true,
    call: () => action(ACCOUNT_ACTIONS, "endOtherSessionsAction", { confirm: true }),
  },

  // ── plan administration (lib/admin/actions) ─────────────────────────────────────────
  {
    mutation: `action ${PLAN_YEARS}#createPlanYearAction`,
    cells: ADMIN_ONLY,
    call: () => action(PLAN_YEARS, "createPlanYearAction", { year: PLAN.newYearAction }),
  },
  ...(
    [
      ["openPlanYearAction", { year: PLAN.year, version: STALE }],
      ["closePlanYearAction", { year: PLAN.year, version: STALE, confirm: true }],
      ["reopenPlanYearAction", { year: PLAN.year, version: STALE, reason: REASON }],
    ] as const
  ).map(([name, input]): MutationRow => ({
    mutation: `action ${PLAN_YEARS}#${name}`,
    // a stale version: the admin is answered 409 and no year changes state (opening one would make it the default year of every page)
    cells: ADMIN_ONLY,
    call: () => action(PLAN_YEARS, name, input),
  })),
  {
    mutation: `action ${PLAN_YEARS}#planYearSettingsAction`,
    cells: ADMIN_ONLY,
    // keeps planners out of PLAN.year
    call: () =>
      action(PLAN_YEARS, "planYearSettingsAction", {
        year: PLAN.year,
        cutoffDay: 14,
        dueDay: 17,
        plannersMayEdit: false,
        version: 1,
      }),
  },
  {
    mutation: `action ${PLAN_YEARS}#reportOpeningsAction`,
    cells: ADMIN_ONLY,
    // every opening left to its default: the year's plan stays as it is (no change, no version bump)
    audit: "if-changed",
    call: () =>
      action(PLAN_YEARS, "reportOpeningsAction", {
        year: PLAN.year,
        version: 1,
        openings: { month: "", quarter: "", "6T": "", "9T": "", N: "" },
      }),
  },
  {
    mutation: `action ${CATALOGUE}#createIndicatorAction`,
    cells: PLAN_EDITOR_IN_CLOSED_YEAR,
    call: (t) =>
      action(CATALOGUE, "createIndicatorAction", {
        year: PLAN.year,
        code: PLAN.created,
        name: "Chỉ tiêu kiểm thử phân quyền mới",
        ...cumulative,
        department: t.dept,
      }),
  },
  {
    mutation: `action ${CATALOGUE}#updateIndicatorAction`,
    cells: PLAN_EDITOR_IN_CLOSED_YEAR,
    call: () =>
      action(CATALOGUE, "updateIndicatorAction", {
        code: PLAN.updated,
        version: 1,
        name: "Chỉ tiêu kiểm thử phân quyền (đã sửa)",
        ...cumulative,
        precision: 1,
        direction: "up",
      }),
  },
  {
    mutation: `action ${CATALOGUE}#saveTargetsAction`,
    cells: PLAN_EDITOR_IN_CLOSED_YEAR,
    call: () =>
      action(CATALOGUE, "saveTargetsAction", {
        year: PLAN.year,
        cells: [{ indicator: PLAN.updated, source: "hdnd", text: "100", version: 0 }],
      }),
  },
  {
    mutation: `action ${CATALOGUE}#unitReportingAction`,
    cells: PLAN_EDITOR_IN_CLOSED_YEAR,
    call: () => action(CATALOGUE, "unitReportingAction", { code: PLAN.unitReported, year: PLAN.year, kind: "commune" }),
  },
  {
    mutation: `action ${CATALOGUE}#withdrawUnitReportingAction`,
    cells: PLAN_EDITOR_IN_CLOSED_YEAR,
    call: () => action(CATALOGUE, "withdrawUnitReportingAction", { code: PLAN.unitReported, year: PLAN.year }),
  },
  {
    mutation: `action ${CATALOGUE}#retireIndicatorAction`,
    cells: ADMIN_ONLY,
    call: () => action(CATALOGUE, "retireIndicatorAction", { code: PLAN.retired, fromYear: PLAN.year, version: 1 }),
  },
  {
    mutation: `action ${CATALOGUE}#deleteIndicatorAction`,
    cells: ADMIN_ONLY,
    call: () => action(CATALOGUE, "deleteIndicatorAction", { code: PLAN.deleted, version: 1 }),
  },
  {
    mutation: `action ${CATALOGUE}#reassignIndicatorAction`,
    cells: ADMIN_ONLY,
    call: () =>
      action(CATALOGUE, "reassignIndicatorAction", {
        code: PLAN.reassigned,
        fromYear: PLAN.year,
        department: PLAN.renamedDept,
      }),
  },
  {
    mutation: `action ${CATALOGUE}#saveSectionAction`,
    cells: ADMIN_ONLY,
    // saved as it is: nothing moves for other specs, and the save is audited
    call: (t) => action(CATALOGUE, "saveSectionAction", t.section),
  },
  {
    mutation: `action ${CATALOGUE}#moveSectionAction`,
    cells: ADMIN_ONLY,
    // the last section moved down: the outline other specs read stays as it is, so nothing is written (a real move is audited: tests/unit/plan-admin.test.ts)
    audit: "if-changed",
    call: (t) => action(CATALOGUE, "moveSectionAction", { id: t.lastSectionId, direction: "down" }),
  },
  {
    mutation: `action ${ORGANISATION}#createDepartmentAction`,
    cells: ADMIN_ONLY,
    call: () =>
      action(ORGANISATION, "createDepartmentAction", {
        code: PLAN.newDept,
        name: "Đơn vị kiểm thử phân quyền (tạo qua trang)",
      }),
  },
  {
    mutation: `action ${ORGANISATION}#renameDepartmentAction`,
    cells: ADMIN_ONLY,
    call: () =>
      action(ORGANISATION, "renameDepartmentAction", {
        code: PLAN.renamedDept,
        name: "Đơn vị kiểm thử đổi tên",
        shortName: "HZREN",
        version: 1,
      }),
  },
  {
    mutation: `action ${ORGANISATION}#endUnitAction`,
    cells: ADMIN_ONLY,
    // a stale version: the admin is answered 409 and the unit keeps reporting (a real end: tests/unit/unit-end.test.ts)
    call: () =>
      action(ORGANISATION, "endUnitAction", {
        code: PLAN.renamedDept,
        lastYear: PLAN.year,
        lastMonth: 6,
        version: STALE,
      }),
  },
  {
    mutation: `action ${ORGANISATION}#mergeDepartmentAction`,
    cells: ADMIN_ONLY,
    call: () =>
      action(ORGANISATION, "mergeDepartmentAction", {
        from: PLAN.mergedDept,
        into: PLAN.renamedDept,
        fromYear: PLAN.year,
      }),
  },
  {
    mutation: `action ${ORGANISATION}#declareSuccessionAction`,
    cells: ADMIN_ONLY,
    // declared once by the admin; the API row declares another successor of the same predecessor (a split)
    call: () =>
      action(ORGANISATION, "declareSuccessionAction", {
        successor: PLAN.successorDept,
        predecessors: [PLAN.predecessorDept],
        fromYear: PLAN.year,
      }),
  },
  {
    mutation: `action ${ORGANISATION}#removeSuccessionAction`,
    cells: ADMIN_ONLY,
    // a unit without a declared succession: the admin is answered 404 and nothing changes (a real removal: tests/unit/unit-successions.test.ts)
    call: () => action(ORGANISATION, "removeSuccessionAction", { successor: PLAN.renamedDept }),
  },
  {
    mutation: `action ${ORGANISATION}#createUserAction`,
    cells: ADMIN_ONLY,
    call: (t) =>
      action(ORGANISATION, "createUserAction", {
        username: PLAN.newUser,
        fullName: "Người dùng kiểm thử phân quyền",
        role: "officer",
        department: t.dept,
        password: "LangSon@2024",
      }),
  },
  {
    mutation: `action ${ORGANISATION}#updateUserAction`,
    cells: ADMIN_ONLY,
    call: (t) => action(ORGANISATION, "updateUserAction", { userId: t.userId, role: "officer", department: t.dept }),
  },
  {
    mutation: `action ${ORGANISATION}#resetPasswordAction`,
    cells: ADMIN_ONLY,
    call: (t) => action(ORGANISATION, "resetPasswordAction", { userId: t.userId, password: "LangSon@2024" }),
  },
  {
    mutation: `action ${ORGANISATION}#createTokenAction`,
    cells: ADMIN_ONLY,
    call: (t) => action(ORGANISATION, "createTokenAction", { userId: t.userId, name: REASON }),
  },
  {
    mutation: `action ${ORGANISATION}#revokeTokenAction`,
    cells: ADMIN_ONLY,
    call: (t) => action(ORGANISATION, "revokeTokenAction", { tokenId: t.tokenId }),
  },
  {
    mutation: `action ${PLAN_IMPORT}#previewPlanImportAction`,
    cells: PLAN_EDITOR_IN_CLOSED_YEAR,
    audit: "read",
    call: () => ({
      kind: "action",
      file: PLAN_IMPORT,
      exportName: "previewPlanImportAction",
      args: [],
      form: { year: String(PLAN.year), file: NOT_AN_ANNEX },
    }),
  },
  {
    mutation: `action ${PLAN_IMPORT}#applyPlanImportAction`,
    cells: PLAN_EDITOR_IN_CLOSED_YEAR,
    call: () => ({
      kind: "action",
      file: PLAN_IMPORT,
      exportName: "applyPlanImportAction",
      args: [],
      form: { year: String(PLAN.year), fingerprint: "0", file: NOT_AN_ANNEX },
    }),
  },

  // ── draft báo cáo and sentence templates (lib/draft) ──────────────────────────────────
  {
    mutation: `action ${DRAFT}#saveDraftAction`,
    cells: DRAFT_EDITORS,
    call: () =>
      action(DRAFT, "saveDraftAction", {
        year: PLAN.year,
        period: "6T",
        counting: "approved",
        baseVersionId: null,
        generatedAt: "2039-07-01T00:00:00.000Z",
        blocks: [{ id: "p1", type: "paragraph", section: null, origin: "text", runs: [{ text: REASON }] }],
        missing: [],
      }),
  },
  {
    mutation: `action ${DRAFT}#regenerateSectionAction`,
    cells: DRAFT_EDITORS,
    call: (t) =>
      action(DRAFT, "regenerateSectionAction", {
        year: PLAN.year,
        period: "6T",
        counting: "approved",
        section: t.section.code,
      }),
  },
  {
    mutation: `action ${DRAFT}#finalizeDraftAction`,
    // leaders mark a version final (chốt); planners and admins edit, they do not sign off
    cells: LEADER_ONLY,
    call: (t) => action(DRAFT, "finalizeDraftAction", { versionId: t.draftVersionId }),
  },
  {
    mutation: `action ${DRAFT}#addDraftCommentAction`,
    // leaders comment (góp ý) on a saved version; planners answer them in the text
    cells: LEADER_ONLY,
    call: (t) => action(DRAFT, "addDraftCommentAction", { versionId: t.draftVersionId, text: REASON }),
  },
  {
    mutation: `action ${DRAFT}#resolveDraftCommentAction`,
    cells: PLANNER_ADMIN,
    call: (t) => action(DRAFT, "resolveDraftCommentAction", { commentId: t.draftCommentId }),
  },
  {
    mutation: `action ${DRAFT}#figureEntriesAction`,
    cells: DRAFT_READERS,
    audit: "read",
    call: (t) =>
      action(DRAFT, "figureEntriesAction", { indicator: t.indicator, year: t.year, period: "6T", counting: "all" }),
  },
  {
    mutation: "action lib/draft/template-actions.ts#saveSentenceTemplateAction",
    cells: PLANNER_ADMIN,
    call: () =>
      action("lib/draft/template-actions.ts", "saveSentenceTemplateAction", {
        indicator: PLAN.templated,
        template: "{name} {est} {value}",
        version: 0,
      }),
  },
  {
    mutation: "action lib/preferences/actions.ts#rememberReportPeriodAction",
    cells: SIGNED_IN,
    ownAccount: true,
    call: () => action("lib/preferences/actions.ts", "rememberReportPeriodAction", NOT_A_PERIOD),
  },
  {
    mutation: "action lib/draft/house-style-actions.ts#saveHouseStyleAction",
    cells: ADMIN_ONLY,
    // the demo's own style (Lạng Sơn's defaults), never saved before: an accepted call changes nothing
    audit: "if-changed",
    call: () =>
      action("lib/draft/house-style-actions.ts", "saveHouseStyleAction", {
        pctDecimals: "as_needed",
        smallFall: "ratio",
        yearEndName: "date",
        version: 0,
      }),
  },

  // ── API routes ─────────────────────────────────────────────────────────────────────
  {
    mutation: `PUT ${SUBMISSION}/values`,
    cells: DEPARTMENT_STAFF,
    audit: "if-changed",
    call: (t) => ({
      kind: "api",
      method: "PUT",
      path: submissionPath(t, "/values"),
      json: { values: [{ indicator: t.indicator, value: "7", status: "estimate" }] },
    }),
  },
  {
    mutation: `PUT ${SUBMISSION}/narrative`,
    cells: DEPARTMENT_STAFF,
    audit: "if-changed",
    call: (t) => ({
      kind: "api",
      method: "PUT",
      path: submissionPath(t, "/narrative"),
      json: { highlights: "Kết quả nổi bật", difficulties: "", tasks: "" },
    }),
  },
  {
    mutation: `POST ${SUBMISSION}/results`,
    cells: DEPARTMENT_STAFF,
    call: (t) => ({ kind: "api", method: "POST", path: submissionPath(t, "/results"), json: resultItem(t) }),
  },
  {
    mutation: `PUT ${SUBMISSION}/results/[id]`,
    cells: DEPARTMENT_STAFF,
    call: (t) => ({
      kind: "api",
      method: "PUT",
      path: submissionPath(t, `/results/${t.resultId}`),
      json: { ...resultItem(t), version: STALE },
    }),
  },
  {
    mutation: `DELETE ${SUBMISSION}/results/[id]`,
    cells: DEPARTMENT_STAFF,
    call: (t) => ({
      kind: "api",
      method: "DELETE",
      path: submissionPath(t, `/results/${t.resultId}`),
      json: { version: STALE },
    }),
  },
  {
    mutation: `POST ${SUBMISSION}/submit`,
    cells: DEPT_HEAD_OWN,
    audit: "if-changed",
    call: (t) => ({ kind: "api", method: "POST", path: submissionPath(t, "/submit"), json: {} }),
  },
  ...(["approve", "return", "reopen"] as const).map((action): MutationRow => ({
    mutation: `POST ${SUBMISSION}/${action}`,
    cells: PLANNER_ADMIN,
    audit: "if-changed",
    call: (t) => ({
      kind: "api",
      method: "POST",
      path: submissionPath(t, `/${action}`),
      json: { reason: "Kiểm tra phân quyền" },
    }),
  })),
  {
    mutation: `POST ${SUBMISSION}/ready`,
    cells: DEPARTMENT_STAFF,
    call: (t) => ({ kind: "api", method: "POST", path: submissionPath(t, "/ready"), json: {} }),
  },
  {
    mutation: "POST /api/v1/submissions/bulk-approve",
    cells: PLANNER_ADMIN,
    call: (t) => api("POST", "/submissions/bulk-approve", { submissions: [{ ...monthRef(t), version: STALE }] }),
  },
  {
    mutation: `POST ${SUBMISSION}/import`,
    cells: DEPARTMENT_STAFF,
    audit: "if-changed",
    // not a workbook: an allowed caller gets 422, a refused one 403 before the file is read
    call: (t) => ({
      kind: "api",
      method: "POST",
      path: submissionPath(t, "/import"),
      raw: { contentType: "application/octet-stream", body: "not a workbook" },
    }),
  },
  {
    mutation: "POST /api/v1/plans/[year]/import/preview",
    cells: PLAN_EDITOR_IN_CLOSED_YEAR,
    audit: "read",
    // not an annex: an allowed caller gets 422, a refused one 403 before the file is read
    call: () => ({
      kind: "api",
      method: "POST",
      path: `/api/v1/plans/${PLAN.year}/import/preview`,
      raw: { contentType: "application/octet-stream", body: "not a workbook" },
    }),
  },
  {
    mutation: "POST /api/v1/plans/[year]/import",
    cells: PLAN_EDITOR_IN_CLOSED_YEAR,
    call: () => ({
      kind: "api",
      method: "POST",
      path: `/api/v1/plans/${PLAN.year}/import?fingerprint=0`,
      raw: { contentType: "application/octet-stream", body: "not a workbook" },
    }),
  },
  {
    mutation: "POST /api/v1/draft-comments",
    cells: LEADER_ONLY,
    call: (t) => ({
      kind: "api",
      method: "POST",
      path: "/api/v1/draft-comments",
      json: { versionId: t.draftVersionId, text: REASON },
    }),
  },
  {
    mutation: "POST /api/v1/draft-comments/[id]/resolve",
    cells: PLANNER_ADMIN,
    call: (t) => ({
      kind: "api",
      method: "POST",
      path: `/api/v1/draft-comments/${t.draftCommentId}/resolve`,
      json: {},
    }),
  },
  {
    mutation: "POST /api/v1/plans",
    cells: ADMIN_ONLY,
    call: () => ({ kind: "api", method: "POST", path: "/api/v1/plans", json: { year: PLAN.newYearApi } }),
  },
  {
    mutation: "PUT /api/v1/plans/[year]/targets",
    cells: PLAN_EDITOR_IN_CLOSED_YEAR,
    call: () => ({
      kind: "api",
      method: "PUT",
      path: `/api/v1/plans/${PLAN.year}/targets`,
      json: { targets: [{ indicator: PLAN.templatedApi, source: "hdnd", value: 5 }] },
    }),
  },
  {
    mutation: "POST /api/v1/indicators",
    cells: PLAN_EDITOR_IN_CLOSED_YEAR,
    call: (t) => ({
      kind: "api",
      method: "POST",
      path: "/api/v1/indicators",
      json: {
        year: PLAN.year,
        code: PLAN.createdApi,
        name: "Chỉ tiêu kiểm thử phân quyền qua API",
        ...cumulative,
        department: t.dept,
      },
    }),
  },
  {
    mutation: "POST /api/v1/departments",
    cells: ADMIN_ONLY,
    call: () => ({
      kind: "api",
      method: "POST",
      path: "/api/v1/departments",
      json: { code: PLAN.newDeptApi, name: "Đơn vị kiểm thử phân quyền (tạo qua API)" },
    }),
  },

  // ── API parity: every page action above, as its route (the same command, the same cells) ──
  ...(
    [
      ["open", { version: STALE }],
      ["close", { version: STALE, confirm: true }],
      ["reopen", { version: STALE, reason: REASON }],
    ] as const
  ).map(([name, json]): MutationRow => ({
    mutation: `POST /api/v1/plans/[year]/${name}`,
    // a stale version, as the actions' rows: no year changes state
    cells: ADMIN_ONLY,
    call: () => api("POST", `/plans/${PLAN.year}/${name}`, json),
  })),
  {
    mutation: "PUT /api/v1/plans/[year]/settings",
    cells: ADMIN_ONLY,
    // a stale version: planners stay out of PLAN.year whatever the order of the rows
    call: () =>
      api("PUT", `/plans/${PLAN.year}/settings`, {
        cutoffDay: 14,
        dueDay: 17,
        plannersMayEdit: false,
        version: STALE,
      }),
  },
  {
    mutation: "PUT /api/v1/plans/[year]/openings",
    cells: ADMIN_ONLY,
    audit: "if-changed",
    call: () =>
      api("PUT", `/plans/${PLAN.year}/openings`, {
        version: STALE,
        openings: { month: "", quarter: "", "6T": "", "9T": "", N: "" },
      }),
  },
  {
    mutation: "PUT /api/v1/preferences/report-period",
    cells: SIGNED_IN,
    ownAccount: true,
    call: () => api("PUT", "/preferences/report-period", NOT_A_PERIOD),
  },
  {
    mutation: "PUT /api/v1/house-style",
    cells: ADMIN_ONLY,
    audit: "if-changed",
    call: () =>
      api("PUT", "/house-style", { pctDecimals: "as_needed", smallFall: "ratio", yearEndName: "date", version: 0 }),
  },
  {
    mutation: "POST /api/v1/sections",
    cells: ADMIN_ONLY,
    // an existing code: an admin is answered 409 and the outline other specs read stays as it is
    call: (t) => api("POST", "/sections", { code: t.section.code, title: t.section.title }),
  },
  {
    mutation: "PUT /api/v1/sections/[id]",
    cells: ADMIN_ONLY,
    call: (t) => {
      const { id, ...section } = t.section;
      return api("PUT", `/sections/${id}`, section);
    },
  },
  {
    mutation: "POST /api/v1/sections/[id]/move",
    cells: ADMIN_ONLY,
    audit: "if-changed",
    call: (t) => api("POST", `/sections/${t.lastSectionId}/move`, { direction: "down" }),
  },
  {
    mutation: "PUT /api/v1/indicators/[code]",
    cells: PLAN_EDITOR_IN_CLOSED_YEAR,
    call: () =>
      api("PUT", `/indicators/${PLAN.updatedApi}`, {
        version: 1,
        name: "Chỉ tiêu kiểm thử phân quyền qua API (đã sửa)",
        ...cumulative,
        precision: 1,
        direction: "up",
      }),
  },
  {
    mutation: "DELETE /api/v1/indicators/[code]",
    cells: ADMIN_ONLY,
    call: () => api("DELETE", `/indicators/${PLAN.deletedApi}`, { version: 1 }),
  },
  {
    mutation: "POST /api/v1/indicators/[code]/retire",
    cells: ADMIN_ONLY,
    call: () => api("POST", `/indicators/${PLAN.retiredApi}/retire`, { fromYear: PLAN.year, version: 1 }),
  },
  {
    mutation: "POST /api/v1/indicators/[code]/reassign",
    cells: ADMIN_ONLY,
    call: () =>
      api("POST", `/indicators/${PLAN.reassignedApi}/reassign`, {
        fromYear: PLAN.year,
        department: PLAN.renamedDeptApi,
      }),
  },
  {
    mutation: "PUT /api/v1/departments/[code]",
    cells: ADMIN_ONLY,
    call: () =>
      api("PUT", `/departments/${PLAN.renamedDeptApi}`, {
        name: "Đơn vị kiểm thử đổi tên qua API",
        shortName: "HZRENAPI",
        version: 1,
      }),
  },
  {
    mutation: "POST /api/v1/departments/[code]/end",
    cells: ADMIN_ONLY,
    // a stale version, as the action's row: nothing ends
    call: () =>
      api("POST", `/departments/${PLAN.renamedDeptApi}/end`, { lastYear: PLAN.year, lastMonth: 6, version: STALE }),
  },
  {
    mutation: "POST /api/v1/departments/[code]/merge",
    cells: ADMIN_ONLY,
    call: () =>
      api("POST", `/departments/${PLAN.mergedDeptApi}/merge`, { into: PLAN.renamedDeptApi, fromYear: PLAN.year }),
  },
  {
    mutation: "POST /api/v1/departments/[code]/successions",
    cells: ADMIN_ONLY,
    call: () =>
      api("POST", `/departments/${PLAN.successorDeptApi}/successions`, {
        predecessors: [PLAN.predecessorDept],
        fromYear: PLAN.year,
      }),
  },
  {
    mutation: "DELETE /api/v1/departments/[code]/successions",
    cells: ADMIN_ONLY,
    // a unit without a declared succession: 404, nothing changes
    call: () => api("DELETE", `/departments/${PLAN.renamedDeptApi}/successions`),
  },
  {
    mutation: "PUT /api/v1/plans/[year]/indicators/[code]/unit-reporting",
    cells: PLAN_EDITOR_IN_CLOSED_YEAR,
    call: () =>
      api("PUT", `/plans/${PLAN.year}/indicators/${PLAN.unitReportedApi}/unit-reporting`, { kind: "commune" }),
  },
  {
    mutation: "DELETE /api/v1/plans/[year]/indicators/[code]/unit-reporting",
    cells: PLAN_EDITOR_IN_CLOSED_YEAR,
    call: () => api("DELETE", `/plans/${PLAN.year}/indicators/${PLAN.unitReportedApi}/unit-reporting`),
  },
  {
    mutation: "POST /api/v1/users",
    cells: ADMIN_ONLY,
    call: (t) =>
      api("POST", "/users", {
        username: PLAN.newUserApi,
        fullName: "Người dùng kiểm thử phân quyền (tạo qua API)",
        role: "officer",
        department: t.dept,
        password: "LangSon@2024",
      }),
  },
  {
    mutation: "PUT /api/v1/users/[id]",
    cells: ADMIN_ONLY,
    call: (t) => api("PUT", `/users/${t.userId}`, { role: "officer", department: t.dept }),
  },
  {
    mutation: "PUT /api/v1/users/[id]/password",
    cells: ADMIN_ONLY,
    call: (t) => api("PUT", `/users/${t.userId}/password`, { password: "LangSon@2024" }),
  },
  {
    mutation: "PUT /api/v1/account/password",
    cells: SIGNED_IN,
    ownAccount: true,
    call: () => api("PUT", "/account/password", WRONG_CURRENT_PASSWORD),
  },
  {
    mutation: "POST /api/v1/account/sessions/end-others",
    cells: SIGNED_IN,
    ownAccount: true,
    call: () => api("POST", "/account/sessions/end-others", { confirm: true }),
  },
  {
    mutation: "PUT /api/v1/users/[id]/active",
    cells: ADMIN_ONLY,
    audit: "if-changed",
    call: (t) => api("PUT", `/users/${t.userId}/active`, { active: true }),
  },
  {
    mutation: "POST /api/v1/users/[id]/unlock",
    cells: ADMIN_ONLY,
    call: (t) => api("POST", `/users/${t.userId}/unlock`, {}),
  },
  {
    mutation: "POST /api/v1/tokens",
    cells: ADMIN_ONLY,
    call: (t) => api("POST", "/tokens", { userId: t.userId, name: REASON }),
  },
  {
    mutation: "DELETE /api/v1/tokens/[id]",
    cells: ADMIN_ONLY,
    // the fixture token (the action's row revokes it first: then 409)
    call: (t) => api("DELETE", `/tokens/${t.tokenId}`),
  },
  {
    mutation: "POST /api/v1/reports/[year]/[period]/draft/versions",
    cells: DRAFT_EDITORS,
    // the year's report N, saved from nothing: the admin's is version 1, the planner's then a conflict (409)
    call: () => api("POST", `/reports/${PLAN.year}/N/draft/versions`, { ...draftBody, blocks: draftBlocks }),
  },
  {
    mutation: "POST /api/v1/reports/[year]/[period]/draft/versions/[id]/final",
    cells: LEADER_ONLY,
    call: (t) => api("POST", `/reports/${PLAN.year}/9T/draft/versions/${t.draftVersionId}/final`),
  },
  {
    mutation: "POST /api/v1/reports/[year]/[period]/draft/regenerate",
    cells: DRAFT_EDITORS,
    call: (t) =>
      api("POST", `/reports/${PLAN.year}/6T/draft/regenerate`, { counting: "approved", section: t.section.code }),
  },
  {
    mutation: "PUT /api/v1/indicators/[code]/template",
    cells: PLANNER_ADMIN,
    call: () => ({
      kind: "api",
      method: "PUT",
      path: `/api/v1/indicators/${PLAN.templatedApi}/template`,
      json: { template: "{name} {est} {value}", version: 0 },
    }),
  },
];

/** Mutations that are deliberately open, with the reason (tested elsewhere). */
export const PUBLIC_MUTATIONS: PublicMutation[] = [
  ...["POST", "PUT", "PATCH", "DELETE"].map((method) => ({
    mutation: `${method} /api/v1/[...path]`,
    reason:
      "any /api/v1 address that names no route: a JSON 404 that reads and changes nothing (lib/api/route.ts unknownApiAddress)",
  })),
  {
    mutation: "POST /api/auth/[...nextauth]",
    reason:
      "sign-in and sign-out (next-auth, its own CSRF token); throttled and audited, e2e/auth.spec.ts and e2e/hardening-security.spec.ts",
  },
];
