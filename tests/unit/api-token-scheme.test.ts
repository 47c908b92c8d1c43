import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

// the app's own process-wide connection, on a database of this test
process.env.DATABASE_URL = `file:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-bearer-")), "app.db")}`;

import { getConnection } from "@/db/client";
import { users } from "@/db/schema";
import { requestUser } from "@/lib/auth/current-user";
import { hashPassword } from "@/lib/auth/password";
import { createApiToken } from "@/lib/auth/tokens";

/** API tokens: the scheme of `Authorization: Bearer <token>` is case-insensitive (RFC 7235 §2.1). */
let token: string;
beforeAll(() => {
  const { db } = getConnection();
  const { id } = db
    .insert(users)
    .values({ username: "maytram", fullName: "Máy trạm", role: "leader", passwordHash: hashPassword("MatKhau2024") })
    .returning({ id: users.id })
    .get();
  token = createApiToken(db, id, "kiểm thử").token;
});

const userOf = (authorization: string) =>
  requestUser(new Request("http://app.local/api/v1/indicators", { headers: { authorization } }));

describe("Bearer tokens", () => {
  it.each(["Bearer", "bearer", "BEARER", "BeArEr"])("%s <token> names the token's user", async (scheme) => {
    expect(await userOf(`${scheme} ${token}`)).toMatchObject({ username: "maytram", role: "leader" });
  });
  it("an unknown or malformed token, or another scheme, names nobody", async () => {
    expect(await userOf("bearer ct_unknown")).toBeNull();
    expect(await userOf(`bearer ${token} extra`)).toBeNull();
    expect(await userOf(`Basic ${token}`)).toBeNull();
  });
});
