import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import { DomainError } from "@/lib/errors";
import { runningServer } from "./server-marker";

/** Checks that a file is a sound Chỉ tiêu database (integrity, migrations table, users). */
export function checkBackupFile(file: string): void {
  if (!fs.existsSync(file)) throw new DomainError(404, `Không tìm thấy tệp sao lưu ${file}`);
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = db.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") throw new DomainError(422, `Tệp sao lưu bị hỏng: ${String(integrity)}`);
    const tables = new Set(
      (db.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map(
        (t) => t.name,
      ),
    );
    if (!tables.has("__drizzle_migrations") || !tables.has("users"))
      throw new DomainError(422, "Tệp này không phải bản sao lưu của Chỉ tiêu");
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new DomainError(422, `Tệp sao lưu không đọc được: ${(error as Error).message}`);
  } finally {
    db?.close();
  }
}

/**
 * Replaces the database with a backup. Refuses while a server uses the database. The current
 * file is kept beside it as `<db>.before-restore-<time>`; the backup is copied with SQLite's
 * backup API into a temporary file and renamed into place, so a crash midway leaves either
 * the old or the new database, never a mix.
 */
export async function restoreDatabase(
  backupFile: string,
  databaseFile: string,
  now = new Date(),
): Promise<{ previous: string | null }> {
  const pid = runningServer(databaseFile);
  if (pid)
    throw new DomainError(
      409,
      `Máy chủ đang chạy (tiến trình ${pid}) trên cơ sở dữ liệu này. Dừng máy chủ trước khi khôi phục.`,
    );
  const source = path.resolve(backupFile);
  const target = path.resolve(databaseFile);
  if (source === target) throw new DomainError(422, "Tệp sao lưu trùng với cơ sở dữ liệu đang dùng");
  checkBackupFile(source);
  fs.mkdirSync(path.dirname(target), { recursive: true });

  const staging = `${target}.restoring`;
  fs.rmSync(staging, { force: true });
  const from = new Database(source, { readonly: true });
  try {
    await from.backup(staging);
  } finally {
    from.close();
  }

  let previous: string | null = null;
  if (fs.existsSync(target)) {
    // fold the WAL into the file so the kept copy is complete on its own
    const current = new Database(target);
    current.pragma("wal_checkpoint(TRUNCATE)");
    current.close();
    previous = `${target}.before-restore-${now.toISOString().replace(/[:.]/g, "-")}`;
    fs.renameSync(target, previous);
  }
  for (const suffix of ["-wal", "-shm"]) fs.rmSync(`${target}${suffix}`, { force: true });
  fs.renameSync(staging, target);
  return { previous };
}
