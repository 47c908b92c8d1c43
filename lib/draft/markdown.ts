import { formatViNumber } from "@/lib/numbers";
import type { DraftDocument } from "./model";
import { paragraphText } from "./model";

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
const num = (value: number | null, precision: number) => (value === null ? "" : formatViNumber(value, precision));

/** The draft as Markdown: headings, paragraphs, the figures left out, and the summary table. */
export function draftToMarkdown(doc: DraftDocument): string {
  const lines: string[] = [`# Báo cáo ${doc.subject}`, ""];
  for (const block of doc.blocks) {
    if (block.type === "heading") lines.push(`${"#".repeat(block.level + 1)} ${block.text}`, "");
    else lines.push(paragraphText(block), "");
  }
  if (doc.missing.length) {
    lines.push("## Chỉ tiêu chưa có số liệu", "");
    for (const m of doc.missing) lines.push(`- ${m.name}: ${m.reason}`);
    lines.push("");
  }
  lines.push("## Biểu tổng hợp", "", "| STT | Chỉ tiêu | ĐVT | Kế hoạch năm | Thực hiện kỳ | % kế hoạch | Cùng kỳ năm trước | % so cùng kỳ |", "|---|---|---|---|---|---|---|---|");
  for (const r of doc.summary) {
    lines.push(
      `| ${r.stt} | ${cell(r.name)} | ${cell(r.unit)} | ${cell(r.plan)} | ${num(r.value, r.precision)} | ${num(r.pctOfPlan, r.pctPrecision)} | ${num(r.lastYear, r.precision)} | ${num(r.vsLastYear, r.changePrecision)} |`,
    );
  }
  return `${lines.join("\n")}\n`;
}
