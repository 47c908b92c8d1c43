import { sanitizeText } from "@/lib/text/sanitize";

/**
 * Text written into a spreadsheet cell: cleaned (lib/text/sanitize.ts; exceljs writes every
 * character as it is, and U+FFFF in a note made the workbook unreadable), and never the start
 * of a formula: = + - @ (and tab, CR, LF) get a leading apostrophe, which the import takes off again.
 */
export function safeCellText(text: string): string {
  const clean = sanitizeText(text);
  return /^[=+\-@\t\r\n]/.test(clean) ? `'${clean}` : clean;
}

/** The text of a cell as typed, whatever exceljs made of it (number, rich text, formula result), cleaned as typed text is. */
export function cellText(value: unknown): string {
  return sanitizeText(rawCellText(value));
}

function rawCellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: string };
    if (v.richText) return v.richText.map((r) => r.text).join("");
    if (v.result !== undefined) return rawCellText(v.result);
    if (typeof v.text === "string") return v.text;
  }
  return String(value);
}

/**
 * What a figure cell holds beyond text: a number (typed as a number, or a formula's cached
 * result), "formula" for a formula saved without its result (written by a program, never
 * opened in Excel), "error" for a formula's error (#DIV/0!); null when the cell is text.
 */
export function cellFigure(value: unknown): number | "formula" | "error" | null {
  if (typeof value === "number") return value;
  if (value === null || typeof value !== "object") return null;
  const v = value as { formula?: unknown; sharedFormula?: unknown; result?: unknown; error?: unknown };
  if (v.error !== undefined) return "error";
  if (v.formula === undefined && v.sharedFormula === undefined) return null;
  if (v.result === undefined || v.result === null || v.result === "") return "formula";
  if (typeof v.result === "number") return v.result;
  if (typeof v.result === "object" && (v.result as { error?: unknown }).error !== undefined) return "error";
  return null;
}

/** Spreadsheet column letter of a 1-based index: 1 -> A, 5 -> E. */
export function columnLetter(index: number): string {
  let n = index;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
