import { describe, expect, it } from "vitest";
import { bearerToken, isBearerScheme } from "./bearer";

describe("Bearer credentials", () => {
  it.each([
    ["Bearer ct_abc", "ct_abc"],
    ["bearer ct_abc", "ct_abc"],
    ["BEARER ct_abc", "ct_abc"],
    ["bEaReR ct_abc", "ct_abc"],
    ["Bearer   ct_abc  ", "ct_abc"],
    ["Bearer\tct_a-b_c.d~e+f/g==", "ct_a-b_c.d~e+f/g=="],
  ])("reads the token of %j whatever the scheme's case", (header, token) => {
    expect(bearerToken(header)).toBe(token);
    expect(isBearerScheme(header)).toBe(true);
  });
  it.each([
    [null],
    [undefined],
    [""],
    ["Bearer"],
    ["Bearer "],
    ["Bearerct_abc"],
    ["Basic dXNlcjpwYXNz"],
    ["Token ct_abc"],
    [" Bearer ct_abc"],
    ["Bearer ct_abc extra"],
    ["Bearer ct_ab\u0000c"],
  ])("finds no token in %j", (header) => {
    expect(bearerToken(header)).toBeNull();
  });
  it("tells a malformed Bearer header from another scheme", () => {
    expect(isBearerScheme("bearer")).toBe(true);
    expect(isBearerScheme("Bearer ct_abc extra")).toBe(true);
    expect(isBearerScheme("Basic dXNlcjpwYXNz")).toBe(false);
    expect(isBearerScheme("Bearerct_abc")).toBe(false);
  });
});
