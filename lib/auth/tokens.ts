import crypto from "node:crypto";
import type { Db } from "@/db/client";
import { rawClient, statement } from "@/db/raw";
import { apiTokens } from "@/db/schema";

const PREFIX = "ct_";

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

/** Creates a token for a user; the plain token is returned once and only its hash is stored. */
export function createApiToken(db: Db, userId: number, name: string): { id: number; token: string } {
  const token = PREFIX + crypto.randomBytes(32).toString("base64url");
  const row = db
    .insert(apiTokens)
    .values({ userId, name, tokenHash: hashToken(token) })
    .returning({ id: apiTokens.id })
    .get();
  return { id: row.id, token };
}

/** The user id a live token belongs to, or null. */
export function userIdForToken(db: Db, token: string): number | null {
  if (!token.startsWith(PREFIX)) return null;
  const row = statement(
    rawClient(db),
    "select user_id as userId from api_tokens where token_hash = ? and revoked_at is null",
  ).get(hashToken(token)) as { userId: number } | undefined;
  return row?.userId ?? null;
}
