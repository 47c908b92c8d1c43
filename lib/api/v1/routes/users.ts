import { getDb } from "@/db/client";
import { adminUsers } from "@/lib/admin/queries";
import { pathNumber, type PathParams } from "@/lib/api/path-params";
import { requireApiUser } from "@/lib/auth/guards";
import { commandResponse } from "@/lib/commands/http";
import {
  createUserCommand,
  resetPasswordCommand,
  setUserActiveCommand,
  unlockLoginCommand,
  updateUserCommand,
} from "@/lib/users/commands";

/** User management (admins, as on /admin/users). No answer ever carries a password or its hash. */
type UserParams = PathParams<{ id: string }>;
const userOf = async (params: UserParams["params"]) => ({ userId: pathNumber((await params).id) });

/** GET /api/v1/users: every user with role, department and whether the account is active. */
export async function GET(request: Request) {
  const auth = await requireApiUser(request, "users.manage");
  if (!auth.ok) return auth.response;
  const users = adminUsers(getDb()).map((u) => ({
    id: u.id,
    username: u.username,
    fullName: u.fullName,
    role: u.role,
    department: u.department,
    email: u.email,
    active: u.active,
  }));
  return Response.json({ users });
}

/** POST /api/v1/users {username, fullName, role, department?, password}: 409 the user name exists, 422 a weak password. */
export async function POST(request: Request) {
  return commandResponse(request, createUserCommand);
}

/** PUT /api/v1/users/{id} {role, department?}: role and department (department roles need one). */
export async function PUT(request: Request, { params }: UserParams) {
  return commandResponse(request, updateUserCommand, await userOf(params));
}

/** PUT /api/v1/users/{id}/password {password}: the admin's reset (audited without the password). */
export async function putPassword(request: Request, { params }: UserParams) {
  return commandResponse(request, resetPasswordCommand, await userOf(params));
}

/** PUT /api/v1/users/{id}/active {active}: enables or disables the account; a disabled user is out on the next request. */
export async function putActive(request: Request, { params }: UserParams) {
  return commandResponse(request, setUserActiveCommand, await userOf(params));
}

/** POST /api/v1/users/{id}/unlock: the admin forgets the failed sign-ins recorded against the user, from every address. */
export async function postUnlock(request: Request, { params }: UserParams) {
  return commandResponse(request, unlockLoginCommand, await userOf(params));
}
