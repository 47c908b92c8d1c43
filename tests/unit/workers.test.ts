import { describe, expect, it } from "vitest";
// @ts-expect-error plain ESM script without types
import { workerCount } from "../../scripts/workers.mjs";

describe("server workers", () => {
  it.each([
    [{}, 2, 2],
    [{}, 1, 1],
    [{}, 32, 4],
    [{ WEB_CONCURRENCY: "1" }, 8, 1],
    [{ WEB_CONCURRENCY: "6" }, 2, 6],
    [{ WEB_CONCURRENCY: "99" }, 2, 16],
    [{ WEB_CONCURRENCY: "abc" }, 2, 2],
    [{ WEB_CONCURRENCY: "0" }, 2, 2],
  ])("%j on %i cores → %i workers", (env, cores, expected) => {
    expect(workerCount(env, cores)).toBe(expected);
  });
});
