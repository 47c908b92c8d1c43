import { describe, expect, it } from "vitest";
import { openDatabase, synchronousSetting } from "./client";

describe("database durability settings", () => {
  it("WAL with synchronous NORMAL by default, FULL on request, nonsense refused", () => {
    expect(synchronousSetting({} as unknown as NodeJS.ProcessEnv)).toBe("NORMAL");
    expect(synchronousSetting({ SQLITE_SYNCHRONOUS: "full" } as unknown as NodeJS.ProcessEnv)).toBe("FULL");
    expect(() => synchronousSetting({ SQLITE_SYNCHRONOUS: "OFF" } as unknown as NodeJS.ProcessEnv)).toThrow(
      /NORMAL hoặc FULL/,
    );
  });

  it("opens with foreign keys, a busy timeout and the chosen synchronous level", () => {
    const { sqlite } = openDatabase(":memory:");
    expect(sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(sqlite.pragma("busy_timeout", { simple: true })).toBe(5000);
    expect(sqlite.pragma("synchronous", { simple: true })).toBe(1); // NORMAL
  });
});
