import type { ParagraphBlock } from "@/db/schema/draft-content";

/**
 * The draft báo cáo as data: what the generator produces, what the editor edits and
 * versions, and what the Word/Markdown exports render. Plain JSON, stored as is in
 * draft_versions.content, so its types are defined with the table (db/schema/draft-content.ts);
 * this module is the draft's entry to them.
 */
export type {
  DraftBlock,
  DraftDocument,
  FigureField,
  FigureRef,
  HeadingBlock,
  MissingFigure,
  ParagraphBlock,
  Run,
} from "@/db/schema/draft-content";

/** A paragraph's text, runs joined. */
export function paragraphText(block: ParagraphBlock): string {
  return block.runs.map((r) => r.text).join("");
}
