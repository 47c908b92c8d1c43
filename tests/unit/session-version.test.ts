import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { encode, type JWT } from "next-auth/jwt";
import { getConnection, getDb } from "@/db/client";
import { auditLog, departments, users } from "@/db/schema";
import { writeTransaction } from "@/db/write";
import { loadActiveUser, requestUser } from "@/lib/auth/current-user";
import { authOptions } from "@/lib/auth/options";
import { endSessionsFrom, sessionIsCurrent, tokenSessionVersion } from "@/lib/auth/session-version";
import { createUser, setUserActive, setUserPassword, updateUserRole } from "@/lib/users/service";

// the process-wide connection (lib/auth/current-user.ts reads through it) on a database of this file's own
process.env.DATABASE_URL = "file::memory:";
process.env.AUTH_SECRET = "phien-dang-nhap-khoa-rieng-0123456789-abcdefghijkl";

let adminId: number;
let userId: number;

beforeEach(() => {
  const db = getDb();
  getConnection().sqlite.exec("delete from audit_log; delete from users; delete from departments");
  db.insert(departments).values({ code: "sct", name: "Sở Công Thương", shortName: "SCT", validFrom: 2022 }).run();
  db.insert(departments).values({ code: "syt", name: "Sở Y tế", shortName: "SYT", validFrom: 2022 }).run();
  writeTransaction(db, (tx) => {
    adminId = createUser(tx, null, { username: "quantri", fullName: "Q", role: "admin", password: "MatKhau2024" }).id;
    userId = createUser(tx, null, {
      username: "nv.sct",
      fullName: "Nguyễn Văn A",
      role: "officer",
      department: "sct",
      password: "MatKhau2024",
    }).id;
  });
});

const version = () => getDb().select().from(users).where(eq(users.id, userId)).get()!.sessionVersion;
const now = () => Math.floor(Date.now() / 1000);

/** A request carrying a session cookie of `claims`, as next-auth would have issued it. */
async function requestWith(claims: JWT) {
  const token = await encode({
    token: { uid: userId, loginAt: now(), lastSeen: now(), ...claims },
    secret: process.env.AUTH_SECRET!,
  });
  return { headers: new Headers({ cookie: `next-auth.session-token=${token}` }) };
}

describe("session version: a session ends when its user's version moves", () => {
  it("reads the version a token carries: none is 0 (sessions of before), anything but a whole number is no version", () => {
    expect(tokenSessionVersion({})).toBe(0);
    expect(tokenSessionVersion({ sv: 3 })).toBe(3);
    for (const bad of ["3", 1.5, -1, null, {}]) expect(tokenSessionVersion({ sv: bad })).toBeNull();
    expect(sessionIsCurrent(2, 2)).toBe(true);
    expect(sessionIsCurrent(1, 2)).toBe(false);
    expect(sessionIsCurrent(null, 0)).toBe(false);
  });

  it("the cookie's user is read with its version in the one user read: current passes, old is signed out", async () => {
    expect((await requestUser(await requestWith({ sv: 0 })))?.username).toBe("nv.sct");
    expect((await requestUser(await requestWith({})))?.username).toBe("nv.sct");
    writeTransaction(getDb(), (tx) => setUserPassword(tx, adminId, { userId }, "MatKhauMoi2025"));
    expect(await requestUser(await requestWith({ sv: 0 }))).toBeNull();
    expect(await requestUser(await requestWith({}))).toBeNull();
    expect((await requestUser(await requestWith({ sv: 1 })))?.username).toBe("nv.sct");
    expect(await requestUser(await requestWith({ sv: "1" }))).toBeNull();
  });

  it("a password reset, disabling and a change of role or department each end the sessions; saving the same role does not", () => {
    writeTransaction(getDb(), (tx) => setUserPassword(tx, adminId, { username: "nv.sct" }, "MatKhauMoi2025"));
    expect(version()).toBe(1);
    writeTransaction(getDb(), (tx) => updateUserRole(tx, adminId, { userId, role: "officer", department: "sct" }));
    expect(version()).toBe(1);
    writeTransaction(getDb(), (tx) => updateUserRole(tx, adminId, { userId, role: "officer", department: "syt" }));
    expect(version()).toBe(2);
    writeTransaction(getDb(), (tx) => updateUserRole(tx, adminId, { userId, role: "dept_head", department: "syt" }));
    expect(version()).toBe(3);
    writeTransaction(getDb(), (tx) => setUserActive(tx, adminId, userId, false));
    expect(version()).toBe(4);
    expect(loadActiveUser(userId, 4)).toBeNull();
    writeTransaction(getDb(), (tx) => setUserActive(tx, adminId, userId, true));
    expect(version()).toBe(4);
    expect(loadActiveUser(userId, 3)).toBeNull();
    expect(loadActiveUser(userId, 4)?.role).toBe("dept_head");
  });

  it("an API token is no session: its user is read without a version", () => {
    writeTransaction(getDb(), (tx) => setUserPassword(tx, adminId, { userId }, "MatKhauMoi2025"));
    expect(loadActiveUser(userId)?.username).toBe("nv.sct");
  });

  it("sign-in puts the user's version into the JWT", async () => {
    writeTransaction(getDb(), (tx) => setUserPassword(tx, adminId, { userId }, "MatKhauMoi2025"));
    const jwt = authOptions.callbacks!.jwt!;
    const token = await jwt({
      token: {},
      user: { id: String(userId), sessionVersion: 1 } as never,
      account: null,
      trigger: "signIn",
    });
    expect(token).toMatchObject({ uid: userId, sv: 1 });
  });

  it("sign-out ends every session of the user, once, and is audited; an ended session cannot sign out again", async () => {
    const signOut = authOptions.events!.signOut!;
    await signOut({ token: { uid: userId, sv: 0 }, session: undefined as never });
    expect(version()).toBe(1);
    await signOut({ token: { uid: userId, sv: 0 }, session: undefined as never });
    expect(version()).toBe(1);
    expect(writeTransaction(getDb(), (tx) => endSessionsFrom(tx, userId, null))).toBe(false);
    expect(version()).toBe(1);
    const logouts = getDb().select().from(auditLog).where(eq(auditLog.action, "logout")).all();
    expect(logouts.map((a) => ({ userId: a.userId, entityId: a.entityId }))).toEqual([
      { userId, entityId: String(userId) },
    ]);
    expect(await requestUser(await requestWith({ sv: 0 }))).toBeNull();
  });
});
