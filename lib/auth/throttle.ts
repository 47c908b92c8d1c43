import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { loginThrottle } from "@/db/schema";

/** Repeated failed logins are throttled per username and per client address. */
export const THROTTLE = {
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
  maxFailuresPerUser: 5,
  maxFailuresPerIp: 30,
};

function limitFor(key: string): number {
  return key.startsWith("ip:") ? THROTTLE.maxFailuresPerIp : THROTTLE.maxFailuresPerUser;
}

/** Milliseconds the key stays locked, or 0. */
export function lockedFor(db: Db, key: string, now = Date.now()): number {
  const row = db.select().from(loginThrottle).where(eq(loginThrottle.key, key)).get();
  if (!row?.lockedUntil || row.lockedUntil <= now) return 0;
  return row.lockedUntil - now;
}

export function recordFailure(db: Db, key: string, now = Date.now()): void {
  const row = db.select().from(loginThrottle).where(eq(loginThrottle.key, key)).get();
  const fresh = !row || now - row.windowStart > THROTTLE.windowMs;
  const failures = fresh ? 1 : row.failures + 1;
  const lockedUntil = failures >= limitFor(key) ? now + THROTTLE.lockMs : null;
  db.insert(loginThrottle)
    .values({ key, failures, windowStart: fresh ? now : row!.windowStart, lockedUntil })
    .onConflictDoUpdate({
      target: loginThrottle.key,
      set: { failures, windowStart: fresh ? now : row!.windowStart, lockedUntil },
    })
    .run();
}

export function clearFailures(db: Db, key: string): void {
  db.delete(loginThrottle).where(eq(loginThrottle.key, key)).run();
}
