import { summaryHeaders } from "@/lib/export/summary-columns";
import { hasInPeriodColumn, summaryRowFigures } from "@/lib/reports/summary-rows";
import type { DraftDocument, ParagraphBlock } from "./model";
import { paragraphText } from "./model";
import { markdownInline, markdownLineStart, markdownParagraphs } from "./markdown-escape";

/** A table cell the app wrote itself (the plan "7-7,5", a figure): only "|" and line breaks would break the row. */
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** The dash that opens the app's own items of II and III ("- Tổng sản phẩm …: …", difficulties.ts, tasks.ts). */
const ITEM_DASH = "- ";

/** A paragraph block as Markdown paragraphs; a generated item keeps its dash as a list item, its text escaped. */
function paragraphMarkdown(block: ParagraphBlock): string[] {
  const text = paragraphText(block);
  if (block.origin !== "generated" || !text.startsWith(ITEM_DASH)) return markdownParagraphs(text);
  return markdownParagraphs(text.slice(ITEM_DASH.length)).map((p, i) => (i === 0 ? `${ITEM_DASH}${p}` : p));
}

/**
 * The draft as Markdown: headings, paragraphs, the figures left out, and the summary table.
 * Every text that people typed (titles, names, narratives, result items, sentences built on
 * them) is escaped (markdown-escape.ts): it reads as text and never makes structure.
 */
export function draftToMarkdown(doc: DraftDocument): string {
  const lines: string[] = [`# Báo cáo ${markdownInline(doc.subject)}`, ""];
  for (const block of doc.blocks) {
    if (block.type === "heading") lines.push(`${"#".repeat(block.level + 1)} ${markdownInline(block.text)}`, "");
    else for (const paragraph of paragraphMarkdown(block)) lines.push(paragraph, "");
  }
  if (doc.missing.length) {
    lines.push("## Chỉ tiêu chưa có số liệu", "");
    for (const m of doc.missing) lines.push(`- ${markdownLineStart(m.name)}: ${markdownInline(m.reason)}`);
    lines.push("");
  }
  const headers = summaryHeaders(doc.period, doc.year);
  const own = hasInPeriodColumn(doc.period);
  lines.push("## Biểu tổng hợp", "", `| ${headers.join(" | ")} |`, `|${headers.map(() => "---|").join("")}`);
  for (const r of doc.summary) {
    const f = summaryRowFigures(r);
    const ownCell = own ? ` ${f.inPeriod ?? ""} |` : "";
    lines.push(
      `| ${r.stt} | ${markdownInline(r.name)} | ${markdownInline(r.unit)} | ${cell(r.plan)} |${ownCell} ${f.value ?? ""} | ${f.pctOfPlan ?? ""} | ${f.lastYear ?? ""} | ${f.vsLastYear ?? ""} |`,
    );
  }
  return `${lines.join("\n")}\n`;
}
