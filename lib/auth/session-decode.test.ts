import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSession } from "./session-decode";

const secret = "test-secret-0123456789-abcdefghijklmnopqrstuvwxyz";

describe("decodeSession", () => {
  it("decrypts a session once and hands the same payload to the next reader", async () => {
    const token = await encode({ token: { uid: 3, loginAt: 1, lastSeen: 1 }, secret, maxAge: 3600 });
    const first = await decodeSession(token, secret);
    expect(first).toMatchObject({ uid: 3 });
    expect(await decodeSession(token, secret)).toBe(first);
  });

  it("refuses a forged token and one sealed with another secret", async () => {
    expect(await decodeSession("not-a-jwe", secret)).toBeNull();
    const other = await encode({
      token: { uid: 3 },
      secret: "another-secret-0123456789-abcdefghijklmnopqrs",
      maxAge: 3600,
    });
    expect(await decodeSession(other, secret)).toBeNull();
  });

  it("stops answering with a kept payload once it has expired", async () => {
    const token = await encode({ token: { uid: 4 }, secret, maxAge: 60 });
    const payload = await decodeSession(token, secret);
    expect(payload).not.toBeNull();
    expect(await decodeSession(token, secret, (payload!.exp as number) + 1)).toBeNull();
  });
});
