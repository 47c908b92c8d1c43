import { expect, test, type APIRequestContext } from "@playwright/test";
import bcrypt from "bcryptjs";
import crypto from "node:crypto";
import { ACTORS, LOCAL_UNITS, MUTATIONS, PLAN, unitScoped, type Actor, type Target } from "../tests/authz/matrix";
import { NO_PLAN_YEAR, PREPARED_YEAR_READS } from "../tests/authz/reads";
import { DEMO_PASSWORD } from "./fixtures";
import { apiSession, e2eDatabase, ensureTestDepartment, ensureUser, makeCall } from "./hardening-fixtures";

/**
 * The authorization table (tests/authz/matrix.ts) asserted cell by cell through HTTP:
 * API routes as clients call them, server actions posted as the browser posts them.
 * Department "hzown" is the target; "hzother" supplies the other department's staff.
 */
const OWN = "hzown";
const OTHER = "hzother";
// users of this spec only, so that "nothing changed" can be read from the audit log
const USERNAMES: Record<Actor, string | null> = {
  anonymous: null,
  admin: "hzauthz.admin",
  planner: "hzauthz.planner",
  leader: "hzauthz.leader",
  "officer:own": `${OWN}.canbo`,
  "officer:other": `${OTHER}.canbo`,
  "dept_head:own": `${OWN}.lanhdao`,
  "dept_head:other": `${OTHER}.lanhdao`,
};

/** The same table with a commune as the target and a second commune's staff as "other" (tests/authz/matrix.ts LOCAL_UNITS). */
const LOCAL_USERNAMES: Record<Actor, string | null> = {
  ...USERNAMES,
  "officer:own": `${LOCAL_UNITS.own}.canbo`,
  "officer:other": `${LOCAL_UNITS.other}.canbo`,
  "dept_head:own": `${LOCAL_UNITS.own}.lanhdao`,
  "dept_head:other": `${LOCAL_UNITS.other}.lanhdao`,
};

const sessions = new Map<Actor, APIRequestContext>();
const localSessions = new Map<Actor, APIRequestContext>();
let target: Target;
let localTarget: Target;

/**
 * What a refused call must leave alone: the target department's data and user, and the
 * audit log of the actor (every change writes its audit entry in its own transaction, so a
 * refused call of any mutation, present or future, leaves no entry but sign-ins).
 */
function unitSnapshot(actor?: Actor, local = false): string {
  const db = e2eDatabase();
  try {
    const code = local ? LOCAL_UNITS.own : OWN;
    const dept = (db.prepare("select id from departments where code = ?").get(code) as { id: number }).id;
    const username = actor ? (local ? LOCAL_USERNAMES : USERNAMES)[actor] : null;
    return JSON.stringify([
      db.prepare("select * from indicator_values where department_id = ? order by id").all(dept),
      db.prepare("select * from submissions where department_id = ? order by id").all(dept),
      db.prepare("select * from narratives where department_id = ? order by id").all(dept),
      db.prepare("select * from result_items where department_id = ? order by id").all(dept),
      db.prepare("select active, session_version from users where id = ?").get((local ? localTarget : target).userId),
      username
        ? db
            .prepare(
              "select a.id from audit_log a join users u on u.id = a.user_id where u.username = ? and a.action not in ('login', 'login_failed')",
            )
            .all(username)
        : null,
      // the target user's failed sign-ins (lib/auth/throttle.ts pair keys), which only an admin may forget
      db
        .prepare(
          "select t.key, t.failures from login_throttle t join users u on u.id = ? where t.key like 'pair:%|' || u.username order by t.key",
        )
        .all((local ? localTarget : target).userId),
    ]);
  } finally {
    db.close();
  }
}

const snapshot = (actor?: Actor) => unitSnapshot(actor);

test.describe.configure({ mode: "serial" });

/** The page a server action is posted to (any page that serves it: the entry month, a draft, a template, an indicator). */
const PAGE_PARAMS = () => ({
  dept: target.dept,
  year: String(target.year),
  month: String(target.month),
  period: "6T",
  code: target.indicator,
});

