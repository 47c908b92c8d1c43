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
} from "docx";
import { distributionLines, type ExportMeta } from "../meta";
import { CM, TEXT_WIDTH, pt, spacingPt } from "./layout";
import { blankLine, centredLine, run } from "./runs";

const COLUMNS = [Math.round(7.5 * CM), TEXT_WIDTH - Math.round(7.5 * CM)];

/** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH": the signer's authority, bold upper case. */
export function signatureLines(meta: ExportMeta): string[] {
  return [`TM. ${meta.collective}`, ...meta.signerTitle].map((s) => s.toLocaleUpperCase("vi"));
}

function left(meta: ExportMeta): Paragraph[] {
  return [
    new Paragraph({
      spacing: { before: 0, after: 0 },
      children: [run("Nơi nhận:", { size: pt(12), bold: true, italics: true })],
    }),
    ...distributionLines(meta).map(
      (line) => new Paragraph({ spacing: { before: 0, after: 0 }, children: [run(line, { size: pt(11) })] }),
    ),
  ];
}

function right(meta: ExportMeta): Paragraph[] {
  return [
    ...signatureLines(meta).map((line) => centredLine(line, { size: pt(14), bold: true })),
    // room for the signature and the seal
    ...Array.from({ length: 4 }, () => blankLine()),
    centredLine(meta.signerName, { size: pt(14), bold: true }),
  ];
}

/** Nơi nhận on the left, the signature block on the right, in a borderless table that does not split across pages. */
export function signatureBlock(meta: ExportMeta): Table {
  const cell = (width: number, children: Paragraph[]) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlign.TOP,
      margins: { left: 0, right: 0 },
      children,
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: COLUMNS,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ cantSplit: true, children: [cell(COLUMNS[0], left(meta)), cell(COLUMNS[1], right(meta))] })],
  });
}

/** A little space between the body and the signature. */
export function beforeSignature(): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.LEFT,
    spacing: { before: spacingPt(6), after: 0 },
    keepNext: true,
    children: [],
  });
}
