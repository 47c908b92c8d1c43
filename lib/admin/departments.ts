import { eq, max } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { departments, planYears } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write";
import { departmentByCode } from "./lookups";

/** Creates a department valid from a plan year (default: the latest plan year). */
export function createDepartment(
  tx: Tx,
  actorId: number,
  input: { code: string; name: string; shortName?: string; validFrom?: number },
) {
  if (tx.select().from(departments).where(eq(departments.code, input.code)).get()) {
    throw new DomainError(409, `Đã có đơn vị mã "${input.code}"`, { code: "Mã đơn vị đã tồn tại" });
  }
  const validFrom =
    input.validFrom ??
    tx
      .select({ y: max(planYears.year) })
      .from(planYears)
      .get()?.y ??
    new Date().getFullYear();
  const row = tx
    .insert(departments)
    .values({ code: input.code, name: input.name, shortName: input.shortName || input.name, validFrom })
    .returning()
    .get();
  writeAudit(tx, {
    userId: actorId,
    action: "department_create",
    entity: "department",
    entityId: row.code,
    after: { code: row.code, name: row.name, shortName: row.shortName, validFrom },
  });
  return { code: row.code, name: row.name, shortName: row.shortName, validFrom: row.validFrom };
}

/** Renames a department (its name in every year: a rename is not a reorganisation). */
export function renameDepartment(
  tx: Tx,
  actorId: number,
  input: { code: string; name: string; shortName: string; version: number },
) {
  const row = departmentByCode(tx, input.code, "code");
  if (row.version !== input.version)
    throw new DomainError(409, `Đơn vị "${row.code}" vừa được người khác sửa; hãy tải lại trang`);
  tx.update(departments)
    .set({ name: input.name, shortName: input.shortName, version: row.version + 1 })
    .where(eq(departments.id, row.id))
    .run();
  writeAudit(tx, {
    userId: actorId,
    action: "department_rename",
    entity: "department",
    entityId: row.code,
    before: { name: row.name, shortName: row.shortName },
    after: { name: input.name, shortName: input.shortName },
  });
  return { code: row.code, name: input.name, shortName: input.shortName };
}
