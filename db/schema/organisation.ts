import { sql } from "drizzle-orm";
import { integer, primaryKey, sqliteTable, text, index } from "drizzle-orm/sqlite-core";
import { ALL_PERIODS, ROLES, UNIT_KINDS } from "./vocabulary";

/**
 * A reporting unit: a department (sở, ngành) or a local government (huyện; xã, phường), by
 * `kind`, valid for plan years validFrom..validTo; reorganisations never rewrite past years.
 */
export const departments = sqliteTable("departments", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  code: text("code").notNull().unique(),
  name: text("name").notNull(),
  shortName: text("short_name").notNull(),
  kind: text("kind", { enum: UNIT_KINDS }).notNull().default("department"),
  validFrom: integer("valid_from").notNull(),
  validTo: integer("valid_to"),
  /** the first month it reports in its first year (communes and wards: July 2025) */
  validFromMonth: integer("valid_from_month").notNull().default(1),
  /** the last month it reports in its last year (districts: June 2025) */
  validToMonth: integer("valid_to_month").notNull().default(12),
  mergedIntoId: integer("merged_into_id"),
  version: integer("version").notNull().default(1),
});

/**
 * A unit carries on the work of one or several units of earlier years from `fromYear` (a
 * merger: several predecessors; a split or a commune formed from parts of former ones: one
 * predecessor with several successors). Comparisons with last year at unit level sum the
 * predecessors' figures; nothing of past years is rewritten.
 */
export const departmentSuccessions = sqliteTable(
  "department_successions",
  {
    successorId: integer("successor_id")
      .notNull()
      .references(() => departments.id),
    predecessorId: integer("predecessor_id")
      .notNull()
      .references(() => departments.id),
    fromYear: integer("from_year").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.successorId, t.predecessorId] }),
    index("successions_predecessor_idx").on(t.predecessorId),
  ],
);

export const users = sqliteTable(
  "users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    username: text("username").notNull().unique(),
    fullName: text("full_name").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    departmentId: integer("department_id").references(() => departments.id),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    passwordHash: text("password_hash").notNull(),
    /** where e-mail reminders go (lib/reminders); none: the user gets none */
    email: text("email"),
    /** every session carries the version it began with; bumping it ends them all (lib/auth/session-version.ts) */
    sessionVersion: integer("session_version").notNull().default(0),
    createdAt: text("created_at")
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [index("users_department_idx").on(t.departmentId)],
);

/** What a user chose and the pages remember for them (lib/preferences): the report period last picked. */
export const userPreferences = sqliteTable("user_preferences", {
  userId: integer("user_id")
    .primaryKey()
    .references(() => users.id),
  /** the period the report pages open on for this user; none: the latest period with submitted data */
  reportPeriod: text("report_period", { enum: ALL_PERIODS }),
  updatedAt: text("updated_at")
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
});

/** API tokens: only the SHA-256 of the token is stored; the token is shown once. */
export const apiTokens = sqliteTable("api_tokens", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  userId: integer("user_id")
    .notNull()
    .references(() => users.id),
  name: text("name").notNull(),
  tokenHash: text("token_hash").notNull().unique(),
  createdAt: text("created_at")
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  lastUsedAt: text("last_used_at"),
  revokedAt: text("revoked_at"),
});

/** Failed-login counters per key ("user:<name>" or "ip:<addr>") for throttling. */
export const loginThrottle = sqliteTable("login_throttle", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  windowStart: integer("window_start").notNull(),
  lockedUntil: integer("locked_until"),
});

export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: text("at")
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    userId: integer("user_id").references(() => users.id),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    before: text("before", { mode: "json" }),
    after: text("after", { mode: "json" }),
    reason: text("reason"),
  },
  (t) => [index("audit_entity_idx").on(t.entity, t.entityId)],
);
