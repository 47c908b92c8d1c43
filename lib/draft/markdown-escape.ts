import { sanitizeLine, sanitizeText } from "@/lib/text/sanitize";

/**
 * Text of the draft written into Markdown (CommonMark with GitHub's tables and autolinks) as
 * literal text: whatever a department or an administrator typed, it never becomes a heading,
 * list, quote, code block, table, link, image, emphasis or HTML. Figures ("2.285 triệu USD",
 * "7-7,5%") and the app's own structure (its "#" headings, "- " list and "|" table) are left
 * as they are: only characters that would start markup are escaped with a backslash, which
 * CommonMark shows as the character itself.
 */

/** Characters that are markup wherever they stand: emphasis, code, links, HTML, tables, strikethrough, headings' closing "#". */
const INLINE = /[\\`*_[\]<>|~#]/g;
/** "&amp;": an entity reference would be decoded, so its "&" is escaped ("&#106;" is already broken by its escaped "#"). */
const ENTITY = /&(?=[A-Za-z][A-Za-z0-9]{0,31};)/g;
/** GitHub's autolinks of bare addresses ("https://…", "www.…", "ai@x.vn"): the ":", "." or "@" that makes them is escaped. */
const AUTOLINK = /\b(https?|ftp|mailto|javascript|data|vbscript|file)(:)|\b(www)(\.)|(@)/gi;

function escapeInlineChars(text: string): string {
  return text
    .replace(INLINE, "\\$&")
    .replace(ENTITY, "\\&")
    .replace(AUTOLINK, (_m, scheme?: string, _colon?: string, www?: string) =>
      scheme ? `${scheme}\\:` : www ? `${www}\\.` : "\\@",
    );
}

/** What would open a block at the start of a line: a list ("- ", "+ ", "1. ", "1) "), a rule or setext underline ("---", "==="). */
function escapeLineStart(line: string): string {
  return line.replace(/^[-+=]/, "\\$&").replace(/^(\d{1,9})([.)])(?=[ \t]|$)/, "$1\\$2");
}

/** One line of text inside the app's own structure (a heading after its "#", a list item after "- ", a table cell). */
export function markdownInline(text: string): string {
  return escapeInlineChars(sanitizeLine(text).trim());
}

/** Like `markdownInline`, for a line that is itself the start of a block (a list item's content). */
export function markdownLineStart(text: string): string {
  return escapeLineStart(markdownInline(text));
}

/**
 * A paragraph of the draft as Markdown paragraphs: each line typed is a paragraph of its own
 * (as in the .docx), its leading spaces dropped (four would make a code block), its first
 * characters kept from opening a block and the rest escaped as `markdownInline`.
 */
export function markdownParagraphs(text: string): string[] {
  return sanitizeText(text)
    .split("\n")
    .map((line) => line.replace(/\t/g, " ").trim())
    .filter((line) => line !== "")
    .map((line) => escapeLineStart(escapeInlineChars(line)));
}
