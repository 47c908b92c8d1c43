import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { migrateDatabase, openDatabase, type Db } from "@/db/client";
import { auditLog, departments, users } from "@/db/schema";
import { writeTransaction } from "@/db/write";
import { DomainError } from "@/lib/errors";
import { verifyPassword } from "@/lib/auth/password";
import { createUser, setUserActive, setUserPassword, updateUserRole } from "@/lib/users/service";
import { createUserSchema, updateUserSchema, userEmailSchema } from "@/lib/users/schemas";

let db: Db;
let adminId: number;

beforeEach(() => {
  db = openDatabase(":memory:").db;
  migrateDatabase(db);
  db.insert(departments).values({ code: "sct", name: "Sở Công Thương", shortName: "SCT", validFrom: 2022 }).run();
  adminId = writeTransaction(db, (tx) =>
    createUser(tx, null, { username: "quantri", fullName: "Quản trị", role: "admin", password: "MatKhau2024" }),
  ).id;
});

const user = (username: string) => db.select().from(users).where(eq(users.username, username)).get()!;
const audits = (action: string) => db.select().from(auditLog).where(eq(auditLog.action, action)).all();
const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return { status: error.status, message: error.message };
    throw error;
  }
  throw new Error("not refused");
};

describe("user management (lib/users/service.ts)", () => {
  it("sets a password the same way for the admin's reset (by id) and the CLI (by username): one audit action naming the user", () => {
    const id = writeTransaction(db, (tx) =>
      createUser(tx, adminId, {
        username: "nv.sct",
        fullName: "Nguyễn Văn A",
        role: "officer",
        department: "sct",
        password: "MatKhau2024",
      }),
    ).id;
    writeTransaction(db, (tx) => setUserPassword(tx, adminId, { userId: id }, "MatKhauMoi2025"));
    expect(verifyPassword("MatKhauMoi2025", user("nv.sct").passwordHash)).toBe(true);
    writeTransaction(db, (tx) => setUserPassword(tx, null, { username: "nv.sct" }, "MatKhauKhac2026"));
    expect(verifyPassword("MatKhauKhac2026", user("nv.sct").passwordHash)).toBe(true);
    const written = audits("user_password");
    expect(written.map((a) => ({ userId: a.userId, entityId: a.entityId, after: a.after }))).toEqual([
      { userId: adminId, entityId: String(id), after: { username: "nv.sct" } },
      { userId: null, entityId: String(id), after: { username: "nv.sct" } },
    ]);
    expect(JSON.stringify(written)).not.toContain("MatKhau");
  });

  it("refuses a weak password or an unknown user and changes nothing", () => {
    const before = user("quantri").passwordHash;
    expect(
      refusal(() => writeTransaction(db, (tx) => setUserPassword(tx, adminId, { userId: adminId }, "abc"))),
    ).toMatchObject({ status: 422 });
    expect(
      refusal(() => writeTransaction(db, (tx) => setUserPassword(tx, null, { username: "khongco" }, "MatKhau2024"))),
    ).toEqual({ status: 404, message: 'Không tìm thấy người dùng "khongco"' });
    expect(
      refusal(() => writeTransaction(db, (tx) => setUserPassword(tx, adminId, { userId: 9999 }, "MatKhau2024"))),
    ).toEqual({ status: 404, message: "Không tìm thấy người dùng" });
    expect(user("quantri").passwordHash).toBe(before);
    expect(audits("user_password")).toEqual([]);
  });

  it("requires a department for department roles, on create and on a role change alike", () => {
    const message = "Cán bộ và lãnh đạo sở, ngành phải thuộc một đơn vị";
    expect(
      refusal(() =>
        writeTransaction(db, (tx) =>
          createUser(tx, adminId, { username: "nv.x", fullName: "X", role: "dept_head", password: "MatKhau2024" }),
        ),
      ),
    ).toEqual({ status: 422, message });
    const id = writeTransaction(db, (tx) =>
      createUser(tx, adminId, { username: "ld.tinh", fullName: "Lãnh đạo", role: "leader", password: "MatKhau2024" }),
    ).id;
    expect(
      refusal(() =>
        writeTransaction(db, (tx) => updateUserRole(tx, adminId, { userId: id, role: "officer", department: "" })),
      ),
    ).toEqual({ status: 422, message });
    expect(
      refusal(() =>
        writeTransaction(db, (tx) => updateUserRole(tx, adminId, { userId: id, role: "officer", department: "khong" })),
      ),
    ).toMatchObject({ status: 422, message: 'Không có đơn vị mã "khong"' });
    expect(
      writeTransaction(db, (tx) => updateUserRole(tx, adminId, { userId: id, role: "officer", department: "sct" })),
    ).toEqual({ userId: id, role: "officer", department: "sct", email: null });
    expect(user("ld.tinh")).toMatchObject({ role: "officer", departmentId: db.select().from(departments).get()!.id });
  });

  it("keeps an admin from disabling or demoting themselves", () => {
    expect(refusal(() => writeTransaction(db, (tx) => setUserActive(tx, adminId, adminId, false)))).toMatchObject({
      status: 422,
    });
    expect(
      refusal(() =>
        writeTransaction(db, (tx) => updateUserRole(tx, adminId, { userId: adminId, role: "planner", department: "" })),
      ),
    ).toMatchObject({ status: 422 });
    expect(user("quantri")).toMatchObject({ active: true, role: "admin" });
  });

  it("keeps the e-mail address the reminders go to: set on create, changed or cleared on update, kept when left out, audited", () => {
    const input = createUserSchema.parse({
      username: "cb.sct",
      fullName: "Cán bộ",
      role: "officer",
      department: "sct",
      email: " cb@sct.langson.gov.vn ",
      password: "MatKhau2024",
    });
    const id = writeTransaction(db, (tx) => createUser(tx, adminId, input)).id;
    expect(user("cb.sct").email).toBe("cb@sct.langson.gov.vn");
    const update = (raw: object) =>
      writeTransaction(db, (tx) =>
        updateUserRole(tx, adminId, updateUserSchema.parse({ userId: id, role: "officer", department: "sct", ...raw })),
      );
    update({});
    expect(user("cb.sct").email).toBe("cb@sct.langson.gov.vn");
    update({ email: "moi@sct.langson.gov.vn" });
    expect(user("cb.sct").email).toBe("moi@sct.langson.gov.vn");
    update({ email: "" });
    expect(user("cb.sct").email).toBeNull();
    expect(audits("user_update").map((a) => a.after)).toEqual([
      { role: "officer", departmentId: 1, email: "cb@sct.langson.gov.vn" },
      { role: "officer", departmentId: 1, email: "moi@sct.langson.gov.vn" },
      { role: "officer", departmentId: 1, email: null },
    ]);
    for (const bad of [
      "cb",
      "cb@sct",
      "cb@@sct.vn",
      "cb sct@sct.vn",
      "Cán Bộ <cb@sct.vn>",
      "x".repeat(200) + "@sct.vn",
    ]) {
      const parsed = updateUserSchema.safeParse({ userId: id, role: "officer", department: "sct", email: bad });
      expect(parsed.success, bad).toBe(false);
      expect(parsed.error!.issues[0]).toMatchObject({ path: ["email"], message: expect.stringMatching(/^E-mail/) });
    }
  });
});

describe("a user's e-mail address (userEmailSchema)", () => {
  it.each(["ten@langson.gov.vn", "a.b+c@x.vn", "A_B-c@sub.domain.com", ""])("takes %j", (email) => {
    expect(userEmailSchema.safeParse(email).success).toBe(true);
  });
  it.each([
    "a b@x.vn",
    "a@x",
    "a@@x.vn",
    "nguyễn@x.vn",
    "a\u202e@x.vn",
    "a@x\u0000.vn",
    "a\u200b@x.vn",
    "a@x.vn\r\nBcc: b@y.vn",
  ])("refuses %j: nothing invisible or outside printable ASCII reaches a mail header", (email) => {
    expect(userEmailSchema.safeParse(email).success).toBe(false);
  });
});
