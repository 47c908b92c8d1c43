import { AlignmentType, Paragraph } from "docx";
import type { ExportMeta } from "../meta";
import { CM, TEXT_WIDTH, pt, spacingPt } from "./layout";
import { centredLine, rule, run } from "./runs";

/** "tình hình kinh tế - xã hội …" → "Tình hình kinh tế - xã hội …" */
export function subjectLine(subject: string): string {
  const s = subject.trim();
  return s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
}

/** "BÁO CÁO", the subject (14 pt bold, centred) with a short rule under it, then the optional "Kính gửi: …". */
export function titleBlock(subject: string, meta: ExportMeta): Paragraph[] {
  const out = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: spacingPt(18), after: 0 },
      children: [run("BÁO CÁO", { size: pt(14), bold: true })],
    }),
    centredLine(subjectLine(subject), { size: pt(14), bold: true }),
    rule(Math.round(3.5 * CM), TEXT_WIDTH),
  ];
  if (meta.recipient) {
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: spacingPt(12), after: 0 },
        children: [run(`Kính gửi: ${meta.recipient}`, { size: pt(14) })],
      }),
    );
  }
  out.push(new Paragraph({ spacing: { before: 0, after: spacingPt(6) }, children: [] }));
  return out;
}
