import { describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase, type Db } from "@/db/client";
import { users } from "@/db/schema";
import { checkCredentials, LOGIN_FAILED } from "@/lib/auth/credentials";
import { hashPassword, passwordProblem } from "@/lib/auth/password";
import {
  pairDelayMs,
  recordFailure,
  restrictedUsernames,
  THROTTLE,
  throttleKeys,
  unlockUsername,
  waitMs,
} from "@/lib/auth/throttle";

function database() {
  const { db, sqlite } = openDatabase(":memory:");
  migrateDatabase(db);
  const hash = hashPassword("MatKhau2024");
  for (const username of ["an", "binh", "chi"])
    db.insert(users).values({ username, fullName: username, role: "officer", passwordHash: hash }).run();
  return { db, sqlite };
}

const THROTTLED = /^Đăng nhập sai quá nhiều lần\. Vui lòng thử lại sau \d+ (giây|phút)\.$/;
const T0 = Date.UTC(2024, 6, 1, 8);
const attempt = (db: Db, username: string, password: string, ip: string, at: number) =>
  checkCredentials(db, { username, password, ip }, at);

describe("login throttle: per (user, address) with growing waits, per address a cap, never per user alone", () => {
  it("a pair's first failures are free, then each further one doubles the wait: 1 s, 2 s, 4 s … up to 15 min", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 40].map(pairDelayMs)).toEqual([
      0,
      0,
      0,
      0,
      1000,
      2000,
      4000,
      8000,
      512_000,
      THROTTLE.maxDelayMs,
      THROTTLE.maxDelayMs,
    ]);
  });

  it("after the free failures the next attempt from the pair waits, the right password too, and a wait counts nothing", () => {
    const { db } = database();
    for (let i = 0; i < THROTTLE.freeFailures; i++)
      expect(attempt(db, "an", "sai", "10.0.0.1", T0 + i)).toEqual({ ok: false, error: LOGIN_FAILED });
    const early = attempt(db, "an", "MatKhau2024", "10.0.0.1", T0 + 500);
    expect(early).toEqual({ ok: false, error: "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 1 giây." });
    // hammering during the wait is refused unchecked and does not grow the wait
    for (let i = 0; i < 50; i++)
      expect(attempt(db, "an", "sai", "10.0.0.1", T0 + 600 + i)).toEqual({
        ok: false,
        error: expect.stringMatching(THROTTLED),
      });
    expect(waitMs(db, throttleKeys("an", "10.0.0.1"), T0 + 700)).toBe(THROTTLE.freeFailures - 1 + 1000 - 700);
    // the wait over, one more failure doubles it
    expect(attempt(db, "an", "sai", "10.0.0.1", T0 + 2000)).toEqual({ ok: false, error: LOGIN_FAILED });
    expect(attempt(db, "an", "MatKhau2024", "10.0.0.1", T0 + 3999).ok).toBe(false);
    expect(attempt(db, "an", "MatKhau2024", "10.0.0.1", T0 + 4000).ok).toBe(true);
    // a success forgets the pair: the next failure is free again
    expect(attempt(db, "an", "sai", "10.0.0.1", T0 + 4001)).toEqual({ ok: false, error: LOGIN_FAILED });
    expect(attempt(db, "an", "MatKhau2024", "10.0.0.1", T0 + 4002).ok).toBe(true);
  });

  it("a stranger's wrong passwords from another address never stop the user, however many", () => {
    const { db } = database();
    // every failure the stranger's waits allow over a day (the rules alone: bcrypt would take minutes)
    const stranger = throttleKeys("an", "203.0.113.66");
    let at = T0;
    let checked = 0;
    while (at < T0 + 24 * 3_600_000) {
      recordFailure(db, stranger, at);
      checked += 1;
      at += waitMs(db, stranger, at) + 1;
    }
    expect(attempt(db, "an", "MatKhau2024", "198.51.100.7", at).ok).toBe(true);
    // the stranger is down to one try per 15 minutes: a handful free, then about 96 a day
    expect(checked).toBeLessThan(THROTTLE.freeFailures + 10 + 24 * 4);
    recordFailure(db, stranger, at);
    expect(waitMs(db, stranger, at + 1)).toBe(THROTTLE.maxDelayMs - 1);
    expect(attempt(db, "an", "MatKhau2024", "203.0.113.66", at + 1)).toMatchObject({ ok: false });
  });

  it("an address guessing across usernames is capped for every username; other addresses are not", () => {
    const { db } = database();
    for (let i = 0; i < THROTTLE.maxFailuresPerAddress - 1; i++)
      recordFailure(db, throttleKeys(`khong-co-${i}`, "203.0.113.9"), T0 + i);
    // a success of one's own does not reset the address's count
    expect(attempt(db, "binh", "MatKhau2024", "203.0.113.9", T0 + 50).ok).toBe(true);
    expect(attempt(db, "khong-co-cuoi", "sai", "203.0.113.9", T0 + 60)).toEqual({ ok: false, error: LOGIN_FAILED });
    expect(attempt(db, "chi", "MatKhau2024", "203.0.113.9", T0 + 100)).toEqual({
      ok: false,
      error: "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.",
    });
    expect(attempt(db, "chi", "MatKhau2024", "203.0.113.10", T0 + 100).ok).toBe(true);
    // the lock passes
    expect(attempt(db, "chi", "MatKhau2024", "203.0.113.9", T0 + 60 + THROTTLE.addressLockMs).ok).toBe(true);
  });

  it("an unknown address is everybody's: it gets no cap of its own", () => {
    const { db } = database();
    expect(throttleKeys("an", "unknown").address).toBeNull();
    for (let i = 0; i < THROTTLE.maxFailuresPerAddress + 5; i++)
      recordFailure(db, throttleKeys(`khong-co-${i}`, "unknown"), T0 + i);
    expect(attempt(db, "chi", "MatKhau2024", "unknown", T0 + 100).ok).toBe(true);
  });

  it("a pair's failures are forgotten a day after its last one", () => {
    const { db } = database();
    for (let i = 0; i < 8; i++) recordFailure(db, throttleKeys("an", "10.0.0.1"), T0 + i * 3_600_000);
    const later = T0 + 7 * 3_600_000 + THROTTLE.pairMemoryMs + 1;
    expect(attempt(db, "an", "sai", "10.0.0.1", later)).toEqual({ ok: false, error: LOGIN_FAILED });
    expect(attempt(db, "an", "MatKhau2024", "10.0.0.1", later + 1).ok).toBe(true);
  });

  it("an admin's unlock forgets a username's failures from every address, and nobody else's", () => {
    const { db } = database();
    const fail = (username: string, ip: string, times: number) => {
      for (let i = 0; i < times; i++) recordFailure(db, throttleKeys(username, ip), T0);
    };
    fail("an", "10.0.0.1", THROTTLE.freeFailures + 2);
    fail("an", "10.0.0.2", THROTTLE.freeFailures);
    fail("an|x", "10.0.0.1", THROTTLE.freeFailures);
    fail("binh", "10.0.0.1", THROTTLE.freeFailures);
    fail("chi", "10.0.0.1", THROTTLE.freeFailures - 1);
    expect(restrictedUsernames(db, T0)).toEqual(
      new Map([
        ["an", THROTTLE.freeFailures + 2],
        ["an|x", THROTTLE.freeFailures],
        ["binh", THROTTLE.freeFailures],
      ]),
    );
    expect(attempt(db, "an", "MatKhau2024", "10.0.0.2", T0 + 1).ok).toBe(false);
    expect(unlockUsername(db, "an")).toBe(2);
    expect(attempt(db, "an", "MatKhau2024", "10.0.0.2", T0 + 1).ok).toBe(true);
    expect([...restrictedUsernames(db, T0).keys()]).toEqual(["an|x", "binh"]);
  });
});

describe("login: audit and password policy", () => {
  it("audits every login and every failed login with the address", () => {
    const { db, sqlite } = database();
    checkCredentials(db, { username: "an", password: "sai", ip: "198.51.100.1" });
    checkCredentials(db, { username: "an", password: "MatKhau2024", ip: "198.51.100.1" });
    const rows = sqlite.prepare("select action, entity_id as entityId, after from audit_log order by id").all();
    expect(rows).toEqual([
      { action: "login_failed", entityId: "an", after: JSON.stringify({ ip: "198.51.100.1" }) },
      { action: "login", entityId: expect.any(String), after: JSON.stringify({ ip: "198.51.100.1" }) },
    ]);
  });

  it.each([
    ["short1", "Mật khẩu phải có ít nhất 8 ký tự"],
    ["chiconchu", "Mật khẩu phải có cả chữ và số"],
    ["12345678", "Mật khẩu phải có cả chữ và số"],
    ["MatKhau2024", null],
  ])("password policy: %s", (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });
});
