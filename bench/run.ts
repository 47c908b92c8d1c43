import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDatabase, openDatabase } from "@/db/client";
import { loadDemoProvince } from "@/db/seed/load-demo";
import { runEntrySaveBench, seedEntryBench } from "./entry-save";
import { exportBench } from "./export";
import { hostileUploadsBench, uploadBenchToken } from "./hostile-uploads";
import { loadWithAutocannon } from "./http-report";
import { seedSyntheticProvince } from "./province";
import { reportComputeBench } from "./report-compute";
import { startServer } from "./server";

/**
 * `npm run bench`: the performance figures the issues ask for, printed and written to
 * bench/out/results.json. `npm run bench -- <part>` runs one part: entries, province, compute,
 * export or uploads.
 */
async function main() {
  const only = process.argv[2];
  const results: Record<string, unknown> = {
    machine: { cpus: os.cpus().length, node: process.version },
    at: new Date().toISOString(),
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-bench-"));

  if (!only || only === "entries") {
    const file = path.join(dir, "entries.db");
    const { db } = openDatabase(file);
    migrateDatabase(db);
    loadDemoProvince(db);
    const clients = seedEntryBench(db);
    const server = await startServer(file, Number(process.env.BENCH_PORT ?? 3400));
    try {
      results.healthBaselineEntries = await loadWithAutocannon(`${server.url}/api/health`);
      console.log(
        "\n== /api/health, 20 đồng thời (mức nền của máy chủ)\n" + JSON.stringify(results.healthBaselineEntries),
      );
      results.entrySave = await runEntrySaveBench(db, server.url, clients);
      results.entryWorkerRssMb = server.workerRssMb();
      console.log(
        "\n== Lưu số liệu: 20 đơn vị đồng thời, mỗi lần 40 số liệu\n" + JSON.stringify(results.entrySave, null, 2),
      );
    } finally {
      server.stop();
    }
  }

  if (!only || only === "province" || only === "compute") {
    const file = path.join(dir, "province.db");
    const { db, sqlite } = openDatabase(file);
    migrateDatabase(db);
    const seeded = seedSyntheticProvince(sqlite);
    console.log(
      `\n== Tỉnh giả lập: 100 đơn vị (40 sở, ngành; 60 xã), 1.000 chỉ tiêu (3 chỉ tiêu do từng xã báo cáo), 10 năm (${seeded.values} số liệu)`,
    );
    results.reportCompute = reportComputeBench(db, sqlite);
    console.log(
      "(a) Tính báo cáo toàn tỉnh so với một lần quét và cộng bằng SQL\n" +
        JSON.stringify(results.reportCompute, null, 2),
    );
    if (only === "compute") return finish(results);
    const { httpLoadBench } = await import("./http-report");
    results.reportHttp = await httpLoadBench(file, Number(process.env.BENCH_PORT ?? 3400) + 1);
    console.log("(b) Bảng điều hành và API báo cáo, 20 đồng thời\n" + JSON.stringify(results.reportHttp, null, 2));
  }

  if (!only || only === "export") {
    const { db } = openDatabase(":memory:");
    migrateDatabase(db);
    loadDemoProvince(db);
    results.export = await exportBench(db);
    console.log(
      "\n== Xuất báo cáo mẫu đầy đủ: .docx (kèm phụ lục) và .xlsx, 10 lần mỗi loại\n" +
        JSON.stringify(results.export, null, 2),
    );
  }

  if (!only || only === "uploads") {
    const file = path.join(dir, "uploads.db");
    const { db } = openDatabase(file);
    migrateDatabase(db);
    loadDemoProvince(db);
    const token = uploadBenchToken(db);
    const server = await startServer(file, Number(process.env.BENCH_PORT ?? 3400) + 2);
    try {
      results.hostileUploads = await hostileUploadsBench(server.url, token, server.workerRssMb);
      console.log(
        "\n== Tệp Excel độc hại: thời gian bị từ chối, /api/health khi 5 và 14 tệp tải lên cùng lúc\n" +
          JSON.stringify(results.hostileUploads, null, 2),
      );
    } finally {
      server.stop();
    }
  }

  finish(results);
}

function finish(results: Record<string, unknown>) {
  fs.mkdirSync(path.join(__dirname, "out"), { recursive: true });
  fs.writeFileSync(path.join(__dirname, "out", "results.json"), JSON.stringify(results, null, 2));
  console.log(`\nKết quả: bench/out/results.json`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
