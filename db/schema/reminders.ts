import { sql } from "drizzle-orm";
import { integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { departments, users } from "./organisation";

/**
 * E-mail reminders sent (lib/reminders): one row per recipient, department month and day,
 * written after the mail was accepted by the SMTP server. The unique key is what keeps a
 * second run on the same day from mailing anyone twice.
 */
export const remindersSent = sqliteTable(
  "reminders_sent",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    departmentId: integer("department_id")
      .notNull()
      .references(() => departments.id),
    year: integer("year").notNull(),
    month: integer("month").notNull(),
    /** the day of the run, YYYY-MM-DD (Asia/Ho_Chi_Minh) */
    day: text("day").notNull(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    email: text("email").notNull(),
    sentAt: text("sent_at")
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [uniqueIndex("reminders_sent_once_idx").on(t.departmentId, t.year, t.month, t.day, t.userId)],
);
