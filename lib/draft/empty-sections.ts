import { paragraphText, type DraftBlock, type HeadingBlock } from "./model";

/** A heading of the draft with no text under it. */
export interface EmptySection {
  blockId: string;
  /** the heading as written: "II. KHÓ KHĂN, HẠN CHẾ" */
  text: string;
}

/**
 * The sections a report would go out with empty: a heading with no paragraph of text under it
 * before the next heading of the same or a higher level (a blank paragraph counts as nothing;
 * a sub-heading alone is not content). Only the outermost empty heading is named: when "II." is
 * empty, its empty sub-sections are part of it and not listed again.
 */
export function emptySections(blocks: readonly DraftBlock[]): EmptySection[] {
  const out: EmptySection[] = [];
  let insideEmptyUntil = -1;
  blocks.forEach((block, i) => {
    if (block.type !== "heading" || i < insideEmptyUntil) return;
    const end = sectionEnd(blocks, i, block);
    const hasText = blocks.slice(i + 1, end).some((b) => b.type === "paragraph" && paragraphText(b).trim() !== "");
    if (hasText) return;
    out.push({ blockId: block.id, text: block.text.trim() || "(tiêu đề trống)" });
    insideEmptyUntil = end;
  });
  return out;
}

/** The index of the next heading of the same or a higher level (smaller number), or the end. */
function sectionEnd(blocks: readonly DraftBlock[], start: number, heading: HeadingBlock): number {
  for (let j = start + 1; j < blocks.length; j++) {
    const b = blocks[j];
    if (b.type === "heading" && b.level <= heading.level) return j;
  }
  return blocks.length;
}

/** The confirmation asked before a download: names the empty sections, or null when there are none. */
export function emptySectionsWarning(sections: readonly Pick<EmptySection, "text">[]): string | null {
  if (sections.length === 0) return null;
  const names = sections.map((s) => `"${s.text}"`).join(", ");
  return sections.length === 1
    ? `Mục ${names} chưa có nội dung.`
    : `${sections.length} mục chưa có nội dung: ${names}.`;
}
