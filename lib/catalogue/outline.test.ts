import { describe, expect, it } from "vitest";
import { sortByOutline } from "./outline";

const s = (id: number, parentId: number | null, sortOrder: number, code: string) => ({ id, parentId, sortOrder, code });

describe("sortByOutline", () => {
  it("puts parents before children and siblings by their order, whatever the ids", () => {
    const rows = [
      s(1, null, 1, "I"),
      s(2, 1, 2, "I.2"),
      s(3, 1, 1, "I.1"),
      s(4, null, 2, "II"),
      s(5, 3, 1, "I.1.1"),
      s(6, 1, 2, "I.2b"),
    ];
    expect(sortByOutline(rows).map((r) => r.code)).toEqual(["I", "I.1", "I.1.1", "I.2", "I.2b", "II"]);
  });

  it("keeps a section whose parent is missing", () => {
    expect(sortByOutline([s(1, null, 1, "I"), s(2, 9, 1, "lost")]).map((r) => r.code)).toEqual(["I", "lost"]);
  });
});
