import "server-only";
import { eq } from "drizzle-orm";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { departments, users, type Role } from "@/db/schema";
import { authOptions } from "./options";
import { userIdForToken } from "./tokens";

export interface CurrentUser {
  id: number;
  username: string;
  fullName: string;
  role: Role;
  departmentId: number | null;
  departmentCode: string | null;
  departmentName: string | null;
}

/** Loads the user fresh from the database: a disabled user or a changed role takes effect on the next request. */
export function loadActiveUser(userId: number): CurrentUser | null {
  const row = getDb()
    .select({
      id: users.id,
      username: users.username,
      fullName: users.fullName,
      role: users.role,
      active: users.active,
      departmentId: users.departmentId,
      departmentCode: departments.code,
      departmentName: departments.name,
    })
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(eq(users.id, userId))
    .get();
  if (!row || !row.active) return null;
  const { active: _active, ...user } = row;
  return user;
}

/** The signed-in user of this request: a Bearer API token or the session cookie. */
export async function currentUser(): Promise<CurrentUser | null> {
  const authorization = (await headers()).get("authorization");
  if (authorization?.startsWith("Bearer ")) {
    const userId = userIdForToken(getDb(), authorization.slice("Bearer ".length).trim());
    return userId ? loadActiveUser(userId) : null;
  }
  const session = (await getServerSession(authOptions)) as { uid?: number } | null;
  return session?.uid ? loadActiveUser(session.uid) : null;
}
