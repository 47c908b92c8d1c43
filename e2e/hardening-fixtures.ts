import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import bcrypt from "bcryptjs";
import Database from "better-sqlite3";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Role, UnitKind } from "../db/schema/vocabulary";
import type { Call } from "../tests/authz/matrix";
import { DEMO_PASSWORD } from "./fixtures";

const ROOT = path.resolve(__dirname, "..");

/** The e2e server's database, for setting up isolated test departments and checking what was stored. */
export function e2eDatabase(file = path.join(process.env.E2E_DB_DIR!, "e2e.db")): Database.Database {
  const db = new Database(file);
  db.pragma("busy_timeout = 5000");
  return db;
}

/** A unit's month's workflow state as stored (undefined: never started). */
export function submissionState(code: string, year: number, month: number): string | undefined {
  const db = e2eDatabase();
  try {
    const row = db
      .prepare(
        "select s.state from submissions s join departments d on d.id = s.department_id where d.code = ? and s.year = ? and s.month = ?",
      )
      .get(code, year, month) as { state: string } | undefined;
    return row?.state;
  } finally {
    db.close();
  }
}

/**
 * A department (or a unit of another kind) of its own for a spec (so specs running side by side never share data): one
 * indicator assigned in `year`, an officer `<code>.canbo` and a head `<code>.lanhdao`
 * (password DEMO_PASSWORD). Idempotent.
 */
export function ensureTestDepartment(
  code: string,
  options: { year?: number; file?: string; indicators?: number; kind?: UnitKind; validFrom?: number } = {},
): { departmentId: number; indicator: string; indicators: string[] } {
  const { year = 2024, indicators: count = 1, kind = "department", validFrom = 2020 } = options;
  const db = e2eDatabase(options.file);
  try {
    return db
      .transaction(() => {
        const existing = db.prepare("select id from departments where code = ?").get(code) as
          { id: number } | undefined;
        const codes = Array.from({ length: count }, (_, i) => `${code}.ct${i + 1}`);
        const indicator = codes[0];
        if (existing) return { departmentId: existing.id, indicator, indicators: codes };
        const departmentId = Number(
          db
            .prepare("insert into departments (code, name, short_name, kind, valid_from) values (?, ?, ?, ?, ?)")
            .run(code, `Đơn vị kiểm thử ${code}`, code.toUpperCase(), kind, validFrom).lastInsertRowid,
        );
        for (const [i, indicatorCode] of codes.entries()) {
          const indicatorId = Number(
            db
              .prepare(
                "insert into indicators (code, name, unit, kind, search_name, precision) values (?, ?, 'tỷ đồng', 'cumulative', ?, 1)",
              )
              .run(indicatorCode, `Chỉ tiêu kiểm thử ${code} ${i + 1}`, `chi tieu kiem thu ${code} ${i + 1}`)
              .lastInsertRowid,
          );
          db.prepare("insert into indicator_assignments (indicator_id, year, department_id) values (?, ?, ?)").run(
            indicatorId,
            year,
            departmentId,
          );
        }
        const hash = bcrypt.hashSync(DEMO_PASSWORD, 10);
        const insertUser = db.prepare(
          "insert into users (username, full_name, role, department_id, password_hash) values (?, ?, ?, ?, ?)",
        );
        insertUser.run(`${code}.canbo`, `Cán bộ ${code}`, "officer", departmentId, hash);
        insertUser.run(`${code}.lanhdao`, `Lãnh đạo ${code}`, "dept_head", departmentId, hash);
        return { departmentId, indicator, indicators: codes };
      })
      .immediate(); // take the write lock first: a deferred upgrade fails at once when another spec wrote meanwhile
  } finally {
    db.close();
  }
}

/** A user of its own for a spec (password DEMO_PASSWORD), in `department` for department roles. Idempotent; returns the id. */
export function ensureUser(username: string, role: Role, department: string | null = null): number {
  const db = e2eDatabase();
  try {
    const existing = db.prepare("select id from users where username = ?").get(username) as { id: number } | undefined;
    if (existing) return existing.id;
    const departmentId = department
      ? (db.prepare("select id from departments where code = ?").get(department) as { id: number }).id
      : null;
    return Number(
      db
        .prepare("insert into users (username, full_name, role, department_id, password_hash) values (?, ?, ?, ?, ?)")
        .run(username, `Kiểm thử ${username}`, role, departmentId, bcrypt.hashSync(DEMO_PASSWORD, 4)).lastInsertRowid,
    );
  } finally {
    db.close();
  }
}

