import {
  AlignmentType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
  type TableVerticalAlign,
} from "docx";
import { numberLine, placeAndDate, type ExportMeta } from "../meta";
import { CM, HEADER_COLUMNS, TEXT_WIDTH, pt, spacingPt } from "./layout";
import { centredLine, rule, run } from "./runs";

export const MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"] as const;

/** the width of "Độc lập - Tự do - Hạnh phúc" in 14 pt bold Times New Roman (its rule is as long) */
const MOTTO_RULE = Math.round(6.1 * CM);
/** the short rule under the issuing body: about a third of its line */
const ISSUER_RULE = Math.round(2.2 * CM);

function cell(width: number, children: Paragraph[], align: TableVerticalAlign = VerticalAlign.TOP): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: align,
    margins: { left: 0, right: 0 },
    children,
  });
}

/**
 * The document's header (thể thức, Nghị định 30/2020): a borderless two-column table. Left: the
 * issuing body, a short rule, then the number. Right: the national motto with its rule, then
 * the place and date in italics.
 */
export function documentHeader(meta: ExportMeta): Table {
  const [left, right] = HEADER_COLUMNS;
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: HEADER_COLUMNS,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    // the number and the place and date in a second row, so they sit on one line
    rows: [
      new TableRow({
        children: [
          cell(left, [
            centredLine(meta.issuer[0], { size: pt(13), bold: true }),
            centredLine(meta.issuer[1], { size: pt(13), bold: true }),
            rule(ISSUER_RULE, left),
          ]),
          cell(right, [
            centredLine(MOTTO[0], { size: pt(13), bold: true }),
            centredLine(MOTTO[1], { size: pt(14), bold: true }),
            rule(MOTTO_RULE, right),
          ]),
        ],
      }),
      new TableRow({
        children: [
          cell(
            left,
            [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                spacing: { before: spacingPt(6), after: 0 },
                children: [run(numberLine(meta), { size: pt(13) })],
              }),
            ],
            VerticalAlign.BOTTOM,
          ),
          cell(
            right,
            [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                spacing: { before: spacingPt(6), after: 0 },
                children: [run(placeAndDate(meta), { size: pt(14), italics: true })],
              }),
            ],
            VerticalAlign.BOTTOM,
          ),
        ],
      }),
    ],
  });
}