test.beforeAll(async ({ baseURL }) => {
  const { indicator } = ensureTestDepartment(OWN);
  ensureTestDepartment(OTHER);
  ensureUser(USERNAMES.admin!, "admin");
  ensureUser(USERNAMES.planner!, "planner");
  ensureUser(USERNAMES.leader!, "leader");
  const db = e2eDatabase();
  const username = `${OWN}.target`;
  const existing = db.prepare("select id from users where username = ?").get(username) as { id: number } | undefined;
  const userId =
    existing?.id ??
    Number(
      db
        .prepare(
          "insert into users (username, full_name, role, department_id, password_hash) select ?, 'Người dùng đích', 'officer', id, ? from departments where code = ?",
        )
        .run(username, bcrypt.hashSync(DEMO_PASSWORD, 4), OWN).lastInsertRowid,
    );
  // failed sign-ins of the target user from an address of the documentation range, for the unlock row to forget
  db.prepare(
    "insert into login_throttle (key, failures, window_start, locked_until) values (?, 6, ?, ?) on conflict(key) do nothing",
  ).run(`pair:192.0.2.7|${username}`, Date.now(), Date.now() + 2000);
  db.close();
  target = {
    dept: OWN,
    year: 2024,
    month: 3,
    indicator,
    userId,
    ...planFixtures(userId),
    resultId: resultFixture(OWN),
  };
  for (const actor of ACTORS) sessions.set(actor, await apiSession(baseURL!, USERNAMES[actor]));
  // two communes of their own: the unit-scoped rows again, with a local government as the target
  const local = ensureTestDepartment(LOCAL_UNITS.own, { kind: LOCAL_UNITS.kind });
  ensureTestDepartment(LOCAL_UNITS.other, { kind: LOCAL_UNITS.kind });
  localTarget = {
    ...target,
    dept: LOCAL_UNITS.own,
    indicator: local.indicator,
    userId: ensureUser(`${LOCAL_UNITS.own}.target`, "officer", LOCAL_UNITS.own),
    resultId: resultFixture(LOCAL_UNITS.own),
  };
  for (const actor of ACTORS)
    localSessions.set(
      actor,
      USERNAMES[actor] === LOCAL_USERNAMES[actor]
        ? sessions.get(actor)!
        : await apiSession(baseURL!, LOCAL_USERNAMES[actor]),
    );
  target.draftVersionId = await draftToFinalize(sessions.get("admin")!);
  target.draftCommentId = commentToResolve(target.draftVersionId);
});

/**
 * What the plan administration, draft and template rows act on (tests/authz/matrix.ts PLAN):
 * a plan year in preparation that planners may not edit, indicators in it, departments to
 * rename and merge, a token to revoke, a section to save unchanged and the outline's last one.
 */
function planFixtures(userId: number): Omit<Target, "dept" | "year" | "month" | "indicator" | "userId" | "resultId"> {
  for (const code of [
    PLAN.renamedDept,
    PLAN.mergedDept,
    PLAN.renamedDeptApi,
    PLAN.mergedDeptApi,
    PLAN.successorDept,
    PLAN.successorDeptApi,
    PLAN.predecessorDept,
  ])
    ensureTestDepartment(code);
  const db = e2eDatabase();
  db.prepare("insert or ignore into plan_years (year, status, planners_may_edit) values (?, 'draft', 0)").run(
    PLAN.year,
  );
  // the commune that reports PLAN.unitReported: valid from PLAN.year only, so no demo year gains a unit
  ensureTestDepartment(PLAN.commune, { kind: "commune", validFrom: PLAN.year, year: PLAN.year });
  try {
    return db
      .transaction(() => {
        db.prepare("insert or ignore into plan_years (year, status, planners_may_edit) values (?, 'draft', 0)").run(
          PLAN.year,
        );
        const own = (db.prepare("select id from departments where code = ?").get(OWN) as { id: number }).id;
        for (const code of PLAN.indicators) {
          if (db.prepare("select 1 from indicators where code = ?").get(code)) continue;
          const id = db
            .prepare(
              "insert into indicators (code, name, unit, kind, search_name, precision) values (?, ?, 'tỷ đồng', 'cumulative', ?, 1)",
            )
            .run(code, `Chỉ tiêu kiểm thử ${code}`, `chi tieu kiem thu ${code}`).lastInsertRowid;
          db.prepare("insert into indicator_assignments (indicator_id, year, department_id) values (?, ?, ?)").run(
            id,
            PLAN.year,
            own,
          );
        }
        const tokenId = Number(
          db
            .prepare("insert into api_tokens (user_id, name, token_hash) values (?, 'authz', ?)")
            .run(userId, crypto.randomBytes(32).toString("hex")).lastInsertRowid,
        );
        const section = db
          .prepare(
            "select s.id, s.code, s.title, p.code as parent, s.narrative_only as narrativeOnly from report_sections s join report_sections p on p.id = s.parent_id order by s.id limit 1",
          )
          .get() as { id: number; code: string; title: string; parent: string; narrativeOnly: number };
        const last = db
          .prepare("select id from report_sections where parent_id is null order by sort_order desc, id desc limit 1")
          .get() as { id: number };
        return {
          tokenId,
          section: { ...section, narrativeOnly: Boolean(section.narrativeOnly) },
          lastSectionId: last.id,
          draftVersionId: 0,
          draftCommentId: 0,
        };
      })
      .immediate();
  } finally {
    db.close();
  }
}