/** A request context signed in as `username` through next-auth's credentials endpoint (null: anonymous). */
export async function apiSession(
  baseURL: string,
  username: string | null,
  password = DEMO_PASSWORD,
): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
  if (!username) return context;
  const { csrfToken } = await (await context.get("/api/auth/csrf")).json();
  const response = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, username, password, json: "true" },
  });
  if (!response.ok()) throw new Error(`login ${username}: ${response.status()}`);
  const cookies = await context.storageState();
  if (!cookies.cookies.some((c) => c.name.endsWith("next-auth.session-token")))
    throw new Error(`login ${username}: no session cookie`);
  return context;
}

interface ManifestEntry {
  filename: string;
  exportedName: string;
  workers: Record<string, unknown>;
}

/** The build's server action ids by "file#export", and a page that serves each. */
export function serverActionIds(): Map<string, { id: string; page: string }> {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(ROOT, ".next/server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, ManifestEntry> };
  return new Map(
    Object.entries(manifest.node).map(([id, entry]) => [
      `${entry.filename}#${entry.exportedName}`,
      { id, page: Object.keys(entry.workers)[0] },
    ]),
  );
}

/** "/entry/hza/2024/3" from the worker "app/(app)/entry/[dept]/[year]/[month]/page" and the call's values. */
function pagePath(worker: string, params: Record<string, string>): string {
  const segments = worker
    .replace(/^app\//, "")
    .replace(/\/page$/, "")
    .split("/")
    .filter((s) => !/^\(.*\)$/.test(s));
  return "/" + segments.map((s) => (s.startsWith("[") ? (params[s.slice(1, -1)] ?? "x") : s)).join("/");
}

/**
 * One FormData argument as React's encodeReply sends it: fields "_1_<name>" of form 1, then the
 * argument list "0" referring to it ($K1), last (the server resolves the reference when "0" arrives).
 */
function encodeFormArgument(
  fields: Record<string, string | { name: string; mimeType: string; buffer: Buffer }>,
): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value === "string") form.append(`_1_${name}`, value);
    else form.append(`_1_${name}`, new Blob([new Uint8Array(value.buffer)], { type: value.mimeType }), value.name);
  }
  form.append("0", JSON.stringify(["$K1"]));
  return form;
}

export interface CallAnswer {
  /** the HTTP status, or for a server action the status of its result (200 when ok) */
  status: number;
  body: string;
}

/** Makes a call of the authorization table through HTTP: an API request, or a server action posted the way the browser does. */
export async function makeCall(
  context: APIRequestContext,
  call: Call,
  params: Record<string, string> = {},
  headers: Record<string, string> = {},
): Promise<CallAnswer> {
  if (call.kind === "api") {
    const response = await context.fetch(call.path, {
      method: call.method,
      headers: call.raw ? { ...headers, "content-type": call.raw.contentType } : headers,
      data: call.raw ? call.raw.body : (call.json ?? {}),
    });
    return { status: response.status(), body: await response.text() };
  }
  const action = serverActionIds().get(`${call.file}#${call.exportName}`);
  if (!action) throw new Error(`no server action ${call.file}#${call.exportName} in the build`);
  const url = pagePath(action.page, params);
  const response = call.form
    ? await context.post(url, {
        headers: { "next-action": action.id, accept: "text/x-component", ...headers },
        multipart: encodeFormArgument(call.form),
      })
    : await context.post(url, {
        headers: {
          "next-action": action.id,
          "content-type": "text/plain;charset=UTF-8",
          accept: "text/x-component",
          ...headers,
        },
        data: JSON.stringify(call.args),
      });
  const body = await response.text();
  if (response.status() !== 200) return { status: response.status(), body };
  // the RSC answer: one line per chunk, the action's return value is a JSON object with "ok"
  for (const line of body.split("\n")) {
    const json = line.slice(line.indexOf(":") + 1);
    if (!json.startsWith("{")) continue;
    try {
      const value = JSON.parse(json) as { ok?: boolean; status?: number };
      if (typeof value.ok === "boolean") return { status: value.ok ? 200 : (value.status ?? 500), body: json };
    } catch {
      // not this line
    }
  }
  return { status: 500, body };
}

/** An API token for `username` in the database at `file` (stored hashed, as the CLI does). */
export function createToken(file: string, username: string): string {
  const token = "ct_" + crypto.randomBytes(32).toString("base64url");
  const db = e2eDatabase(file);
  try {
    db.prepare(
      "insert into api_tokens (user_id, name, token_hash) select id, 'e2e', ? from users where username = ?",
    ).run(crypto.createHash("sha256").update(token).digest("hex"), username);
  } finally {
    db.close();
  }
  return token;
}
