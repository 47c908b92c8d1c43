import crypto from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import {
  departments,
  indicatorAssignments,
  indicators,
  targets,
  type IndicatorKind,
  type TargetSource,
} from "@/db/schema";
import { formatTarget } from "@/lib/catalogue/format";
import { fromScaled } from "@/lib/numbers";
import { searchKey } from "@/lib/text/search";
import { validIn } from "../department-successor";
import { INDICATOR_NAME_MAX, UNIT_MAX } from "../schemas";
import { parseTargetText, type TargetAmounts } from "../target-text";
import { ANNEX_COLUMNS, type AnnexColumn, type AnnexRow } from "./parse-annex";

type Source = TargetSource;
type Kind = IndicatorKind;

export interface PlannedIndicator {
  row: number;
  code: string;
  name: string;
  unit: string;
  kind: Kind;
  department: string;
  departmentName: string;
  parent: string | null;
  source: Source;
  target: TargetAmounts;
  /** create: a new indicator; assign: an existing one joins the year; reassign: another department; keep: already so */
  action: "create" | "assign" | "reassign" | "keep";
  previousDepartment: string | null;
  targetBefore: string | null;
  targetAfter: string;
  targetChanged: boolean;
}

export interface ImportPreview {
  year: number;
  items: PlannedIndicator[];
  errors: string[];
  counts: { create: number; assign: number; reassign: number; targets: number };
  /** what the person confirmed; applying recomputes it and refuses if the file or the database changed */
  fingerprint: string;
}

const SOURCE_OF: Record<string, Source> = {
  "": "hdnd",
  hdnd: "hdnd",
  "hdnd tinh": "hdnd",
  tinh: "hdnd",
  "tinh giao": "hdnd",
  tw: "tw",
  "trung uong": "tw",
  "trung uong giao": "tw",
  "phan dau": "phan_dau",
  phan_dau: "phan_dau",
};
const KIND_OF: Record<string, Kind> = {
  "cong don": "cumulative",
  cumulative: "cumulative",
  "thoi diem": "point",
  "luy ke": "point",
  point: "point",
  "toc do": "rate",
  rate: "rate",
};

const isNumbered = (stt: string) => /^\d+(\.\d+)*\.?$/.test(stt);
const isHeading = (r: AnnexRow) => r.plan === "" && r.unit === "" && r.department === "";

/** A code for a new indicator from its name: "Số doanh nghiệp thành lập mới" -> "so_doanh_nghiep_thanh_lap_moi". */
export function codeFromName(name: string, taken: (code: string) => boolean): string {
  const base =
    searchKey(name)
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "")
      .slice(0, 40)
      .replace(/_+$/, "") || "chi_tieu";
  let code = base;
  for (let n = 2; taken(code); n += 1) code = `${base}_${n}`;
  return code;
}

/**
 * What importing the annex into a year would do, row by row, without writing anything: new
 * indicators, existing ones joining the year or changing department, targets set or changed; and
 * every problem with its row and column.
 */
