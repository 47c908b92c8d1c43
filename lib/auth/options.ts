import type { NextAuthOptions, User } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { writeTransaction } from "@/db/write";
import { writeAudit } from "@/lib/audit/write";
import { authSecret } from "@/lib/env";
import { requestLog } from "@/lib/ops/log";
import { requestClientAddress } from "./client-address";
import { checkCredentials } from "./credentials";
import { sameOriginRedirect } from "./safe-redirect";
import { sessionLimits } from "./session-policy";
import { endSessionsFrom, SESSION_VERSION_CLAIM, tokenSessionVersion } from "./session-version";
import { checkSignIn } from "./sign-in";

type SignedIn = User & { sessionVersion: number };

/**
 * next-auth (v4) with username + password; the JWT carries only the user id and its session
 * version, roles are read fresh on every request (lib/auth/current-user.ts).
 */
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
        const ip = requestClientAddress(req?.headers);
        const result = checkSignIn(
          username,
          () => checkCredentials(getDb(), { username, password, ip }),
          await requestLog(),
        );
        // next-auth shows this message in the login form: only the Vietnamese ones of credentials.ts and sign-in.ts
        if (!result.ok) throw new Error(result.error);
        const user: SignedIn = { id: String(result.userId), sessionVersion: result.sessionVersion };
        return user;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const now = Math.floor(Date.now() / 1000);
        token.uid = Number(user.id);
        token[SESSION_VERSION_CLAIM] = (user as SignedIn).sessionVersion;
        token.loginAt = now;
        token.lastSeen = now;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid as number };
    },
    // after signing in or out: only a page of this site, however the target is spelled
    redirect({ url, baseUrl }) {
      return sameOriginRedirect(url, baseUrl);
    },
  },
  events: {
    // signing out ends every session of the user, copies of the cookie included
    signOut({ token }) {
      if (typeof token?.uid !== "number") return;
      const userId = token.uid;
      writeTransaction(getDb(), (tx) => {
        if (endSessionsFrom(tx, userId, tokenSessionVersion(token)))
          writeAudit(tx, { userId, action: "logout", entity: "user", entityId: userId });
      });
    },
  },
};