/** A result item of the target month for the change and delete rows (asked at a stale version, so it stays). */
function resultFixture(dept: string): number {
  const db = e2eDatabase();
  try {
    return Number(
      db
        .prepare(
          "insert into result_items (department_id, year, month, date, section_code, text, figures) select id, 2024, 3, '2024-03-10', 'I.1', 'Kết quả kiểm thử {1}', '[{\"value\":10000,\"unit\":\"lần\"}]' from departments where code = ?",
        )
        .run(dept).lastInsertRowid,
    );
  } finally {
    db.close();
  }
}

/** A saved draft version of PLAN.year for the leader to finalize, saved by the admin as the editor does. */
async function draftToFinalize(admin: APIRequestContext): Promise<number> {
  const save = MUTATIONS.find((r) => r.mutation.endsWith("#saveDraftAction"))!.call(target);
  if (save.kind !== "action") throw new Error("saveDraftAction is a server action");
  const input = { ...(save.args[0] as object), period: "9T" };
  const answer = await makeCall(admin, { ...save, args: [input] }, { year: String(PLAN.year), period: "9T" });
  expect(answer.status, answer.body).toBe(200);
  const db = e2eDatabase();
  try {
    return (
      db
        .prepare("select id from draft_versions where year = ? and period = '9T' order by id desc limit 1")
        .get(PLAN.year) as { id: number }
    ).id;
  } finally {
    db.close();
  }
}

/** An open comment of the leader on that version, for the planner to mark done. */
function commentToResolve(versionId: number): number {
  const db = e2eDatabase();
  try {
    return Number(
      db
        .prepare(
          "insert into draft_comments (version_id, text, author_id) select ?, 'Góp ý kiểm thử', id from users where username = 'lanhdao'",
        )
        .run(versionId).lastInsertRowid,
    );
  } finally {
    db.close();
  }
}

test.afterAll(async () => {
  for (const context of new Set([...sessions.values(), ...localSessions.values()])) await context.dispose();
});

for (const [row, local] of [
  ...MUTATIONS.map((row) => [row, false] as const),
  ...MUTATIONS.filter(unitScoped).map((row) => [row, true] as const),
]) {
  test(`[HARDEN] authorization: ${row.mutation}${row.variant ? ` (${row.variant})` : ""} answers every actor as the table says${local ? ", a commune the target" : ""}`, async () => {
    const on = local ? localTarget : target;
    const call = row.call(on);
    const audit = row.audit ?? "write";
    const snapshot = (actor?: Actor) => unitSnapshot(actor, local);
    for (const actor of ACTORS) {
      const before = snapshot(actor);
      const answer = await makeCall((local ? localSessions : sessions).get(actor)!, call, {
        ...PAGE_PARAMS(),
        dept: on.dept,
        code: on.indicator,
      });
      const cell = `${actor} → ${row.mutation}${row.variant ? ` ${row.variant}` : ""} (${answer.status} ${answer.body.slice(0, 200)})`;
      expect(answer.status, cell).toBeLessThan(500);
      if (row.cells[actor] === "deny") {
        expect(answer.status, cell).toBe(actor === "anonymous" ? 401 : 403);
        expect(snapshot(actor), `${cell}: nothing may change`).toBe(before);
      } else {
        expect([401, 403], cell).not.toContain(answer.status);
        // a change that went through wrote its audit entry (a save of the same figure changes nothing)
        const after = JSON.parse(snapshot(actor));
        // everything but the actor's audit entries (index 5)
        const data = (state: unknown[]) => JSON.stringify(state.filter((_, i) => i !== 5));
        const changed = data(after) !== data(JSON.parse(before));
        const audited = after[5].length > JSON.parse(before)[5].length;
        if (changed) expect(audited, `${cell}: changed data without an audit entry`).toBe(true);
        if (audit === "write" && answer.status === 200)
          expect(audited, `${cell}: accepted without its audit entry`).toBe(true);
        if (audit === "read")
          expect(snapshot(actor), `${cell}: a read changes nothing and writes no audit entry`).toBe(before);
      }
    }
  });
}

