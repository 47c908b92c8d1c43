import { getConnection } from "@/db/client";

export const dynamic = "force-dynamic";

export function GET() {
  try {
    const { sqlite } = getConnection();
    sqlite.prepare("select 1 from __drizzle_migrations limit 1").get();
    return Response.json({ status: "ok", db: "ok" });
  } catch {
    return Response.json({ status: "error", db: "error" }, { status: 503 });
  }
}
