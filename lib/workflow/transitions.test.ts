import { describe, expect, it } from "vitest";
import { checkTransition, isEditable, TRANSITIONS } from "./transitions";

describe("workflow transitions", () => {
  it.each([
    ["submit", "draft", undefined, "submitted"],
    ["submit", "returned", undefined, "submitted"],
    ["approve", "submitted", undefined, "approved"],
    ["return", "submitted", "Sai số liệu", "returned"],
    ["reopen", "approved", "Cần điều chỉnh", "returned"],
  ] as const)("%s from %s -> %s", (action, state, reason, to) => {
    expect(checkTransition(action, state, reason)).toEqual({ ok: true, to });
  });

  it.each([
    ["approve", "draft"],
    ["submit", "approved"],
    ["submit", "submitted"],
    ["reopen", "submitted"],
    ["return", "approved"],
  ] as const)("%s from %s is refused with 409", (action, state) => {
    expect(checkTransition(action, state, "Lý do")).toMatchObject({ ok: false, status: 409 });
  });

  it("returning and reopening need a reason", () => {
    expect(checkTransition("return", "submitted", "  ")).toMatchObject({ ok: false, status: 422 });
    expect(checkTransition("reopen", "approved")).toMatchObject({ ok: false, status: 422 });
  });

  it("names who may take each action (the permission table says which roles: lib/auth/permissions.test.ts)", () => {
    expect(TRANSITIONS.submit.permission).toBe("submission.submit");
    expect([TRANSITIONS.approve, TRANSITIONS.return, TRANSITIONS.reopen].map((t) => t.permission)).toEqual([
      "submission.review",
      "submission.review",
      "submission.review",
    ]);
  });

  it("only draft and returned months can be edited", () => {
    expect(["draft", "returned", "submitted", "approved"].map((s) => isEditable(s as never))).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
