import {
  AlignmentType,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type ISectionOptions,
} from "docx";
import type { DraftDocument } from "@/lib/draft/model";
import { sanitizeLine } from "@/lib/text/sanitize";
import type { ExportMeta } from "../meta";
import { appendixNote, appendixTable, appendixTitle } from "./appendix";
import { bodyParagraphs } from "./body";
import { documentHeader } from "./header";
import { APPENDIX_MARGIN, BODY, FONT, HEADER_DISTANCE, MARGIN, PAGE, pt } from "./layout";
import { beforeSignature, signatureBlock } from "./signature";
import { subjectLine, titleBlock } from "./title";

/** The page number, centred in the top margin (13 pt). */
function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: pt(13) })],
      }),
    ],
  });
}

/** Page 1 carries no number ("titlePg": a different first-page header, left empty). */
const headers = () => ({
  default: pageNumberHeader(),
  first: new Header({ children: [new Paragraph({ children: [] })] }),
});

/** The báo cáo as a Word document: thể thức of Nghị định 30/2020 and the biểu tổng hợp as a landscape appendix. */
export function reportDocument(draft: DraftDocument, meta: ExportMeta): Document {
  const main: ISectionOptions = {
    properties: {
      titlePage: true,
      page: {
        size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
        margin: { ...MARGIN, header: HEADER_DISTANCE, footer: HEADER_DISTANCE },
      },
    },
    headers: headers(),
    children: [
      documentHeader(meta),
      ...titleBlock(draft.subject, meta),
      ...bodyParagraphs(draft.blocks),
      beforeSignature(),
      signatureBlock(meta),
    ],
  };
  const sections: ISectionOptions[] = [main];
  if (draft.summary.length > 0) {
    sections.push({
      properties: {
        page: {
          size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE },
          margin: { ...APPENDIX_MARGIN, header: HEADER_DISTANCE, footer: HEADER_DISTANCE },
        },
      },
      headers: { default: pageNumberHeader() },
      children: [
        ...appendixTitle(draft.year, draft.period, meta),
        appendixTable(draft.summary, draft.year, draft.period),
        appendixNote(),
      ],
    });
  }
  return new Document({
    creator: sanitizeLine(meta.issuerName),
    title: sanitizeLine(`Báo cáo ${draft.subject}`),
    description: sanitizeLine(subjectLine(draft.subject)),
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY.size }, paragraph: { spacing: { line: 240 } } },
      },
    },
    sections,
  });
}

/** The .docx file's bytes. */
export async function buildReportDocx(draft: DraftDocument, meta: ExportMeta): Promise<Buffer> {
  return Packer.toBuffer(reportDocument(draft, meta));
}
