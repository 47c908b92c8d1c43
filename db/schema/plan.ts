import { integer, primaryKey, real, sqliteTable, text, uniqueIndex, index } from "drizzle-orm/sqlite-core";
import { departments } from "./organisation";
import {
  CHANGE_STYLES,
  DIRECTIONS,
  INDICATOR_KINDS,
  LOCAL_UNIT_KINDS,
  PLAN_YEAR_DEFAULTS,
  PLAN_YEAR_STATUSES,
  TARGET_SOURCES,
} from "./vocabulary";

export const planYears = sqliteTable("plan_years", {
  year: integer("year").primaryKey(),
  /** draft: being prepared (admin area only); open: departments report; closed: every value locked */
  status: text("status", { enum: PLAN_YEAR_STATUSES }).notNull().default("open"),
  /** data cut-off day of the month (docs/domain.md §4) */
  cutoffDay: integer("cutoff_day").notNull().default(PLAN_YEAR_DEFAULTS.cutoffDay),
  /** submission due day */
  dueDay: integer("due_day").notNull().default(PLAN_YEAR_DEFAULTS.dueDay),
  /** pace: below this share of the expected pace an indicator is "nguy cơ không đạt" */
  atRiskRatio: real("at_risk_ratio").notNull().default(PLAN_YEAR_DEFAULTS.atRiskRatio),
  /** plausibility: a month more than this factor away from last month or last year needs a note */
  jumpFactor: real("jump_factor").notNull().default(PLAN_YEAR_DEFAULTS.jumpFactor),
  /** admin setting: planners may edit this year's targets and indicators */
  plannersMayEdit: integer("planners_may_edit", { mode: "boolean" }).notNull().default(false),
  version: integer("version").notNull().default(1),
});

/** Report kinds that have an opening paragraph of their own (lib/draft/opening.ts REPORT_KINDS). */
export const REPORT_KINDS = ["month", "quarter", "6T", "9T", "N"] as const;

/**
 * The opening paragraph of a plan year's reports, per report kind ("Thực hiện …, UBND tỉnh báo
 * cáo … như sau:"), a template with {year}, {period}, {next}. No row: the default of the kind.
 */
export const reportOpenings = sqliteTable(
  "report_openings",
  {
    year: integer("year")
      .notNull()
      .references(() => planYears.year),
    kind: text("kind", { enum: REPORT_KINDS }).notNull(),
    text: text("text").notNull(),
  },
  (t) => [primaryKey({ columns: [t.year, t.kind] })],
);

export const reportSections = sqliteTable("report_sections", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  code: text("code").notNull().unique(),
  title: text("title").notNull(),
  parentId: integer("parent_id"),
  sortOrder: integer("sort_order").notNull(),
  narrativeOnly: integer("narrative_only", { mode: "boolean" }).notNull().default(false),
});

/** An indicator's code is unique across years: the same code in another year is the same indicator. */
export const indicators = sqliteTable(
  "indicators",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    code: text("code").notNull().unique(),
    name: text("name").notNull(),
    sentenceName: text("sentence_name"),
    unit: text("unit").notNull(),
    kind: text("kind", { enum: INDICATOR_KINDS }).notNull(),
    parentId: integer("parent_id"),
    /**
     * One reporting unit's share of a province indicator reported by every unit of a kind
     * (lib/units): its own code ("<province code>@<unit code>"), targets and values, assigned
     * to its unit; the province figure sums the shares.
     */
    shareOfId: integer("share_of_id"),
    sectionId: integer("section_id").references(() => reportSections.id),
    sortOrder: integer("sort_order").notNull().default(0),
    precision: integer("precision").notNull().default(0),
    pctPrecision: integer("pct_precision").notNull().default(1),
    changePrecision: integer("change_precision").notNull().default(1),
    changeStyle: text("change_style", { enum: CHANGE_STYLES }).notNull().default("change"),
    direction: text("direction", { enum: DIRECTIONS }).notNull().default("up"),
    sentenceTemplate: text("sentence_template"),
    /** bumped by every save of the sentence template: a planner saving over a newer one gets a conflict */
    sentenceTemplateVersion: integer("sentence_template_version").notNull().default(0),
    /** diacritics-free lowercase name for search ("kim ngach") */
    searchName: text("search_name").notNull(),
    retiredAt: text("retired_at"),
    /** first plan year without this indicator; copying a year never brings it back */
    retiredFromYear: integer("retired_from_year"),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("indicators_parent_idx").on(t.parentId), index("indicators_share_of_idx").on(t.shareOfId)],
);

/** A province indicator reported by every unit of a local kind in a plan year (its shares are its per-unit indicators). */
export const unitReporting = sqliteTable(
  "unit_reporting",
  {
    indicatorId: integer("indicator_id")
      .notNull()
      .references(() => indicators.id),
    year: integer("year")
      .notNull()
      .references(() => planYears.year),
    unitKind: text("unit_kind", { enum: LOCAL_UNIT_KINDS }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.indicatorId, t.year, t.unitKind] })],
);

/** Which department is responsible for an indicator in a plan year; an indicator is in a year's plan when it has one. */
export const indicatorAssignments = sqliteTable(
  "indicator_assignments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    indicatorId: integer("indicator_id")
      .notNull()
      .references(() => indicators.id),
    year: integer("year")
      .notNull()
      .references(() => planYears.year),
    departmentId: integer("department_id")
      .notNull()
      .references(() => departments.id),
  },
  (t) => [
    uniqueIndex("assignment_indicator_year_idx").on(t.indicatorId, t.year),
    index("assignment_dept_year_idx").on(t.departmentId, t.year),
  ],
);

/** Targets are scaled integers (value × 10 000): a value, a range (min+max) or a bound (min or max). */
export const targets = sqliteTable(
  "targets",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    indicatorId: integer("indicator_id")
      .notNull()
      .references(() => indicators.id),
    year: integer("year")
      .notNull()
      .references(() => planYears.year),
    source: text("source", { enum: TARGET_SOURCES }).notNull(),
    value: integer("value"),
    min: integer("min"),
    max: integer("max"),
    derived: integer("derived", { mode: "boolean" }).notNull().default(false),
    note: text("note"),
    version: integer("version").notNull().default(1),
  },
  (t) => [uniqueIndex("targets_indicator_year_source_idx").on(t.indicatorId, t.year, t.source)],
);
