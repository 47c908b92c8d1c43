import { getDb } from "@/db/client";
import { adminTokens } from "@/lib/admin/queries";
import { pathNumber, type PathParams } from "@/lib/api/path-params";
import { requireApiUser } from "@/lib/auth/guards";
import { commandResponse } from "@/lib/commands/http";
import { createTokenCommand, revokeTokenCommand } from "@/lib/users/commands";

/** API tokens (admins, as on /admin/tokens): stored hashed; the secret is in the answer of its creation only. */

/** GET /api/v1/tokens: every token's id, name, user, dates of creation, last use and revocation (never the secret or its hash). */
export async function GET(request: Request) {
  const auth = await requireApiUser(request, "users.manage");
  if (!auth.ok) return auth.response;
  return Response.json({ tokens: adminTokens(getDb()) });
}

/** POST /api/v1/tokens {userId, name}: a new token for an active user; `token` is shown this once. */
export async function POST(request: Request) {
  return commandResponse(request, createTokenCommand);
}

/** DELETE /api/v1/tokens/{id}: revoked at once (409 when already revoked). */
export async function DELETE(request: Request, { params }: PathParams<{ id: string }>) {
  return commandResponse(request, revokeTokenCommand, { tokenId: pathNumber((await params).id) });
}
