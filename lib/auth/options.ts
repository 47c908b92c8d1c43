import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { authSecret } from "@/lib/env";
import { requestLog } from "@/lib/ops/log";
import { checkCredentials } from "./credentials";
import { sessionLimits } from "./session-policy";
import { checkSignIn } from "./sign-in";

function clientIp(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  const real = headers?.["x-real-ip"];
  return first || (typeof real === "string" ? real : "") || "local";
}

/** next-auth (v4) with username + password; the JWT carries only the user id, roles are read fresh on every request. */
export const authOptions: NextAuthOptions = {
  get secret() {
    return authSecret();
  },
  session: { strategy: "jwt", maxAge: sessionLimits().maxAge },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Tên đăng nhập",
      credentials: {
        username: { label: "Tên đăng nhập", type: "text" },
        password: { label: "Mật khẩu", type: "password" },
      },
      async authorize(credentials, req) {
        const username = String(credentials?.username ?? "").slice(0, 100);
        const password = String(credentials?.password ?? "").slice(0, 200);
        const result = checkSignIn(
          username,
          () => checkCredentials(getDb(), { username, password, ip: clientIp(req?.headers) }),
          await requestLog(),
        );
        // next-auth shows this message in the login form: only the Vietnamese ones of credentials.ts and sign-in.ts
        if (!result.ok) throw new Error(result.error);
        return { id: String(result.userId) };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const now = Math.floor(Date.now() / 1000);
        token.uid = Number(user.id);
        token.loginAt = now;
        token.lastSeen = now;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid as number };
    },
  },
};
