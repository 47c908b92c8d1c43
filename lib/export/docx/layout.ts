/**
 * The page and type of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I), in
 * Word's units: twips (1/20 pt; 1 cm = 567) for lengths, half-points for font sizes.
 */
export const FONT = "Times New Roman";

export const CM = 567;
export const pt = (points: number) => points * 2; // font size in half-points
export const spacingPt = (points: number) => points * 20; // spacing in twips

/** A4 portrait */
export const PAGE = { width: 11906, height: 16838 };
/** top and bottom 20 mm, left 30 mm, right 15 mm */
export const MARGIN = { top: 2 * CM, bottom: 2 * CM, left: 3 * CM, right: Math.round(1.5 * CM) };
/** where the page number sits in the top margin */
export const HEADER_DISTANCE = Math.round(1 * CM);
/** the writing width of a portrait page */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** The appendix: A4 landscape, 20 mm all round (15 mm at the bottom leaves room for a longer table). */
export const APPENDIX_MARGIN = { top: 2 * CM, bottom: Math.round(1.5 * CM), left: 2 * CM, right: Math.round(1.5 * CM) };
export const APPENDIX_WIDTH = PAGE.height - APPENDIX_MARGIN.left - APPENDIX_MARGIN.right;

/** body text: 14 pt, first line indented 1.27 cm, 6 pt between paragraphs, line spacing 1.15 */
export const BODY = { size: pt(14), firstLine: 720, after: spacingPt(6), line: 276 };

/** header table: left column (issuing body, number) and right column (national motto, place and date) */
export const HEADER_COLUMNS = [Math.round(6 * CM), TEXT_WIDTH - Math.round(6 * CM)];
