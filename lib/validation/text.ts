import { z } from "@/lib/validation/zod";
import { sanitizeLine, sanitizeText } from "@/lib/text/sanitize";

export interface StoredTextOptions {
  /** one line (names, titles, units): tabs and line breaks become one space */
  line?: boolean;
  /** keep the spaces around the text (the editor's runs, which join into sentences); trimmed otherwise */
  keepSpaces?: boolean;
  /** the message when the text is missing or empty once cleaned; without it an empty text is allowed */
  required?: string;
  /** the message when too long; `${label} dài quá ${max} ký tự` otherwise */
  tooLong?: string;
}

/**
 * Free text as stored, for every field people type (notes, narratives, reasons, names,
 * templates, the editor's paragraphs): cleaned by `sanitizeText` (lib/text/sanitize.ts:
 * controls, non-characters, lone surrogates and bidi controls removed, line breaks "\n", NFC),
 * trimmed, then measured: a text too long is refused with the field named, never cut.
 */
export const storedText = (max: number, label: string, options: StoredTextOptions = {}) =>
  z
    .string({ message: options.required ?? `${label} phải là văn bản` })
    .transform((raw) => {
      const clean = options.line ? sanitizeLine(raw) : sanitizeText(raw);
      return options.keepSpaces ? clean : clean.trim();
    })
    .refine((s) => options.required === undefined || s.length > 0, options.required ?? "")
    .refine((s) => s.length <= max, options.tooLong ?? `${label} dài quá ${max} ký tự`);

/** One line of stored text: a name, a title, a unit (`storedText` with `line`). */
export const storedLine = (max: number, label: string, options: Omit<StoredTextOptions, "line"> = {}) =>
  storedText(max, label, { ...options, line: true });
