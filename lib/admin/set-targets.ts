import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import type { Role, TargetSource } from "@/db/schema";
import { indicatorAssignments, indicators, targets } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write";
import { requirePlanEditor } from "./plan-editor";
import { requireEditablePlanYear } from "./plan-years";
import type { TargetAmounts } from "./target-text";

export interface TargetChange {
  indicator: string;
  source: TargetSource;
  /** null removes the target */
  target: TargetAmounts | null;
  /** the version the editor saw (0: there was no target); omitted by API callers who overwrite */
  version?: number;
}

export interface StoredTarget {
  indicator: string;
  source: TargetChange["source"];
  version: number;
  changed: boolean;
}

const same = (a: TargetAmounts | null, b: TargetAmounts | null) =>
  a === null || b === null ? a === b : a.value === b.value && a.min === b.min && a.max === b.max;

/**
 * Writes a year's targets all-or-nothing: every item is checked first (indicator in the year's
 * plan, version unchanged), errors are reported per item as `<field>.<index>.…`, then each change
 * is stored with its audit entry (before, after).
 */
export function setTargets(
  tx: Tx,
  user: { id: number; role: Role },
  year: number,
  items: TargetChange[],
  field: "targets" | "cells" = "targets",
): StoredTarget[] {
  requirePlanEditor(tx, user, year);
  requireEditablePlanYear(tx, year);
  const inPlan = new Map(
    tx
      .select({ id: indicators.id, code: indicators.code })
      .from(indicatorAssignments)
      .innerJoin(indicators, eq(indicators.id, indicatorAssignments.indicatorId))
      .where(eq(indicatorAssignments.year, year))
      .all()
      .map((r) => [r.code, r.id]),
  );
  const errors: Record<string, string> = {};
  const conflicts: string[] = [];
  const seen = new Set<string>();
  const plan = items.map((item, i) => {
    const indicatorId = inPlan.get(item.indicator);
    if (indicatorId === undefined) {
      errors[`${field}.${i}.indicator`] = `Chỉ tiêu "${item.indicator}" không có trong kế hoạch năm ${year}`;
      return null;
    }
    const key = `${item.indicator}:${item.source}`;
    if (seen.has(key))
      errors[`${field}.${i}.source`] = `Kế hoạch ${item.source} của "${item.indicator}" được nhập hai lần`;
    seen.add(key);
    const current = tx
      .select()
      .from(targets)
      .where(and(eq(targets.indicatorId, indicatorId), eq(targets.year, year), eq(targets.source, item.source)))
      .get();
    if (item.version !== undefined && item.version !== (current?.version ?? 0))
      conflicts.push(`${item.indicator} (${item.source})`);
    return { item, indicatorId, current };
  });
  if (Object.keys(errors).length > 0) throw new DomainError(422, Object.values(errors)[0], errors);
  if (conflicts.length > 0)
    throw new DomainError(
      409,
      `Kế hoạch vừa được người khác sửa: ${conflicts.join(", ")}. Hãy tải lại trang rồi nhập lại.`,
    );
  return plan.map((p) => {
    const { item, indicatorId, current } = p!;
    const before = current ? { value: current.value, min: current.min, max: current.max } : null;
    if (same(before, item.target))
      return { indicator: item.indicator, source: item.source, version: current?.version ?? 0, changed: false };
    let version = 0;
    if (item.target === null) {
      tx.delete(targets).where(eq(targets.id, current!.id)).run();
    } else if (current) {
      version = tx
        .update(targets)
        .set({ ...item.target, derived: false, note: null, version: current.version + 1 })
        .where(eq(targets.id, current.id))
        .returning()
        .get().version;
    } else {
      version = tx
        .insert(targets)
        .values({ indicatorId, year, source: item.source, ...item.target })
        .returning()
        .get().version;
    }
    writeAudit(tx, {
      userId: user.id,
      action: item.target ? "target_set" : "target_clear",
      entity: "target",
      entityId: `${item.indicator}:${year}:${item.source}`,
      before,
      after: item.target,
    });
    return { indicator: item.indicator, source: item.source, version, changed: true };
  });
}
