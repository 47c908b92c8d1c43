import { planFigureText } from "@/lib/numbers";
import type { Target } from "@/lib/rollup";

/** A plan figure as adopted, the same on every page and export (planFigureText): "3.800", "2,223", "7-7,5", "≥ 7,5", "≤ 2". */
export function formatTarget(target: Target): string {
  return planFigureText(target);
}

/** A target as the API writes it: only the fields it has. */
export function targetJson(t: Target) {
  return {
    source: t.source,
    ...(t.value != null ? { value: t.value } : {}),
    ...(t.min != null ? { min: t.min } : {}),
    ...(t.max != null ? { max: t.max } : {}),
  };
}

/** What every API says of an indicator: code, name, unit, kind, section, department, parent (by code). */
export function indicatorJson(i: {
  code: string;
  name: string;
  unit: string;
  kind: string;
  sectionCode: string | null;
  departmentCode: string;
  parentCode: string | null;
}) {
  return {
    code: i.code,
    name: i.name,
    unit: i.unit,
    kind: i.kind,
    section: i.sectionCode,
    department: i.departmentCode,
    parent: i.parentCode,
  };
}
