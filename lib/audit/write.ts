import type { Tx } from "@/db/client";
import { auditLog } from "@/db/schema";

export interface AuditEntry {
  userId: number | null;
  action: string;
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

const row = (entry: AuditEntry) => ({
  userId: entry.userId,
  action: entry.action,
  entity: entry.entity,
  entityId: String(entry.entityId),
  before: entry.before ?? null,
  after: entry.after ?? null,
  reason: entry.reason ?? null,
});

/** Writes an audit entry inside the caller's transaction, beside the change it records. */
export function writeAudit(tx: Tx, entry: AuditEntry): void {
  tx.insert(auditLog).values(row(entry)).run();
}
