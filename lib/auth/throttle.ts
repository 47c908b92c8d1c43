import { and, eq, like, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { loginThrottle } from "@/db/schema";

/**
 * Failed sign-ins are throttled per (username, address) and per address, never per username
 * alone: a stranger guessing from another address slows only themselves, and cannot lock the
 * real user out. The address is the socket's (or a trusted proxy's word for it,
 * scripts/client-address.mjs), so a client cannot choose it.
 *
 * - A pair (username, address) gets `freeFailures` failures, then every further attempt from
 *   it waits: 1 s after the 5th failure, 2 s after the 6th, 4 s, … up to `maxDelayMs`. An
 *   attempt during the wait is refused unchecked (the right password too) and counts nothing.
 *   The pair is forgotten after a successful sign-in, an admin's unlock, or `pairMemoryMs`
 *   without a failure.
 * - An address gets `maxFailuresPerAddress` failures (any usernames) in `addressWindowMs`,
 *   then every sign-in from it waits `addressLockMs`. A success does not reset it (an account
 *   of one's own would otherwise reset a password-spraying run).
 *
 * Rows of login_throttle: `failures`; `window_start` (a pair: its last failure, the memory
 * slides; an address: its window's first failure); `locked_until` (no attempt before).
 */
/** The database or a transaction on it: the sign-in writes inside its transaction. */
type Handle = Db | Tx;

export const THROTTLE = {
  freeFailures: 5,
  firstDelayMs: 1000,
  maxDelayMs: 15 * 60_000,
  pairMemoryMs: 24 * 3600_000,
  maxFailuresPerAddress: 30,
  addressWindowMs: 15 * 60_000,
  addressLockMs: 15 * 60_000,
};

/** What a sign-in attempt is throttled by: its pair, and its address when the address is known. */
export interface ThrottleKeys {
  pair: string;
  address: string | null;
}

/** An address carries no `|`, so the first `|` of a pair key ends it and the username is the rest. */
export function throttleKeys(username: string, address: string): ThrottleKeys {
  const known = address && address !== "unknown" ? address : "unknown";
  // an unknown address is everybody's: it gets no key of its own, so it can lock nobody out
  return { pair: `pair:${known}|${username}`, address: known === "unknown" ? null : `addr:${known}` };
}

/** The wait after a pair's `failures`-th failure (0 while failures are free). */
export function pairDelayMs(failures: number): number {
  if (failures < THROTTLE.freeFailures) return 0;
  return Math.min(THROTTLE.firstDelayMs * 2 ** (failures - THROTTLE.freeFailures), THROTTLE.maxDelayMs);
}

function row(db: Handle, key: string) {
  return db.select().from(loginThrottle).where(eq(loginThrottle.key, key)).get();
}

/** Milliseconds before the next attempt of these keys may be checked; 0: now. */
export function waitMs(db: Handle, keys: ThrottleKeys, now = Date.now()): number {
  const waits = [keys.pair, keys.address].map((key) => {
    const until = key ? row(db, key)?.lockedUntil : null;
    return until && until > now ? until - now : 0;
  });
  return Math.max(...waits);
}

function store(db: Handle, key: string, failures: number, windowStart: number, lockedUntil: number | null) {
  db.insert(loginThrottle)
    .values({ key, failures, windowStart, lockedUntil })
    .onConflictDoUpdate({ target: loginThrottle.key, set: { failures, windowStart, lockedUntil } })
    .run();
}

/** A checked attempt failed: the pair's failures grow its wait, the address's its count. */
export function recordFailure(db: Handle, keys: ThrottleKeys, now = Date.now()): void {
  const pair = row(db, keys.pair);
  const pairFailures = pair && now - pair.windowStart <= THROTTLE.pairMemoryMs ? pair.failures + 1 : 1;
  const delay = pairDelayMs(pairFailures);
  store(db, keys.pair, pairFailures, now, delay > 0 ? now + delay : null);
  if (!keys.address) return;
  const address = row(db, keys.address);
  const fresh = !address || now - address.windowStart > THROTTLE.addressWindowMs;
  const failures = fresh ? 1 : address.failures + 1;
  const lockedUntil = failures >= THROTTLE.maxFailuresPerAddress ? now + THROTTLE.addressLockMs : null;
  store(db, keys.address, failures, fresh ? now : address.windowStart, lockedUntil);
}

/** A successful sign-in forgets the pair's failures (not the address's). */
export function recordSuccess(db: Handle, keys: ThrottleKeys): void {
  db.delete(loginThrottle).where(eq(loginThrottle.key, keys.pair)).run();
}

/** Pair keys of a username, from every address (`pair:<address>|<username>`). */
const pairsOf = (username: string) =>
  and(
    like(loginThrottle.key, "pair:%"),
    sql`substr(${loginThrottle.key}, instr(${loginThrottle.key}, '|') + 1) = ${username}`,
  );

/** An admin's unlock: the username's failures from every address are forgotten; how many pairs were. */
export function unlockUsername(db: Handle, username: string): number {
  return db.delete(loginThrottle).where(pairsOf(username)).run().changes;
}

/** The usernames whose sign-ins are slowed (failures past the free ones from some address), with their most failures from one address. */
export function restrictedUsernames(db: Handle, now = Date.now()): Map<string, number> {
  const rows = db
    .select({ key: loginThrottle.key, failures: loginThrottle.failures, windowStart: loginThrottle.windowStart })
    .from(loginThrottle)
    .where(like(loginThrottle.key, "pair:%"))
    .all();
  const restricted = new Map<string, number>();
  for (const r of rows) {
    if (r.failures < THROTTLE.freeFailures || now - r.windowStart > THROTTLE.pairMemoryMs) continue;
    const username = r.key.slice(r.key.indexOf("|") + 1);
    restricted.set(username, Math.max(restricted.get(username) ?? 0, r.failures));
  }
  return restricted;
}
