import { AlignmentType, Paragraph } from "docx";
import type { DraftBlock, HeadingBlock, Run } from "@/lib/draft/model";
import { BODY } from "./layout";
import { run } from "./runs";

/** The mark that ends the body of an administrative document. */
export const END_MARK = "./.";

function bodyParagraph(
  children: ReturnType<typeof run>[],
  options: { keepNext?: boolean; outlineLevel?: number } = {},
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: BODY.firstLine },
    spacing: { before: 0, after: BODY.after, line: BODY.line },
    keepNext: options.keepNext,
    outlineLevel: options.outlineLevel,
    children,
  });
}

/** "I. …" upper case bold; "1. …" bold; "3.1. …" bold italic. Headings keep with the paragraph after them. */
function headingParagraph(block: HeadingBlock): Paragraph {
  const text = block.level === 1 ? block.text.toLocaleUpperCase("vi") : block.text;
  return bodyParagraph([run(text, { bold: true, italics: block.level === 3 })], {
    keepNext: true,
    outlineLevel: block.level - 1,
  });
}

/** What closes a last sentence: "… tổng hợp." becomes "… tổng hợp./.", "… tổng hợp" becomes "… tổng hợp./.". */
export function endMarkAfter(text: string): string {
  return /\.\s*$/.test(text) ? "/." : END_MARK;
}

/** A paragraph's runs split at line breaks: a narrative typed in several paragraphs stays several paragraphs. */
export function splitLines(runs: Run[]): string[][] {
  const lines: string[][] = [[]];
  for (const r of runs) {
    const parts = r.text.replace(/\r\n?/g, "\n").split("\n");
    parts.forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part) lines[lines.length - 1].push(part);
    });
  }
  return lines.filter((line) => line.join("").trim() !== "");
}

/** The draft's blocks as Word paragraphs, the last one ending with "./.". */
export function bodyParagraphs(blocks: DraftBlock[]): Paragraph[] {
  const out: Paragraph[] = [];
  const last = blocks.length - 1;
  blocks.forEach((block, i) => {
    if (block.type === "heading") {
      out.push(headingParagraph(block));
      return;
    }
    const lines = splitLines(block.runs);
    lines.forEach((texts, j) => {
      const end = i === last && j === lines.length - 1 ? endMarkAfter(texts.join("").trimEnd()) : "";
      if (end) texts[texts.length - 1] = texts[texts.length - 1].trimEnd();
      out.push(bodyParagraph([...texts.map((t) => run(t)), ...(end ? [run(end)] : [])]));
    });
  });
  const lastBlock = blocks[last];
  // a draft ending on a heading (a section still to be written) or on nothing gets "./." on a line of its own
  if (!lastBlock || lastBlock.type === "heading" || splitLines(lastBlock.runs).length === 0)
    out.push(bodyParagraph([run(END_MARK)]));
  return out;
}
