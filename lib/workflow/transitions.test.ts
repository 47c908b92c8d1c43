import { describe, expect, it } from "vitest";
import { checkTransition, isEditable } from "./transitions";

describe("workflow transitions", () => {
  it.each([
    ["submit", "draft", "dept_head", undefined, "submitted"],
    ["submit", "returned", "dept_head", undefined, "submitted"],
    ["approve", "submitted", "planner", undefined, "approved"],
    ["return", "submitted", "planner", "Sai số liệu", "returned"],
    ["reopen", "approved", "admin", "Cần điều chỉnh", "returned"],
  ] as const)("%s from %s by %s -> %s", (action, state, role, reason, to) => {
    expect(checkTransition(action, state, role, reason)).toEqual({ ok: true, to });
  });

  it.each([
    ["submit", "draft", "officer", 403],
    ["submit", "draft", "planner", 403],
    ["approve", "submitted", "dept_head", 403],
    ["approve", "draft", "planner", 409],
    ["submit", "approved", "dept_head", 409],
    ["submit", "submitted", "dept_head", 409],
    ["reopen", "submitted", "planner", 409],
  ] as const)("%s from %s by %s is refused with %i", (action, state, role, status) => {
    expect(checkTransition(action, state, role)).toMatchObject({ ok: false, status });
  });

  it("returning and reopening need a reason", () => {
    expect(checkTransition("return", "submitted", "planner", "  ")).toMatchObject({ ok: false, status: 422 });
    expect(checkTransition("reopen", "approved", "planner")).toMatchObject({ ok: false, status: 422 });
  });

  it("only draft and returned months can be edited", () => {
    expect(["draft", "returned", "submitted", "approved"].map((s) => isEditable(s as never))).toEqual([true, true, false, false]);
  });
});
