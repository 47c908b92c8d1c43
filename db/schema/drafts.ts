import { sql } from "drizzle-orm";
import { integer, sqliteTable, text, uniqueIndex, index, type AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import type { DraftDocument, FigureSnapshot } from "./draft-content";
import { users } from "./organisation";
import { COUNTING_MODES } from "./vocabulary";

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

/**
 * A saved version of the draft báo cáo of a year and period. Versions are immutable: saving
 * creates the next number on top of the version it was edited from (`based_on`). A leader may
 * mark a version final (chốt); its figures are then frozen in `final_snapshot`.
 */
export const draftVersions = sqliteTable(
  "draft_versions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    year: integer("year").notNull(),
    period: text("period").notNull(),
    counting: text("counting", { enum: COUNTING_MODES }).notNull(),
    number: integer("number").notNull(),
    content: text("content", { mode: "json" }).$type<DraftDocument>().notNull(),
    basedOn: integer("based_on").references((): AnySQLiteColumn => draftVersions.id),
    note: text("note"),
    createdBy: integer("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: text("created_at").notNull().default(now),
    final: integer("final", { mode: "boolean" }).notNull().default(false),
    finalizedBy: integer("finalized_by").references(() => users.id),
    finalizedAt: text("finalized_at"),
    finalSnapshot: text("final_snapshot", { mode: "json" }).$type<FigureSnapshot>(),
  },
  (t) => [
    uniqueIndex("draft_versions_period_number_idx").on(t.year, t.period, t.number),
    index("draft_versions_year_idx").on(t.year),
  ],
);

/**
 * The province's house style for the generated báo cáo (lib/draft/house-style.ts): one row
 * (id 1), absent until an admin first saves it (the defaults are Lạng Sơn's).
 */
export const houseStyle = sqliteTable("house_style", {
  id: integer("id").primaryKey(),
  pctDecimals: text("pct_decimals", { enum: ["as_needed", "fixed2"] }).notNull(),
  smallFall: text("small_fall", { enum: ["ratio", "change"] }).notNull(),
  yearEndName: text("year_end_name", { enum: ["date", "year_end"] }).notNull(),
  version: integer("version").notNull(),
  updatedBy: integer("updated_by").references(() => users.id),
  updatedAt: text("updated_at").notNull().default(now),
});

/**
 * A leader's comment (góp ý) on a saved version of the draft, on the whole báo cáo or on one
 * of its headings (`block_id`, with the heading's text as it read). A planner marks it done;
 * an open comment stays shown on the later versions of the same period.
 */
export const draftComments = sqliteTable(
  "draft_comments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    versionId: integer("version_id")
      .notNull()
      .references(() => draftVersions.id),
    blockId: text("block_id"),
    quote: text("quote"),
    text: text("text").notNull(),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id),
    createdAt: text("created_at").notNull().default(now),
    resolvedBy: integer("resolved_by").references(() => users.id),
    resolvedAt: text("resolved_at"),
  },
  (t) => [index("draft_comments_version_idx").on(t.versionId)],
);
