import { AlignmentType, BorderStyle, Paragraph, TextRun } from "docx";
import { pt } from "./layout";

export interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
}

/** A run of literal text (the docx library escapes it: markup in a narrative stays text). */
export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({ text, size: style.size ?? pt(14), bold: style.bold, italics: style.italics });
}

/** A centred one-line paragraph without spacing, as in the header and the signature block. */
export function centredLine(text: string, style: RunStyle = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0, line: 288 },
    children: [run(text, style)],
  });
}

/**
 * A short horizontal rule, centred in a column: an empty paragraph whose bottom border is
 * narrowed by indents. `width` and `column` in twips.
 */
export function rule(width: number, column: number): Paragraph {
  const side = Math.max(0, Math.round((column - width) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 80, lineRule: "exact" },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    children: [run("", { size: pt(2) })],
  });
}

/** An empty line of the given size (vertical space that survives every renderer). */
export function blankLine(size = pt(14)): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0 }, children: [run("", { size })] });
}
