import { describe, expect, it } from "vitest";
import { authSecretProblem } from "./env";

describe("AUTH_SECRET strength", () => {
  it.each([undefined, "", "short", "changeme-changeme-changeme-changeme", "a".repeat(64)])("refuses %j", (secret) => {
    expect(authSecretProblem(secret)).not.toBeNull();
  });
  it("accepts a long random secret", () => {
    expect(authSecretProblem("3q2+7Hk9LmNpQr5tUvWxYz0aBcDeFgHiJkLmNoPqRsTuVwXy")).toBeNull();
  });
});