export function previewImport(
  tx: Tx,
  year: number,
  columns: Partial<Record<AnnexColumn, string>>,
  rows: AnnexRow[],
): ImportPreview {
  const errors: string[] = [];
  const where = (r: AnnexRow, c: AnnexColumn) => `Dòng ${r.row}, cột ${columns[c] ?? "?"} (${ANNEX_COLUMNS[c].header})`;
  const depts = tx
    .select()
    .from(departments)
    .all()
    .filter((d) => validIn(d, year));
  const deptOf = (text: string) => {
    const key = searchKey(text);
    return depts.find(
      (d) => d.code === text.toLowerCase() || searchKey(d.name) === key || searchKey(d.shortName) === key,
    );
  };
  const allIndicators = tx.select().from(indicators).all();
  const byCode = new Map(allIndicators.map((i) => [i.code, i]));
  const byName = new Map<string, (typeof allIndicators)[number][]>();
  for (const i of allIndicators)
    if (i.retiredFromYear === null || i.retiredFromYear > year)
      byName.set(i.searchName, [...(byName.get(i.searchName) ?? []), i]);
  const assigned = new Map(
    tx
      .select({ indicatorId: indicatorAssignments.indicatorId, code: departments.code })
      .from(indicatorAssignments)
      .innerJoin(departments, eq(departments.id, indicatorAssignments.departmentId))
      .where(eq(indicatorAssignments.year, year))
      .all()
      .map((a) => [a.indicatorId, a.code]),
  );
  const usedCodes = new Set<string>();
  const codeBySttRow = new Map<string, string>();
  let lastNumbered: string | null = null;
  const items: PlannedIndicator[] = [];

  for (const original of rows) {
    let r = original;
    if (r.name === "") {
      errors.push(`${where(r, "name")}: thiếu tên chỉ tiêu`);
      continue;
    }
    if (isHeading(r)) continue; // a group heading such as "I. CHỈ TIÊU KINH TẾ"
    const rowErrors: string[] = [];
    // a unit's share of an indicator reported by every unit of a kind ("dtc.giai_ngan@h.huu_lung"):
    // its unit and its unit of measure are known, so both columns may stay empty
    const share = r.code.includes("@") ? byCode.get(r.code) : undefined;
    const shareUnit = share ? assigned.get(share.id) : undefined;
    if (r.code.includes("@") && (!share || share.shareOfId === null || !shareUnit))
      rowErrors.push(
        `${where(r, "code")}: chưa có phần "${r.code}" trong kế hoạch năm ${year}; giao chỉ tiêu "${r.code.split("@")[0]}" cho từng đơn vị báo cáo trước (trang Chỉ tiêu)`,
      );
    if (share && shareUnit) r = { ...r, department: r.department || shareUnit, unit: r.unit || share.unit };
    if (r.name.length > INDICATOR_NAME_MAX)
      rowErrors.push(`${where(r, "name")}: tên chỉ tiêu dài quá ${INDICATOR_NAME_MAX} ký tự`);
    if (r.unit === "") rowErrors.push(`${where(r, "unit")}: thiếu đơn vị tính`);
    else if (r.unit.length > UNIT_MAX) rowErrors.push(`${where(r, "unit")}: đơn vị tính dài quá ${UNIT_MAX} ký tự`);
    const parsed = parseTargetText(r.plan);
    if (!parsed.ok) rowErrors.push(`${where(r, "plan")}: ${parsed.error}`);
    else if (parsed.target === null)
      rowErrors.push(`${where(r, "plan")}: thiếu kế hoạch (giá trị, khoảng "7-7,5" hoặc cận "≥ 7,5")`);
    const dept = r.department ? deptOf(r.department) : undefined;
    if (r.department === "") rowErrors.push(`${where(r, "department")}: thiếu đơn vị chủ trì`);
    else if (!dept)
      rowErrors.push(`${where(r, "department")}: không có đơn vị "${r.department}" có hiệu lực năm ${year}`);
    const source = SOURCE_OF[searchKey(r.source)];
    if (!source) rowErrors.push(`${where(r, "source")}: nguồn "${r.source}" không hợp lệ (HĐND, TW hoặc Phấn đấu)`);

    let existing = r.code ? byCode.get(r.code) : undefined;
    if (r.code && !/^[A-Za-z0-9._-]{1,60}(@[A-Za-z0-9._-]{1,60})?$/.test(r.code))
      rowErrors.push(
        `${where(r, "code")}: mã "${r.code}" chỉ gồm chữ không dấu, số, dấu chấm, gạch (và @ mã đơn vị với phần của một đơn vị)`,
      );
    if (shareUnit && dept && dept.code !== shareUnit)
      rowErrors.push(
        `${where(r, "department")}: phần "${r.code}" là của đơn vị "${shareUnit}", không giao được cho "${r.department}"`,
      );
    if (!r.code) {
      const sameName = byName.get(searchKey(r.name)) ?? [];
      if (sameName.length === 1) existing = sameName[0];
      else if (sameName.length > 1)
        rowErrors.push(
          `${where(r, "code")}: có ${sameName.length} chỉ tiêu cùng tên; ghi mã chỉ tiêu (${sameName.map((i) => i.code).join(", ")})`,
        );
    }
    if (existing?.retiredFromYear != null && existing.retiredFromYear <= year)
      rowErrors.push(
        `${where(r, "code")}: chỉ tiêu "${existing.code}" đã ngừng theo dõi từ năm ${existing.retiredFromYear}`,
      );
    const code = existing?.code ?? (r.code || codeFromName(r.name, (c) => byCode.has(c) || usedCodes.has(c)));
    if (usedCodes.has(code)) rowErrors.push(`${where(r, "code")}: chỉ tiêu "${code}" xuất hiện hai lần trong tệp`);
    const kindKey = searchKey(r.kind);
    const kind: Kind | undefined =
      existing?.kind ?? (kindKey ? KIND_OF[kindKey] : r.unit === "%" ? "rate" : "cumulative");
    if (!kind) rowErrors.push(`${where(r, "kind")}: loại "${r.kind}" không hợp lệ (cộng dồn, thời điểm hoặc tốc độ)`);
    else if (existing && kindKey && KIND_OF[kindKey] && KIND_OF[kindKey] !== existing.kind)
      rowErrors.push(`${where(r, "kind")}: chỉ tiêu "${existing.code}" đã có loại khác`);

    // Parent: "1.2" belongs to "1"; "-", "+", "a" belong to the numbered row above.
    let parent: string | null = null;
    if (isNumbered(r.stt)) {
      const parts = r.stt.replace(/\.$/, "").split(".");
      parent = parts.length > 1 ? (codeBySttRow.get(parts.slice(0, -1).join(".")) ?? null) : null;
    } else if (r.stt !== "" && lastNumbered !== null) {
      parent = lastNumbered;
    }
    usedCodes.add(code);
    if (isNumbered(r.stt)) {
      codeBySttRow.set(r.stt.replace(/\.$/, ""), code);
      lastNumbered = code;
    }
    if (rowErrors.length > 0 || !parsed.ok || parsed.target === null || !dept || !source || !kind) {
      errors.push(...rowErrors);
      continue;
    }
    const previousDepartment = existing ? (assigned.get(existing.id) ?? null) : null;
    const action: PlannedIndicator["action"] = !existing
      ? "create"
      : previousDepartment === null
        ? "assign"
        : previousDepartment === dept.code
          ? "keep"
          : "reassign";
    const current = existing
      ? tx
          .select()
          .from(targets)
          .where(and(eq(targets.indicatorId, existing.id), eq(targets.year, year), eq(targets.source, source)))
          .get()
      : undefined;
    const show = (t: TargetAmounts) =>
      formatTarget({
        source,
        value: t.value === null ? null : fromScaled(t.value),
        min: t.min === null ? null : fromScaled(t.min),
        max: t.max === null ? null : fromScaled(t.max),
      });
    const before = current ? { value: current.value, min: current.min, max: current.max } : null;
    items.push({
      row: r.row,
      code,
      name: existing?.name ?? r.name,
      unit: existing?.unit ?? r.unit,
      kind,
      department: dept.code,
      departmentName: dept.name,
      parent: existing ? null : parent,
      source,
      target: parsed.target,
      action,
      previousDepartment,
      targetBefore: before ? show(before) : null,
      targetAfter: show(parsed.target),
      targetChanged:
        !before ||
        before.value !== parsed.target.value ||
        before.min !== parsed.target.min ||
        before.max !== parsed.target.max,
    });
  }
  const counts = {
    create: items.filter((i) => i.action === "create").length,
    assign: items.filter((i) => i.action === "assign").length,
    reassign: items.filter((i) => i.action === "reassign").length,
    targets: items.filter((i) => i.targetChanged).length,
  };
  const fingerprint = crypto
    .createHash("sha256")
    .update(JSON.stringify({ year, items, errors }))
    .digest("hex")
    .slice(0, 32);
  return { year, items, errors, counts, fingerprint };
}
