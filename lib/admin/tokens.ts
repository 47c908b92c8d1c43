import crypto from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { apiTokens, users } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write";
import { hashToken } from "@/lib/auth/tokens";

/** Creates an API token for a user; the plain token is returned once, only its hash is stored and audited by id. */
export function issueApiToken(
  tx: Tx,
  actorId: number,
  input: { userId: number; name: string },
): { id: number; token: string; username: string } {
  const user = tx.select().from(users).where(eq(users.id, input.userId)).get();
  if (!user) throw new DomainError(422, "Không tìm thấy người dùng", { userId: "Không tìm thấy người dùng" });
  if (!user.active)
    throw new DomainError(422, "Tài khoản đã bị vô hiệu hóa; không cấp mã truy cập", {
      userId: "Tài khoản đã bị vô hiệu hóa",
    });
  const token = "ct_" + crypto.randomBytes(32).toString("base64url");
  const row = tx
    .insert(apiTokens)
    .values({ userId: user.id, name: input.name, tokenHash: hashToken(token) })
    .returning({ id: apiTokens.id })
    .get();
  writeAudit(tx, {
    userId: actorId,
    action: "token_create",
    entity: "api_token",
    entityId: row.id,
    after: { user: user.username, name: input.name },
  });
  return { id: row.id, token, username: user.username };
}

/** Revokes a token: the next request with it is refused. */
export function revokeApiToken(tx: Tx, actorId: number, input: { tokenId: number }) {
  const row = tx.select().from(apiTokens).where(eq(apiTokens.id, input.tokenId)).get();
  if (!row) throw new DomainError(404, "Không tìm thấy mã truy cập");
  if (row.revokedAt) throw new DomainError(409, "Mã truy cập đã bị thu hồi trước đó");
  const at = new Date().toISOString();
  tx.update(apiTokens)
    .set({ revokedAt: at })
    .where(and(eq(apiTokens.id, row.id), isNull(apiTokens.revokedAt)))
    .run();
  writeAudit(tx, {
    userId: actorId,
    action: "token_revoke",
    entity: "api_token",
    entityId: row.id,
    before: { revokedAt: null },
    after: { revokedAt: at },
  });
  return { tokenId: row.id, revokedAt: at };
}
