import { z } from "@/lib/validation/zod";
import { ALL_PERIODS, ROLES } from "@/db/schema/vocabulary";
import { createTokenSchema } from "@/lib/admin/schemas";
import {
  changeOwnPasswordSchema,
  createUserSchema,
  endOtherSessionsSchema,
  resetPasswordSchema,
  setUserActiveSchema,
  updateUserSchema,
} from "@/lib/users/schemas";
import { reportPeriodPreferenceSchema } from "@/lib/preferences/schemas";
import { bodyWithout } from "./body";
import type { ApiOperation } from "./operations";

/** Users and API tokens in the OpenAPI description (operations.ts): the actions of /admin/users and /admin/tokens. No answer carries a password, a hash or a token's secret, but the new token's once. */

const user = z.object({
  id: z.number().int(),
  username: z.string(),
  fullName: z.string(),
  role: z.enum(ROLES),
  department: z.string().nullable(),
  email: z.string().nullable().describe("for the e-mail reminders"),
  active: z.boolean(),
});
const token = z.object({
  id: z.number().int(),
  name: z.string(),
  username: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
const USER = "/api/v1/users/{id}";
const UNKNOWN_USER = { 404: "no such user", 422: "invalid input" };

const sessionsEnded = z.object({
  userId: z.number().int(),
  sessionVersion: z.number().int().describe("the caller's session continues at it (re-issued in Set-Cookie)"),
});
const SESSION_ONLY = {
  401: "not signed in",
  403: "an API token: only a person's browser session may do this",
};

export const USER_OPERATIONS: readonly ApiOperation[] = [
  {
    method: "PUT",
    path: "/api/v1/preferences/report-period",
    summary: "Remember the period the caller's report pages open on (the same period again changes nothing)",
    who: "every signed-in user, for themselves",
    body: reportPeriodPreferenceSchema,
    answer: z.object({ period: z.enum(ALL_PERIODS), changed: z.boolean() }),
    refusals: { 422: "not a period code" },
  },
  {
    method: "PUT",
    path: "/api/v1/account/password",
    summary:
      "Change one's own password (current password required, the policy of an admin's reset); every other session of the user ends, the caller's is re-issued",
    who: "any signed-in user, by session (not an API token)",
    body: changeOwnPasswordSchema,
    answer: sessionsEnded,
    refusals: {
      ...SESSION_ONLY,
      422: "invalid input; a wrong current password names `currentPassword`; a weak or repeated new password names `newPassword`",
    },
  },
  {
    method: "POST",
    path: "/api/v1/account/sessions/end-others",
    summary: "End every other session of one's own account; the caller's is re-issued",
    who: "any signed-in user, by session (not an API token)",
    body: endOtherSessionsSchema,
    answer: sessionsEnded,
    refusals: SESSION_ONLY,
  },
  {
    method: "GET",
    path: "/api/v1/users",
    summary: "Every user with role, department and whether the account is active",
    who: "admin",
    answer: z.object({ users: z.array(user) }),
  },
  {
    method: "POST",
    path: "/api/v1/users",
    summary: "Create a user (department roles need a department)",
    who: "admin",
    body: createUserSchema,
    answer: user,
    refusals: { 409: "the user name exists", 422: "invalid input, a weak password or an unknown department" },
  },
  {
    method: "PUT",
    path: USER,
    summary: "Change a user's role, department and e-mail (left out: kept) from their next request",
    who: "admin",
    body: bodyWithout(updateUserSchema, "userId"),
    answer: z.object({
      userId: z.number().int(),
      role: z.enum(ROLES),
      department: z.string().nullable(),
      email: z.string().nullable(),
    }),
    refusals: {
      ...UNKNOWN_USER,
      422: "invalid input, no department for a department role, or taking away one's own admin role",
    },
  },
  {
    method: "PUT",
    path: `${USER}/password`,
    summary: "Set a new password (the admin's reset; audited without it)",
    who: "admin",
    body: bodyWithout(resetPasswordSchema, "userId"),
    answer: z.object({ userId: z.number().int() }),
    refusals: { ...UNKNOWN_USER, 422: "a weak password" },
  },
  {
    method: "PUT",
    path: `${USER}/active`,
    summary: "Enable or disable an account; a disabled user is out on the next request",
    who: "admin",
    body: bodyWithout(setUserActiveSchema, "userId"),
    answer: z.object({ userId: z.number().int(), active: z.boolean() }),
    refusals: { ...UNKNOWN_USER, 422: "invalid input, or disabling one's own account" },
  },
  {
    method: "POST",
    path: `${USER}/unlock`,
    summary: "Unlock a user's sign-in: the failed attempts recorded against the username are forgotten",
    who: "admin",
    answer: z.object({ userId: z.number().int(), cleared: z.number().int() }),
    refusals: UNKNOWN_USER,
  },
  {
    method: "GET",
    path: "/api/v1/tokens",
    summary: "Every API token: name, user, created, last used, revoked (never the secret)",
    who: "admin",
    answer: z.object({ tokens: z.array(token) }),
  },
  {
    method: "POST",
    path: "/api/v1/tokens",
    summary: "Issue an API token for an active user; the secret is in this answer only",
    who: "admin",
    body: createTokenSchema,
    answer: z.object({
      id: z.number().int(),
      token: z.string().describe("Authorization: Bearer <token>; shown this once, stored hashed"),
      username: z.string(),
    }),
    refusals: { 422: "invalid input, an unknown or disabled user" },
  },
  {
    method: "DELETE",
    path: "/api/v1/tokens/{id}",
    summary: "Revoke a token at once",
    who: "admin",
    answer: z.object({ tokenId: z.number().int(), revokedAt: z.string() }),
    refusals: { 404: "no such token", 409: "already revoked", 422: "a malformed id" },
  },
];
