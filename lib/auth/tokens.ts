import crypto from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { apiTokens } from "@/db/schema";

const PREFIX = "ct_";

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

/** Creates a token for a user; the plain token is returned once and only its hash is stored. */
export function createApiToken(db: Db, userId: number, name: string): { id: number; token: string } {
  const token = PREFIX + crypto.randomBytes(32).toString("base64url");
  const row = db.insert(apiTokens).values({ userId, name, tokenHash: hashToken(token) }).returning({ id: apiTokens.id }).get();
  return { id: row.id, token };
}

/** The user id a live token belongs to, or null. */
export function userIdForToken(db: Db, token: string): number | null {
  if (!token.startsWith(PREFIX)) return null;
  const row = db
    .select({ id: apiTokens.id, userId: apiTokens.userId })
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt)))
    .get();
  return row?.userId ?? null;
}