/**
 * A read as its caller sees it: the status, where it lands after redirects and, for a refusal,
 * its message; the year asked for is written {year}, so that a year in preparation and a year
 * without a plan can be compared.
 */
async function readAnswer(context: APIRequestContext, path: string, year: number) {
  const response = await context.get(path, { maxRedirects: 5 });
  const at = new URL(response.url()).pathname.replaceAll(String(year), "{year}");
  const type = response.headers()["content-type"] ?? "";
  const error = response.ok() || !type.includes("json") ? null : (await response.json()).error;
  return { status: response.status(), at, error: error?.replaceAll(String(year), "{year}") ?? null };
}

for (const row of PREPARED_YEAR_READS) {
  test(`[HARDEN] authorization: ${row.read} of a plan year in preparation is the admin's; everyone else gets the answer of a year without a plan`, async () => {
    for (const actor of ACTORS) {
      const context = sessions.get(actor)!;
      const prepared = await readAnswer(
        context,
        row.path({ dept: target.dept, year: PLAN.year, draftVersionId: target.draftVersionId }),
        PLAN.year,
      );
      const none = await readAnswer(
        context,
        row.path({ dept: target.dept, year: NO_PLAN_YEAR, draftVersionId: target.draftVersionId }),
        NO_PLAN_YEAR,
      );
      const cell = `${actor} → ${row.read}: ${JSON.stringify(prepared)} (no plan: ${JSON.stringify(none)})`;
      if (row.cells[actor] === "sees") {
        expect(prepared.status, cell).toBe(200);
        expect(none.status, cell).not.toBe(200);
      } else expect(prepared, cell).toEqual(none);
    }
  });
}

test("[HARDEN] authorization: an allowed save really lands (the table's 'allow' is not an empty answer)", async () => {
  const save = MUTATIONS.find((r) => r.mutation.startsWith("PUT "))!;
  const fresh = { ...target, month: 8 };
  const answer = await makeCall(sessions.get("officer:own")!, save.call(fresh));
  expect(answer.status, answer.body).toBe(200);
  expect(JSON.parse(answer.body).values[0]).toMatchObject({ indicator: fresh.indicator, value: 7 });
});

test("[HARDEN] server actions and API mutations refuse cross-origin calls, even with a valid session", async () => {
  const officer = sessions.get("officer:own")!;
  const evil = { origin: "https://evil.example" };
  for (const row of MUTATIONS.filter((r) => r.cells["officer:own"] === "allow")) {
    const before = snapshot("officer:own");
    const answer = await makeCall(
      officer,
      row.call({ ...target, month: 9 }),
      { dept: target.dept, year: "2024", month: "9" },
      evil,
    );
    expect(answer.status, `${row.mutation} from another site`).toBe(403);
    expect(answer.body).toContain("trang web khác");
    expect(snapshot("officer:own")).toBe(before);
  }
  // a server action without any Origin (not a browser) is refused too
  const action = MUTATIONS.find((r) => r.call(target).kind === "action" && r.cells["officer:own"] === "allow")!;
  const bare = await makeCall(
    officer,
    action.call(target),
    { dept: target.dept, year: "2024", month: "3" },
    { origin: "" },
  );
  expect(bare.status).toBe(403);
});
