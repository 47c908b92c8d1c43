import { ACTORS, PLAN, type Actor } from "./matrix";

/**
 * THE READ TABLE of a plan year in preparation (issue 15, defect 6): every read that names a
 * year in its path × every actor. "sees": the year's data (200); "hidden": the answer must be
 * exactly the one for a year without any plan (status, where it lands, the message with the
 * year swapped), so that nothing tells the year exists. `e2e/hardening-authz.spec.ts` asks
 * each cell about PLAN.year of tests/authz/matrix.ts (in preparation, planners may not edit
 * it) and about NO_PLAN_YEAR. `tests/unit/authz-inventory.test.ts` fails when a GET route of
 * the API taking a year is missing here.
 *
 * The rule itself is lib/auth/permissions.ts canSeePlanYear: admins, and planners only where an
 * admin allowed them to edit the year; pages with a ?year= fall back to the default year
 * (e2e/plan-year-visibility.spec.ts checks their year choosers).
 */
export type ReadExpectation = "sees" | "hidden";

export interface ReadRow {
  /** "GET <route path as in app/>" for the API, "page <route>" for a page */
  read: string;
  /** `draftVersionId`: the saved draft version of the authz fixtures (PLAN.year, 9T) */
  path: (t: { dept: string; year: number; draftVersionId: number }) => string;
  cells: Record<Actor, ReadExpectation>;
}

/** a year no spec creates: what "does not exist" looks like */
export const NO_PLAN_YEAR = 2097;

const ADMIN_SEES = Object.fromEntries(ACTORS.map((a) => [a, a === "admin" ? "sees" : "hidden"])) as Record<
  Actor,
  ReadExpectation
>;

const SUBMISSION = "/api/v1/submissions/[dept]/[year]/[month]";
const month = (t: { dept: string; year: number }, rest = "") => `/api/v1/submissions/${t.dept}/${t.year}/1${rest}`;

export const PREPARED_YEAR_READS: ReadRow[] = [
  { read: "GET /api/v1/indicators", path: (t) => `/api/v1/indicators?year=${t.year}`, cells: ADMIN_SEES },
  { read: "GET /api/v1/reports/[year]/[period]", path: (t) => `/api/v1/reports/${t.year}/N`, cells: ADMIN_SEES },
  {
    read: "GET /api/v1/reports/[year]/[period]/draft",
    path: (t) => `/api/v1/reports/${t.year}/6T/draft`,
    cells: ADMIN_SEES,
  },
  {
    read: "GET /api/v1/reports/[year]/[period]/export",
    path: (t) => `/api/v1/reports/${t.year}/6T/export?format=xlsx`,
    cells: ADMIN_SEES,
  },
  {
    read: "GET /api/v1/reports/[year]/[period]/units",
    path: (t) => `/api/v1/reports/${t.year}/9T/units`,
    cells: ADMIN_SEES,
  },
  {
    read: "GET /api/v1/reports/[year]/[period]/dashboard/export",
    path: (t) => `/api/v1/reports/${t.year}/9T/dashboard/export?status=at_risk`,
    cells: ADMIN_SEES,
  },
  {
    read: "GET /api/v1/reports/[year]/[period]/draft/versions",
    path: (t) => `/api/v1/reports/${t.year}/9T/draft/versions`,
    cells: ADMIN_SEES,
  },
  {
    // the fixtures' version: the year is refused before the version is looked for
    read: "GET /api/v1/reports/[year]/[period]/draft/versions/[id]",
    path: (t) => `/api/v1/reports/${t.year}/9T/draft/versions/${t.draftVersionId}`,
    cells: ADMIN_SEES,
  },
  {
    // an indicator of the fixtures' year in preparation
    read: "GET /api/v1/reports/[year]/[period]/figures/[code]",
    path: (t) => `/api/v1/reports/${t.year}/6T/figures/${PLAN.updated}`,
    cells: ADMIN_SEES,
  },
  // the admin's own read (403 for everyone else, whether the year exists or not)
  { read: "GET /api/v1/plans/[year]/openings", path: (t) => `/api/v1/plans/${t.year}/openings`, cells: ADMIN_SEES },
  { read: `GET ${SUBMISSION}`, path: (t) => month(t), cells: ADMIN_SEES },
  { read: `GET ${SUBMISSION}/template`, path: (t) => month(t, "/template"), cells: ADMIN_SEES },
  { read: `GET ${SUBMISSION}/narrative`, path: (t) => month(t, "/narrative"), cells: ADMIN_SEES },
  { read: `GET ${SUBMISSION}/results`, path: (t) => month(t, "/results"), cells: ADMIN_SEES },
  { read: "page /entry/[dept]/[year]/[month]", path: (t) => `/entry/${t.dept}/${t.year}/1`, cells: ADMIN_SEES },
  { read: "page /draft/[year]/[period]", path: (t) => `/draft/${t.year}/6T`, cells: ADMIN_SEES },
];
