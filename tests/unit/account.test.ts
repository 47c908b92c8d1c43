import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { getConnection, getDb } from "@/db/client";
import { auditLog, departments, users } from "@/db/schema";
import { writeTransaction } from "@/db/write";
import { requestUser, type CurrentUser } from "@/lib/auth/current-user";
import { verifyPassword, passwordProblem } from "@/lib/auth/password";
import { reissuedSessionCookie } from "@/lib/auth/reissue-session";
import { runCommand } from "@/lib/commands/command";
import { DomainError } from "@/lib/errors";
import { WRONG_CURRENT_PASSWORD } from "@/lib/users/account";
import { changeOwnPasswordCommand, endOtherSessionsCommand } from "@/lib/users/account-commands";
import { accountOverview } from "@/lib/users/account-queries";
import { changeOwnPasswordSchema, resetPasswordSchema } from "@/lib/users/schemas";
import { createUser } from "@/lib/users/service";
import { possiblyOpenSignIns } from "@/lib/users/sessions";

// the process-wide connection (lib/auth/current-user.ts reads through it) on a database of this file's own
process.env.DATABASE_URL = "file::memory:";
process.env.AUTH_SECRET = "tai-khoan-cua-toi-khoa-rieng-0123456789-abcdefghijkl";

let me: CurrentUser;
const OLD = "MatKhau2024";
const NEW = "MatKhauMoi2025";

beforeEach(() => {
  const db = getDb();
  getConnection().sqlite.exec("delete from audit_log; delete from users; delete from departments");
  db.insert(departments).values({ code: "sct", name: "Sở Công Thương", shortName: "SCT", validFrom: 2022 }).run();
  const id = writeTransaction(db, (tx) =>
    createUser(tx, null, {
      username: "nv.sct",
      fullName: "Nguyễn Văn A",
      role: "officer",
      department: "sct",
      password: OLD,
    }),
  ).id;
  me = {
    id,
    username: "nv.sct",
    fullName: "Nguyễn Văn A",
    role: "officer",
    departmentId: 1,
    departmentCode: "sct",
    departmentName: "Sở Công Thương",
  };
});

const row = () => getDb().select().from(users).where(eq(users.id, me.id)).get()!;
const audits = (action: string) =>
  getDb()
    .select()
    .from(auditLog)
    .all()
    .filter((a) => a.action === action);
const change = (input: object) => runCommand(getDb(), changeOwnPasswordCommand, me, input);
const refusal = (fn: () => unknown): DomainError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("not refused");
};
const now = () => Math.floor(Date.now() / 1000);
const cookieOf = async (sv: number) =>
  encode({ token: { uid: me.id, sv, loginAt: now() - 60, lastSeen: now() - 60 }, secret: process.env.AUTH_SECRET! });
const requestWith = (token: string) => ({ headers: new Headers({ cookie: `next-auth.session-token=${token}` }) });

describe("a user's own password change", () => {
  it("refuses a wrong current password on its field, and changes nothing", () => {
    const error = refusal(() => change({ currentPassword: "SaiMatKhau1", newPassword: NEW, confirmPassword: NEW }));
    expect(error.status).toBe(422);
    expect(error.fieldErrors).toEqual({ currentPassword: WRONG_CURRENT_PASSWORD });
    expect(verifyPassword(OLD, row().passwordHash)).toBe(true);
    expect(row().sessionVersion).toBe(0);
    expect(audits("account_password")).toHaveLength(0);
  });

  it.each([
    [{ newPassword: "ngan1", confirmPassword: "ngan1" }, "newPassword", passwordProblem("ngan1")],
    [{ newPassword: "chikhongso", confirmPassword: "chikhongso" }, "newPassword", passwordProblem("chikhongso")],
    [{ newPassword: NEW, confirmPassword: "MatKhauKhac2025" }, "confirmPassword", "Mật khẩu nhập lại không khớp"],
    [{ newPassword: OLD, confirmPassword: OLD }, "newPassword", "Mật khẩu mới phải khác mật khẩu hiện tại"],
    [{ newPassword: "" }, "newPassword", "Vui lòng nhập mật khẩu mới"],
  ])("refuses %j with the field's Vietnamese message", (input, field, message) => {
    const error = refusal(() => change({ currentPassword: OLD, ...input }));
    expect(error.status).toBe(422);
    expect(error.fieldErrors?.[field]).toBe(message);
    expect(verifyPassword(OLD, row().passwordHash)).toBe(true);
  });

  it("takes the admin's reset policy: one schema refuses the same weak password in both", () => {
    const own = changeOwnPasswordSchema.safeParse({ currentPassword: OLD, newPassword: "abcdefgh" });
    const reset = resetPasswordSchema.safeParse({ userId: 1, password: "abcdefgh" });
    expect(own.success || reset.success).toBe(false);
    expect(own.error?.issues[0].message).toBe(reset.error?.issues[0].message);
  });

  it("stores the new password, ends every session and keeps the caller's own when re-issued", async () => {
    const before = await cookieOf(0);
    const result = change({ currentPassword: OLD, newPassword: NEW, confirmPassword: NEW });
    expect(result).toEqual({ userId: me.id, sessionVersion: 1 });
    expect(verifyPassword(NEW, row().passwordHash)).toBe(true);
    expect(audits("account_password")).toMatchObject([{ userId: me.id, entity: "user", entityId: String(me.id) }]);
    expect(JSON.stringify(audits("account_password"))).not.toContain(NEW);
    // the other device's cookie is refused from now on
    expect(await requestUser(requestWith(before))).toBeNull();
    const update = await reissuedSessionCookie([{ name: "next-auth.session-token", value: before }], 1);
    expect(update?.name).toBe("next-auth.session-token");
    expect((await requestUser(requestWith(update!.value!)))?.username).toBe("nv.sct");
    // the same sign-in and lifetime: the re-issued session does not outlive the old one
    expect(update!.maxAge).toBeLessThanOrEqual(8 * 3600 - 60);
  });

  it("re-issues nothing without a live session cookie", async () => {
    expect(await reissuedSessionCookie([], 1)).toBeNull();
    expect(await reissuedSessionCookie([{ name: "next-auth.session-token", value: "rac" }], 1)).toBeNull();
  });
});

describe("ending one's other sessions", () => {
  it("moves the version, audits it and lists no sign-in before it as possibly open", () => {
    writeTransaction(getDb(), (tx) =>
      tx
        .insert(auditLog)
        .values({
          userId: me.id,
          action: "login",
          entity: "user",
          entityId: String(me.id),
          after: { ip: "10.0.0.9" },
          at: new Date(Date.now() - 60_000).toISOString(),
        })
        .run(),
    );
    const open = () => possiblyOpenSignIns(accountOverview(getDb(), me.id).events, Date.now(), 8 * 3600);
    expect(open()).toEqual([{ at: expect.any(String), ip: "10.0.0.9" }]);
    expect(runCommand(getDb(), endOtherSessionsCommand, me, { confirm: true })).toEqual({
      userId: me.id,
      sessionVersion: 1,
    });
    expect(audits("account_end_sessions")).toHaveLength(1);
    expect(open()).toEqual([]);
  });

  it("takes only the confirmation, never another user", () => {
    for (const input of [{}, { confirm: false }, { confirm: true, userId: 99 }])
      expect(refusal(() => runCommand(getDb(), endOtherSessionsCommand, me, input)).status).toBe(422);
    expect(row().sessionVersion).toBe(0);
  });
});
