import { AlignmentType, BorderStyle, Paragraph, TextRun } from "docx";
import { sanitizeText } from "@/lib/text/sanitize";
import { pt } from "./layout";

export interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
}

/**
 * A run of literal text. The docx library escapes markup (a narrative's "<b>" stays text) but
 * writes every character as it is, and XML 1.0 has no place for U+FFFF or most controls: the
 * text is cleaned again here (lib/text/sanitize.ts), for what was stored before the input was.
 */
export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text: sanitizeText(text),
    size: style.size ?? pt(14),
    bold: style.bold,
    italics: style.italics,
  });
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
