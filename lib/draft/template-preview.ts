import "server-only";
import type { Db } from "@/db/client";
import { DEFAULT_COUNTING, type CountingMode, type IndicatorKind, type PeriodCode } from "@/db/schema/vocabulary";
import { provinceReport, type ReportRow } from "@/lib/reports/province-report";
import { renderSentence, templateFor, type SentenceInput } from "./sentence";
import { findSentenceTemplate } from "./template-store";
import type { HouseStyle } from "./house-style";
import { loadHouseStyle } from "./house-style-store";

/** An indicator on the "Mẫu câu" list: its template (own or default) and the sentence it gives for the chosen period. */
export interface TemplateListRow {
  code: string;
  name: string;
  section: string;
  sectionTitle: string;
  parentName: string | null;
  own: boolean;
  template: string;
  sentence: string | null;
}

/** What the editor needs: the stored template and version, and the real figures to preview with. */
export interface TemplateEditorData {
  code: string;
  name: string;
  unit: string;
  kind: IndicatorKind;
  parentName: string | null;
  template: string | null;
  version: number;
  defaultTemplate: string;
  /** the sentence the indicator is written in: its own, or its whole's when it is a part (plain data, rendered in the browser) */
  input: SentenceInput;
}

type Request = { year: number; period: PeriodCode; counting?: CountingMode };

function plainFigures(row: ReportRow): SentenceInput["figures"] {
  const { indicator: _indicator, ...figures } = row;
  return figures;
}

function inputOf(rows: ReportRow[], row: ReportRow, request: Request & { style?: HouseStyle }): SentenceInput {
  const parts = rows
    .filter((r) => r.indicator.parentCode === row.indicator.code)
    .map((r) => ({ indicator: r.indicator, figures: plainFigures(r), year: request.year, period: request.period }));
  return {
    indicator: row.indicator,
    figures: plainFigures(row),
    year: request.year,
    period: request.period,
    parts,
    style: request.style,
  };
}

export function templateList(db: Db, request: Request): TemplateListRow[] {
  const rows = provinceReport(db, { ...request, counting: request.counting ?? DEFAULT_COUNTING });
  const style = loadHouseStyle(db).style;
  const byCode = new Map(rows.map((r) => [r.indicator.code, r]));
  return rows.map((row) => {
    const i = row.indicator;
    const parent = i.parentCode ? byCode.get(i.parentCode) : undefined;
    return {
      code: i.code,
      name: i.name,
      section: i.sectionCode ?? "",
      sectionTitle: i.sectionTitle ?? "",
      parentName: parent?.indicator.name ?? null,
      own: i.sentenceTemplate !== null,
      template: templateFor(i, parent !== undefined),
      sentence: parent ? null : listSentence(inputOf(rows, row, { ...request, style })),
    };
  });
}

/** The sentence as the list shows it: a continuing one after "…", others closed with a full stop. */
function listSentence(input: SentenceInput): string | null {
  const rendered = renderSentence(input);
  if (rendered === null) return null;
  const text = rendered.runs.map((r) => r.text).join("");
  return rendered.continues ? `… ${text}` : `${text}.`;
}

/** The editor's data for one indicator of the year's plan, or undefined when it is not in the plan. */
export function templateEditorData(db: Db, code: string, request: Request): TemplateEditorData | undefined {
  const rows = provinceReport(db, { ...request, counting: request.counting ?? DEFAULT_COUNTING });
  const row = rows.find((r) => r.indicator.code === code);
  const stored = findSentenceTemplate(db, code);
  if (!row || !stored) return undefined;
  const parent = row.indicator.parentCode ? rows.find((r) => r.indicator.code === row.indicator.parentCode) : undefined;
  return {
    code,
    name: row.indicator.name,
    unit: row.indicator.unit,
    kind: row.indicator.kind,
    parentName: parent?.indicator.name ?? null,
    template: stored.template,
    version: stored.version,
    defaultTemplate: templateFor({ ...row.indicator, sentenceTemplate: null }, parent !== undefined),
    input: inputOf(rows, parent ?? row, { ...request, style: loadHouseStyle(db).style }),
  };
}
