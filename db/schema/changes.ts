import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * The change journal: database triggers (migrations 0003, 0007) append a row for every change
 * to values, submissions, the plan catalogue and narratives, whatever wrote it (app, import,
 * CLI). Read models (db/read-cache.ts, incrementalRead) catch up from it instead of reading everything
 * again; its head versions the report answers (lib/api/etag.ts). A trigger prunes it to its
 * last 50 000 rows.
 */
export const dataChanges = sqliteTable(
  "data_changes",
  {
    seq: integer("seq").primaryKey({ autoIncrement: true }),
    /** "values" (indicator_id, year), "submissions" (year), "narratives" (year) or "catalogue" */
    scope: text("scope", { enum: ["values", "submissions", "catalogue", "narratives"] }).notNull(),
    indicatorId: integer("indicator_id"),
    year: integer("year"),
  },
  (t) => [index("data_changes_scope_seq_idx").on(t.scope, t.seq)],
);
