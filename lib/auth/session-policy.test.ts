import { describe, expect, it } from "vitest";
import { SESSION_REFRESH_SECONDS, sessionLimits, sessionVerdict } from "./session-policy";

const limits = { maxAge: 8 * 3600, idle: 30 * 60 };
const now = 1_800_000_000;

describe("session lifetime and idle timeout", () => {
  it.each([
    ["just signed in", { loginAt: now, lastSeen: now }, "valid"],
    [
      "active a minute ago: slide the idle window",
      { loginAt: now - 3600, lastSeen: now - SESSION_REFRESH_SECONDS },
      "refresh",
    ],
    ["idle 29 minutes", { loginAt: now - 3600, lastSeen: now - 29 * 60 }, "refresh"],
    ["idle 32 minutes", { loginAt: now - 3600, lastSeen: now - 32 * 60 }, "expired"],
    ["active but signed in 8 h 1 min ago", { loginAt: now - 8 * 3600 - 60, lastSeen: now }, "expired"],
    ["a token from before the policy (no stamps)", {}, "expired"],
    ["stamps of the wrong type", { loginAt: String(now), lastSeen: now }, "expired"],
  ] as const)("%s → %s", (_label, token, verdict) => {
    expect(sessionVerdict(token, now, limits)).toBe(verdict);
  });

  it("reads the limits from the environment, falling back on nonsense", () => {
    expect(
      sessionLimits({ SESSION_MAX_AGE_SECONDS: "3600", SESSION_IDLE_SECONDS: "600" } as unknown as NodeJS.ProcessEnv),
    ).toEqual({ maxAge: 3600, idle: 600 });
    expect(
      sessionLimits({ SESSION_MAX_AGE_SECONDS: "abc", SESSION_IDLE_SECONDS: "-5" } as unknown as NodeJS.ProcessEnv),
    ).toEqual({ maxAge: 8 * 3600, idle: 3600 });
  });
});
