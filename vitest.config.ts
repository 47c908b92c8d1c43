import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: {
    alias: { "@": path.resolve(__dirname), "server-only": path.resolve(__dirname, "tests/unit/server-only-stub.ts") },
  },
  test: {
    include: ["lib/**/*.test.ts", "db/**/*.test.ts", "tests/unit/**/*.test.ts"],
    environment: "node",
    pool: "forks",
    testTimeout: 20_000,
    // files build a demo province in memory before their tests; generous on a busy 2-core machine
    hookTimeout: 60_000,
  },
});
