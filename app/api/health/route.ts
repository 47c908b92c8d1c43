import { getConnection } from "@/db/client";
import { databasePath } from "@/db/path";
import { healthOf } from "@/lib/ops/health";

export const dynamic = "force-dynamic";

/** Database reachable, writable and migrated, the migration applied, and the disk space left; 503 when any is wrong. */
export function GET() {
  try {
    const health = healthOf(getConnection().sqlite, databasePath());
    return Response.json(health, { status: health.status === "ok" ? 200 : 503 });
  } catch {
    return Response.json(
      { status: "error", db: "error", migration: null, pendingMigrations: null, diskFreeBytes: null, diskLow: false },
      { status: 503 },
    );
  }
}
