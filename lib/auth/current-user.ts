import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { rawClient, statement } from "@/db/raw";
import type { Role } from "@/db/schema";
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

const USER_SQL = `
  select u.id, u.username, u.full_name as fullName, u.role, u.active, u.department_id as departmentId,
         d.code as departmentCode, d.name as departmentName
  from users u left join departments d on d.id = u.department_id
  where u.id = ?`;

/** Loads the user fresh from the database on every request: a disabled user or a changed role takes effect at once. */
export function loadActiveUser(userId: number): CurrentUser | null {
  const row = statement(rawClient(getDb()), USER_SQL).get(userId) as (CurrentUser & { active: number }) | undefined;
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
