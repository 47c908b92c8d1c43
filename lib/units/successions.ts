import { eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { departmentSuccessions, departments, planYears } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write";
import { departmentByCode } from "@/lib/admin/lookups";
import { validIn } from "@/lib/admin/department-successor";

export interface SuccessionResult {
  successor: string;
  predecessors: string[];
  fromYear: number;
}

type Unit = typeof departments.$inferSelect;

/** Departments succeed departments, local governments local governments (a commune may carry on a district's work). */
const sideOf = (unit: Unit) => (unit.kind === "department" ? "department" : "local");

function requireOpenYear(tx: Tx, year: number, field: string): void {
  const plan = tx.select({ status: planYears.status }).from(planYears).where(eq(planYears.year, year)).get();
  if (plan?.status === "closed")
    throw new DomainError(409, `Năm kế hoạch ${year} đã khóa sổ; không đổi được khai báo kế tục từ năm đó`, {
      [field]: "Năm đã khóa sổ",
    });
}

/** The units `start` carries on, directly or through earlier successions. */
function ancestorsOf(tx: Tx, start: number[]): Set<number> {
  const seen = new Set<number>();
  let frontier = start;
  while (frontier.length > 0) {
    const next = tx
      .select({ id: departmentSuccessions.predecessorId })
      .from(departmentSuccessions)
      .where(inArray(departmentSuccessions.successorId, frontier))
      .all()
      .map((r) => r.id)
      .filter((id) => !seen.has(id));
    for (const id of next) seen.add(id);
    frontier = next;
  }
  return seen;
}

/**
 * Declares that a unit carries on the work of one or several units of the year before from
 * `fromYear` on: a merger (several predecessors), or one successor of a split (declare each
 * successor with the same predecessor). Unit-level comparisons of `fromYear` with the year
 * before then sum the predecessors' figures; nothing of past years is written. Refused: a
 * successor not valid in `fromYear`, a predecessor not valid in `fromYear - 1` or of the other
 * side (departments / local governments), a successor already declared (remove it first), a
 * predecessor whose other successors start another year, a cycle, a closed `fromYear`.
 */
export function declareSuccession(
  tx: Tx,
  actorId: number,
  input: { successor: string; predecessors: string[]; fromYear: number },
): SuccessionResult {
  const successor = departmentByCode(tx, input.successor, "successor");
  const { fromYear } = input;
  if (!validIn(successor, fromYear))
    throw new DomainError(422, `Đơn vị "${successor.name}" không có hiệu lực năm ${fromYear}`, {
      successor: `Không có hiệu lực năm ${fromYear}`,
    });
  requireOpenYear(tx, fromYear, "fromYear");
  const declared = tx
    .select()
    .from(departmentSuccessions)
    .where(eq(departmentSuccessions.successorId, successor.id))
    .all();
  if (declared.length > 0)
    throw new DomainError(
      409,
      `Đơn vị "${successor.name}" đã được khai báo kế tục từ năm ${declared[0].fromYear}; bỏ khai báo đó trước khi khai báo lại`,
      { successor: "Đã khai báo kế tục" },
    );
  if (input.predecessors.length === 0)
    throw new DomainError(422, "Chọn ít nhất một đơn vị được kế tục", { predecessors: "Chọn ít nhất một đơn vị" });
  const codes = [...new Set(input.predecessors)];
  if (codes.length !== input.predecessors.length)
    throw new DomainError(422, "Một đơn vị được kế tục được chọn hai lần", { predecessors: "Đơn vị bị lặp" });
  if (codes.includes(successor.code))
    throw new DomainError(422, "Một đơn vị không kế tục chính nó", { predecessors: "Không chọn chính đơn vị kế tục" });
  const predecessors = codes.map((code) => departmentByCode(tx, code, "predecessors"));
  for (const p of predecessors) {
    if (!validIn(p, fromYear - 1))
      throw new DomainError(
        422,
        `Đơn vị "${p.name}" không có hiệu lực năm ${fromYear - 1}, năm trước khi "${successor.name}" kế tục`,
        { predecessors: `"${p.code}" không có hiệu lực năm ${fromYear - 1}` },
      );
    if (sideOf(p) !== sideOf(successor))
      throw new DomainError(
        422,
        sideOf(successor) === "department"
          ? `Sở, ban, ngành "${successor.name}" chỉ kế tục sở, ban, ngành; "${p.name}" là chính quyền địa phương`
          : `Chính quyền địa phương "${successor.name}" chỉ kế tục chính quyền địa phương; "${p.name}" là sở, ban, ngành`,
        { predecessors: `"${p.code}" khác loại đơn vị` },
      );
    const split = tx
      .select({ fromYear: departmentSuccessions.fromYear })
      .from(departmentSuccessions)
      .where(eq(departmentSuccessions.predecessorId, p.id))
      .get();
    if (split && split.fromYear !== fromYear)
      throw new DomainError(
        409,
        `"${p.name}" đã có đơn vị kế tục từ năm ${split.fromYear}; các đơn vị kế tục một đơn vị phải cùng năm`,
        { fromYear: `Phải là năm ${split.fromYear}` },
      );
  }
  if (
    ancestorsOf(
      tx,
      predecessors.map((p) => p.id),
    ).has(successor.id)
  )
    throw new DomainError(
      422,
      `"${successor.name}" đã là đơn vị trước của một trong các đơn vị được chọn; khai báo này tạo vòng kế tục`,
      { predecessors: "Tạo vòng kế tục" },
    );
  tx.insert(departmentSuccessions)
    .values(predecessors.map((p) => ({ successorId: successor.id, predecessorId: p.id, fromYear })))
    .run();
  const result = { successor: successor.code, predecessors: predecessors.map((p) => p.code), fromYear };
  writeAudit(tx, {
    userId: actorId,
    action: "department_succession_set",
    entity: "department",
    entityId: successor.code,
    after: result,
  });
  return result;
}

/** Removes a unit's declared succession (all its predecessors); refused when its first year is closed. */
export function removeSuccession(tx: Tx, actorId: number, input: { successor: string }): SuccessionResult {
  const successor = departmentByCode(tx, input.successor, "successor");
  const rows = tx
    .select({ code: departments.code, fromYear: departmentSuccessions.fromYear })
    .from(departmentSuccessions)
    .innerJoin(departments, eq(departments.id, departmentSuccessions.predecessorId))
    .where(eq(departmentSuccessions.successorId, successor.id))
    .orderBy(departments.code)
    .all();
  if (rows.length === 0)
    throw new DomainError(404, `Đơn vị "${successor.name}" chưa được khai báo kế tục đơn vị nào`, {
      successor: "Chưa khai báo kế tục",
    });
  const fromYear = rows[0].fromYear;
  requireOpenYear(tx, fromYear, "successor");
  tx.delete(departmentSuccessions).where(eq(departmentSuccessions.successorId, successor.id)).run();
  const result = { successor: successor.code, predecessors: rows.map((r) => r.code), fromYear };
  writeAudit(tx, {
    userId: actorId,
    action: "department_succession_remove",
    entity: "department",
    entityId: successor.code,
    before: result,
  });
  return result;
}
