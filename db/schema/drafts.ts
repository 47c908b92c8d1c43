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
    createdBy: integer("created_by").notNull().references(() => users.id),
    createdAt: text("created_at").notNull().default(now),
    final: integer("final", { mode: "boolean" }).notNull().default(false),
    finalizedBy: integer("finalized_by").references(() => users.id),
    finalizedAt: text("finalized_at"),
    finalSnapshot: text("final_snapshot", { mode: "json" }).$type<FigureSnapshot>(),
  },
  (t) => [uniqueIndex("draft_versions_period_number_idx").on(t.year, t.period, t.number), index("draft_versions_year_idx").on(t.year)],
);
