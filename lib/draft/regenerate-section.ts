import type { DraftBlock, DraftDocument } from "./model";

/**
 * Replaces one section's blocks (its heading, sentences and narratives) with freshly generated
 * ones, keeping every other block as edited and the paragraphs a planner typed into the
 * section. The section keeps its place; a section missing from the draft is put back where
 * the fresh outline has it. Its missing figures are replaced too.
 */
export function regenerateSection(
  current: DraftDocument,
  fresh: Pick<DraftDocument, "blocks" | "missing">,
  section: string,
): DraftDocument {
  const regenerated = fresh.blocks.filter((b) => b.section === section);
  if (regenerated.length === 0) throw new Error(`section ${section} is not in the generated draft`);
  const typed = current.blocks.filter((b) => b.section === section && b.type === "paragraph" && b.origin === "text");
  const replacement = [...regenerated, ...typed];
  const first = current.blocks.findIndex((b) => b.section === section);
  const others = current.blocks.filter((b) => b.section !== section);
  let at: number;
  if (first >= 0) {
    at = current.blocks.slice(0, first).filter((b) => b.section !== section).length;
  } else {
    at = insertionPoint(others, fresh.blocks, section);
  }
  const blocks: DraftBlock[] = [...others.slice(0, at), ...replacement, ...others.slice(at)];
  const missing = [
    ...current.missing.filter((m) => m.section !== section),
    ...fresh.missing.filter((m) => m.section === section),
  ];
  return { ...current, blocks, missing };
}

/** After the last kept block of the nearest section that precedes `section` in the fresh outline. */
function insertionPoint(others: DraftBlock[], freshBlocks: DraftBlock[], section: string): number {
  const order = [...new Set(freshBlocks.map((b) => b.section))];
  const preceding = order.slice(0, order.indexOf(section)).reverse();
  for (const s of preceding) {
    const last = others.findLastIndex((b) => b.section === s);
    if (last >= 0) return last + 1;
  }
  return 0;
}
