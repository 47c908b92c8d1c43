import "server-only";
import { desc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users, valueRevisions } from "@/db/schema";
import type { ValueStatus } from "@/db/schema/vocabulary";
import { fromScaled } from "@/lib/numbers";

export interface Revision {
  valueId: number;
  version: number;
  value: number;
  status: ValueStatus;
  reason: string | null;
  by: string | null;
  username: string | null;
  at: string;
}

/** Every kept version of the given values, newest first, with who made it. */
export function revisionsOf(db: Db, valueIds: number[]): Revision[] {
  if (valueIds.length === 0) return [];
  return db
    .select({
      valueId: valueRevisions.valueId,
      version: valueRevisions.version,
      value: valueRevisions.value,
      status: valueRevisions.status,
      reason: valueRevisions.reason,
      by: users.fullName,
      username: users.username,
      at: valueRevisions.changedAt,
    })
    .from(valueRevisions)
    .leftJoin(users, eq(users.id, valueRevisions.changedBy))
    .where(inArray(valueRevisions.valueId, valueIds))
    .orderBy(desc(valueRevisions.version))
    .all()
    .map((r) => ({ ...r, value: fromScaled(r.value) }));
}
