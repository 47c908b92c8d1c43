import "server-only";
import type { Db, Tx } from "@/db/client";
import { rawClient } from "@/db/raw";
import { DomainError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write";

export interface StoredTemplate {
  id: number;
  code: string;
  name: string;
  template: string | null;
  version: number;
}

/** An indicator's stored sentence template and its version, by code. */
export function findSentenceTemplate(db: Db | Tx, code: string): StoredTemplate | undefined {
  return rawClient(db)
    .prepare(
      "select id, code, name, sentence_template as template, sentence_template_version as version from indicators where code = ?",
    )
    .get(code) as StoredTemplate | undefined;
}

/**
 * Saves an indicator's sentence template (null = the default of its kind) with its audit
 * entry, in the caller's transaction. Refuses an unknown indicator (404) and a stale version
 * (409: someone saved another template since the planner opened it; nothing is overwritten).
 */
export function saveSentenceTemplate(
  tx: Tx,
  userId: number,
  input: { indicator: string; template: string; version: number },
): { template: string | null; version: number; changed: boolean } {
  const current = findSentenceTemplate(tx, input.indicator);
  if (!current) throw new DomainError(404, `Không có chỉ tiêu mã "${input.indicator}"`);
  if (current.version !== input.version) {
    throw new DomainError(
      409,
      "Mẫu câu này vừa được người khác lưu. Tải lại trang để xem mẫu mới rồi sửa tiếp.",
      { template: "Mẫu câu đã thay đổi" },
      { current: current.template, version: current.version },
    );
  }
  const template = input.template === "" ? null : input.template;
  if (template === current.template) return { template, version: current.version, changed: false };
  const version = current.version + 1;
  rawClient(tx)
    .prepare("update indicators set sentence_template = ?, sentence_template_version = ? where id = ?")
    .run(template, version, current.id);
  writeAudit(tx, {
    userId,
    action: "indicator.sentence_template",
    entity: "indicator",
    entityId: current.code,
    before: { template: current.template, version: current.version },
    after: { template, version },
  });
  return { template, version, changed: true };
}
