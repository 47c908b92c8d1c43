import { sql } from "drizzle-orm";
import { integer, sqliteTable, text, uniqueIndex, index } from "drizzle-orm/sqlite-core";
import { departments, users } from "./organisation";
import { indicators } from "./plan";
import { SUBMISSION_STATES, VALUE_STATUSES } from "./vocabulary";

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

/**
 * The current figure of an indicator for a year and period (a month T01..T12 or a whole
 * period Q1..Q4/6T/9T/N/UN). `value` is scaled (× 10 000). `month` and `departmentId` name
 * the submission it belongs to. Every version is kept in value_revisions.
 */
export const indicatorValues = sqliteTable(
  "indicator_values",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    indicatorId: integer("indicator_id")
      .notNull()
      .references(() => indicators.id),
    year: integer("year").notNull(),
    period: text("period").notNull(),
    month: integer("month").notNull(),
    departmentId: integer("department_id")
      .notNull()
      .references(() => departments.id),
    value: integer("value").notNull(),
    status: text("status", { enum: VALUE_STATUSES }).notNull(),
    note: text("note"),
    derived: integer("derived", { mode: "boolean" }).notNull().default(false),
    version: integer("version").notNull().default(1),
    updatedBy: integer("updated_by").references(() => users.id),
    updatedAt: text("updated_at").notNull().default(now),
  },
  (t) => [
    uniqueIndex("values_indicator_year_period_idx").on(t.indicatorId, t.year, t.period),
    index("values_submission_idx").on(t.departmentId, t.year, t.month),
    index("values_year_idx").on(t.year),
  ],
);

export const valueRevisions = sqliteTable(
  "value_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    valueId: integer("value_id")
      .notNull()
      .references(() => indicatorValues.id),
    version: integer("version").notNull(),
    value: integer("value").notNull(),
    status: text("status", { enum: VALUE_STATUSES }).notNull(),
    note: text("note"),
    reason: text("reason"),
    changedBy: integer("changed_by").references(() => users.id),
    changedAt: text("changed_at").notNull().default(now),
  },
  (t) => [index("revisions_value_idx").on(t.valueId)],
);

/** One department's report for one month, and where it is in the workflow. */
export const submissions = sqliteTable(
  "submissions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    departmentId: integer("department_id")
      .notNull()
      .references(() => departments.id),
    year: integer("year").notNull(),
    month: integer("month").notNull(),
    state: text("state", { enum: SUBMISSION_STATES }).notNull().default("draft"),
    submittedBy: integer("submitted_by").references(() => users.id),
    submittedAt: text("submitted_at"),
    reviewedBy: integer("reviewed_by").references(() => users.id),
    reviewedAt: text("reviewed_at"),
    returnReason: text("return_reason"),
    /** indicator codes the planner flagged when returning */
    returnFields: text("return_fields", { mode: "json" }).$type<string[]>(),
    /** an officer said the month is entered (ready for the head to send); cleared when it is sent */
    readyAt: text("ready_at"),
    readyBy: integer("ready_by").references(() => users.id),
    version: integer("version").notNull().default(1),
  },
  (t) => [uniqueIndex("submissions_dept_year_month_idx").on(t.departmentId, t.year, t.month)],
);

export const narratives = sqliteTable(
  "narratives",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    departmentId: integer("department_id")
      .notNull()
      .references(() => departments.id),
    year: integer("year").notNull(),
    month: integer("month").notNull(),
    highlights: text("highlights").notNull().default(""),
    difficulties: text("difficulties").notNull().default(""),
    tasks: text("tasks").notNull().default(""),
    version: integer("version").notNull().default(1),
    updatedBy: integer("updated_by").references(() => users.id),
    updatedAt: text("updated_at").notNull().default(now),
  },
  (t) => [uniqueIndex("narratives_dept_year_month_idx").on(t.departmentId, t.year, t.month)],
);

/** A figure of a result item: the number (scaled × 10 000, as values) and its unit ("cụm công nghiệp"). */
export interface ResultFigure {
  value: number;
  unit: string;
}

/**
 * A dated result (kết quả, sự kiện) a department reports in its month: text with its figures
 * ({1}, {2} … in the text), the report section it belongs to, and its date inside the month.
 * Part of the month's submission: the same scope and lock rules as values.
 */
export const resultItems = sqliteTable(
  "result_items",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    departmentId: integer("department_id")
      .notNull()
      .references(() => departments.id),
    year: integer("year").notNull(),
    month: integer("month").notNull(),
    /** YYYY-MM-DD, inside the month */
    date: text("date").notNull(),
    sectionCode: text("section_code").notNull(),
    text: text("text").notNull(),
    figures: text("figures", { mode: "json" }).$type<ResultFigure[]>().notNull(),
    version: integer("version").notNull().default(1),
    updatedBy: integer("updated_by").references(() => users.id),
    updatedAt: text("updated_at").notNull().default(now),
  },
  (t) => [
    index("result_items_submission_idx").on(t.departmentId, t.year, t.month),
    index("result_items_date_idx").on(t.date),
  ],
);
