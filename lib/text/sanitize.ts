/**
 * The one cleaning of free text, wherever it comes from (a form, the API, an Excel upload) and
 * wherever it goes (the database, the .docx, the .xlsx, the Markdown draft). Pure; the zod
 * pieces that apply it to every stored field are in lib/validation/text.ts, and the decision
 * about each class of character is in docs/domain.md §12 (free text).
 *
 * Removed:
 * - C0 controls except tab and line feed (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F), DEL
 *   and the C1 controls (U+007F–U+009F): no report has them and XML 1.0 forbids most of them;
 * - the non-characters (U+FDD0–U+FDEF and U+xFFFE/U+xFFFF in every plane): U+FFFE and U+FFFF
 *   are not allowed in XML, so one of them made the whole .docx unreadable;
 * - lone surrogates (half of an emoji cut by a client): not text, and not encodable in UTF-8;
 * - the bidirectional controls (U+061C, U+200E, U+200F, embeddings and overrides U+202A–U+202E,
 *   isolates U+2066–U+2069): Vietnamese is written left to right, and these only serve to make
 *   a text display differently from what it says;
 * - the byte order mark U+FEFF, which pasted text brings along in the middle of a line.
 * Line breaks become "\n" (CRLF, CR, U+2028, U+2029, U+0085 NEL), and the text is NFC.
 */

// U+0085 (NEL) is a line break, handled before the controls are removed
const LINE_BREAKS = /\r\n|[\r\u2028\u2029\u0085]/g;
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\uD800-\uDFFF\p{Noncharacter_Code_Point}]/gu;

/** Free text as stored: forbidden characters removed, line breaks as "\n", NFC. Tabs and line breaks stay. */
export function sanitizeText(text: string): string {
  return text.replace(LINE_BREAKS, "\n").replace(FORBIDDEN, "").normalize("NFC");
}

/** One line of text (a name, a title, a unit): cleaned as `sanitizeText`, each run of tabs and line breaks one space. */
export function sanitizeLine(text: string): string {
  return sanitizeText(text).replace(/[ ]*[\t\n]+[ \t\n]*/g, " ");
}

const FORBIDDEN_ONE = new RegExp(`${FORBIDDEN.source}|\\r|[\\u2028\\u2029\\u0085]`, "u");

/** Whether `sanitizeText` would remove or replace a character (used to check stored data and exports). */
export function hasForbiddenCharacters(text: string): boolean {
  return FORBIDDEN_ONE.test(text);
}
