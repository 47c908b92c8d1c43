import { formatViNumber } from "@/lib/numbers";
import { pointsText, summaryHeaders } from "@/lib/export/summary-columns";
import { hasInPeriodColumn } from "@/lib/reports/summary-rows";
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
  const headers = summaryHeaders(doc.period, doc.year);
  const own = hasInPeriodColumn(doc.period);
  lines.push("## Biểu tổng hợp", "", `| ${headers.join(" | ")} |`, `|${headers.map(() => "---|").join("")}`);
  for (const r of doc.summary) {
    const vs =
      (r.points ?? r.rate)
        ? r.vsLastYear === null
          ? ""
          : pointsText(r.vsLastYear)
        : num(r.vsLastYear, r.changePrecision);
    const ownCell = own ? ` ${num(r.inPeriod ?? null, r.precision)} |` : "";
    lines.push(
      `| ${r.stt} | ${cell(r.name)} | ${cell(r.unit)} | ${cell(r.plan)} |${ownCell} ${num(r.value, r.precision)} | ${num(r.pctOfPlan, r.pctPrecision)} | ${num(r.lastYear, r.precision)} | ${vs} |`,
    );
  }
  return `${lines.join("\n")}\n`;
}
