import type { Tx } from "@/db/client";
import type { Role } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { requirePlanEditor } from "../plan-editor";
import { writeAudit } from "@/lib/audit/write";
import { createIndicator } from "../create-indicator";
import { reassignIndicator } from "../reassign-indicator";
import { setTargets } from "../set-targets";
import type { AnnexColumn, AnnexRow } from "./parse-annex";
import { previewImport, type ImportPreview } from "./preview";

/**
 * Applies an annex import in the caller's transaction, all-or-nothing: the preview is computed
 * again and must be exactly the one the person confirmed (same file, same database), with no errors.
 */
export function applyImport(
  tx: Tx,
  user: { id: number; role: Role },
  input: {
    year: number;
    fingerprint: string;
    fileName: string;
    columns: Partial<Record<AnnexColumn, string>>;
    rows: AnnexRow[];
  },
): ImportPreview["counts"] {
  requirePlanEditor(tx, user, input.year);
  const preview = previewImport(tx, input.year, input.columns, input.rows);
  if (preview.errors.length > 0)
    throw new DomainError(422, `Tệp còn ${preview.errors.length} lỗi; chưa nhập gì. ${preview.errors[0]}`);
  if (preview.fingerprint !== input.fingerprint)
    throw new DomainError(409, "Tệp hoặc dữ liệu đã thay đổi từ lúc xem trước; hãy xem trước lại rồi xác nhận");
  if (preview.items.length === 0) throw new DomainError(422, "Tệp không có chỉ tiêu nào để nhập");
  for (const item of preview.items) {
    if (item.action === "create" || item.action === "assign") {
      createIndicator(tx, user, {
        year: input.year,
        code: item.code,
        name: item.name,
        unit: item.unit,
        kind: item.kind,
        department: item.department,
        parent: item.parent ?? undefined,
        section: undefined,
      });
    } else if (item.action === "reassign") {
      reassignIndicator(tx, user.id, { code: item.code, fromYear: input.year, department: item.department });
    }
  }
  setTargets(
    tx,
    user,
    input.year,
    preview.items
      .filter((i) => i.targetChanged)
      .map((i) => ({ indicator: i.code, source: i.source, target: i.target })),
  );
  writeAudit(tx, {
    userId: user.id,
    action: "plan_import",
    entity: "plan_year",
    entityId: input.year,
    after: { file: input.fileName, ...preview.counts },
  });
  return preview.counts;
}
