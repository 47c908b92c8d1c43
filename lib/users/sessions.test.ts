import { describe, expect, it } from "vitest";
import { currentSignIn, possiblyOpenSignIns, type SessionEvent } from "./sessions";

const NOW = Date.parse("2024-12-10T10:00:00.000Z");
const HOURS_8 = 8 * 3600;
const at = (hoursAgo: number) => new Date(NOW - hoursAgo * 3600_000).toISOString();
const login = (hoursAgo: number, ip = "10.0.0.1"): SessionEvent => ({ action: "login", at: at(hoursAgo), ip });

describe("the sign-ins that may still be open", () => {
  it("keeps the sign-ins within the lifetime, newest first", () => {
    expect(possiblyOpenSignIns([login(9), login(3, "a"), login(1, "b")], NOW, HOURS_8)).toEqual([
      { at: at(1), ip: "b" },
      { at: at(3), ip: "a" },
    ]);
  });

  it.each([["logout"], ["account_password"], ["account_end_sessions"], ["user_password"], ["user_disable"]])(
    "drops every sign-in before %s",
    (action) => {
      const events = [login(5), login(4), { action, at: at(2) }, login(1)];
      expect(possiblyOpenSignIns(events, NOW, HOURS_8).map((s) => s.at)).toEqual([at(1)]);
    },
  );

  it("counts a user_update only when the role or department changed", () => {
    const events = [login(5), { action: "user_update", at: at(2), roleChanged: false }];
    expect(possiblyOpenSignIns(events, NOW, HOURS_8)).toHaveLength(1);
    expect(possiblyOpenSignIns([login(5), { ...events[1], roleChanged: true }], NOW, HOURS_8)).toEqual([]);
  });

  it("ignores failed sign-ins and events of the future", () => {
    expect(possiblyOpenSignIns([{ action: "login_failed", at: at(1) }, login(-1)], NOW, HOURS_8)).toEqual([]);
  });

  it("finds the cookie's own sign-in by its time", () => {
    const signIns = possiblyOpenSignIns([login(3, "a"), login(1, "b")], NOW, HOURS_8);
    const loginAt = Math.floor((NOW - 3600_000) / 1000) + 1;
    expect(currentSignIn(signIns, loginAt)).toEqual({ at: at(1), ip: "b" });
    expect(currentSignIn(signIns, loginAt + 3600)).toBeNull();
  });
});
