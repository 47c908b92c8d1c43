import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from "docx";
import type { PeriodCode } from "@/lib/periods";
import type { SummaryRow } from "@/lib/reports/summary-rows";
import type { ExportMeta } from "../meta";
import { hasInPeriodColumn } from "@/lib/reports/summary-rows";
import { SUMMARY_NOTE, attachedToLine, summaryHeaders, summaryRowTexts, summaryTitle } from "../summary-columns";
import { APPENDIX_WIDTH, CM, pt, spacingPt } from "./layout";
import { centredLine, run } from "./runs";

const SIZE = pt(11);
/** STT, ĐVT and the five figures have fixed widths; the indicator's name takes the rest */
const FIXED = [1.1, 0, 2.6, 2.8, 2.8, 2.1, 2.8, 2.4].map((w) => Math.round(w * CM));
/** a month or quarter: the period's own figure beside the year to date */
const FIXED_WITH_OWN = [1.1, 0, 2.3, 2.5, 2.5, 2.5, 1.9, 2.5, 2.6].map((w) => Math.round(w * CM));
const widths = (fixed: number[]) =>
  fixed.map((w, i) => (i === 1 ? APPENDIX_WIDTH - fixed.reduce((a, b) => a + b, 0) : w));
export const APPENDIX_COLUMNS = widths(FIXED);
const APPENDIX_COLUMNS_WITH_OWN = widths(FIXED_WITH_OWN);

const line = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const borders = { top: line, bottom: line, left: line, right: line };

function cell(
  text: string,
  width: number,
  style: {
    bold?: boolean;
    italics?: boolean;
    align?: (typeof AlignmentType)[keyof typeof AlignmentType];
    indent?: number;
  },
): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    children: [
      new Paragraph({
        alignment: style.align,
        indent: style.indent ? { left: style.indent } : undefined,
        spacing: { before: 0, after: 0 },
        children: [run(text, { size: SIZE, bold: style.bold, italics: style.italics })],
      }),
    ],
  });
}

/** The appendix's title: "Phụ lục", the table's name, and what it is attached to. */
export function appendixTitle(year: number, period: PeriodCode, meta: ExportMeta): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: spacingPt(4) },
      children: [run("Phụ lục", { size: pt(14), bold: true })],
    }),
    centredLine(summaryTitle(year, period).toLocaleUpperCase("vi"), { size: pt(14), bold: true }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: spacingPt(12) },
      children: [run(attachedToLine(meta), { size: pt(13), italics: true })],
    }),
  ];
}

/** The biểu tổng hợp as a bordered table whose header row repeats on every page. */
export function appendixTable(rows: SummaryRow[], year: number, period: PeriodCode): Table {
  const own = hasInPeriodColumn(period);
  const columns = own ? APPENDIX_COLUMNS_WITH_OWN : APPENDIX_COLUMNS;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: summaryHeaders(period, year).map((h, i) =>
      cell(h, columns[i], { bold: true, align: AlignmentType.CENTER }),
    ),
  });
  const body = rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: summaryRowTexts(r, own).map((text, i) =>
          cell(text, columns[i], {
            bold: i === 1 && !r.child,
            italics: r.child && i === 1,
            align: i === 0 || i === 2 ? AlignmentType.CENTER : i === 1 ? AlignmentType.LEFT : AlignmentType.RIGHT,
            indent: i === 1 && r.child ? Math.round(0.4 * CM) : undefined,
          }),
        ),
      }),
  );
  // borders and cell margins once for the table, not per cell: the XML (and the time to write it) stays small
  return new Table({
    width: { size: APPENDIX_WIDTH, type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
    borders: { ...borders, insideHorizontal: line, insideVertical: line },
    margins: { top: 30, bottom: 30, left: 70, right: 70 },
    rows: [header, ...body],
  });
}

export function appendixNote(): Paragraph {
  return new Paragraph({
    spacing: { before: spacingPt(6), after: 0 },
    children: [run(SUMMARY_NOTE, { size: pt(11), italics: true })],
  });
}
