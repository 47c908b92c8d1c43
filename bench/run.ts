import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDatabase, openDatabase } from "@/db/client";
import { loadDemoProvince } from "@/db/seed/load-demo";
import { runEntrySaveBench, seedEntryBench } from "./entry-save";
import { loadGet } from "./http-load";
import { startServer } from "./server";

/** `npm run bench`: performance figures of the targets in the issues, printed and written to bench/out/results.json. */
async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-bench-"));
  const file = path.join(dir, "bench.db");
  const { db } = openDatabase(file);
  migrateDatabase(db);
  loadDemoProvince(db);
  const clients = seedEntryBench(db);
  const server = await startServer(file, Number(process.env.BENCH_PORT ?? 3400));
  const results: Record<string, unknown> = { machine: { cpus: os.cpus().length, node: process.version } };
  try {
    await loadGet(`${server.url}/api/health`, 20, 5);
    results.healthBaseline = await loadGet(`${server.url}/api/health`, 20, 12);
    console.log("\n== /api/health, 20 đồng thời (mức nền của máy chủ)");
    console.log(JSON.stringify(results.healthBaseline));
    console.log("\n== Lưu số liệu: 20 đơn vị đồng thời, mỗi lần 40 số liệu");
    results.entrySave = await runEntrySaveBench(db, server.url, clients);
    console.log(JSON.stringify(results.entrySave, null, 2));
  } finally {
    server.stop();
  }
  fs.mkdirSync(path.join(__dirname, "out"), { recursive: true });
  fs.writeFileSync(path.join(__dirname, "out", "results.json"), JSON.stringify(results, null, 2));
  console.log(`\nKết quả: bench/out/results.json`);
}

main().then(() => process.exit(0), (error) => {
  console.error(error);
  process.exit(1);
});
