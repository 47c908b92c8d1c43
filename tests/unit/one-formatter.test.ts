import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { targetGrid } from "@/lib/admin/queries";
import { formatTarget } from "@/lib/catalogue/format";
import { listIndicatorsForYear } from "@/lib/catalogue/queries";
import { draftToMarkdown } from "@/lib/draft/markdown";
import type { DraftDocument } from "@/lib/draft/model";
import { summaryRowTexts } from "@/lib/export/summary-columns";
import { HEADER_ROW, SUMMARY_SHEET, buildSummaryXlsx } from "@/lib/export/xlsx";
import { formatViNumber } from "@/lib/numbers";
import { summaryRowFigures } from "@/lib/reports/summary-rows";
import { TEST_META, demoDb, demoDraft } from "./export-fixture";

/**
 * Issue 16 point 6: one number reads the same everywhere. The demo's 2024 plan for planting
 * trees is 2,223 million (adopted with three decimals, the indicator shows one): the targets
 * grid, the catalogue, the indicator page, the biểu in every format and the draft all write it
 * "2,223"; a % of plan is written as the draft's sentence writes it.
 */
const TREES = "nn.cay_phan_tan";
let db: Db;
let draft: DraftDocument;

/** What Excel shows for a number cell: its value with the numFmt's decimals, the Vietnamese way. */
function shown(cell: ExcelJS.Cell): string {
  const decimals = /\.(0+)/.exec(String(cell.numFmt ?? ""))?.[1].length ?? 0;
  return typeof cell.value === "number" ? formatViNumber(cell.value, decimals, { fixed: true }) : String(cell.value);
}

beforeAll(() => {
  db = demoDb();
  draft = demoDraft(db, 2024, "9T");
}, 60_000);

describe("one formatter per indicator", () => {
  it("writes a plan figure the same in the targets grid, the catalogue and every biểu", async () => {
    const grid = targetGrid(db, 2024).find((r) => r.code === TREES)!;
    const catalogue = listIndicatorsForYear(db, 2024).find((i) => i.code === TREES)!;
    const row = draft.summary.find((r) => r.code === TREES)!;
    expect(grid.cells.hdnd.text).toBe("2,223");
    expect(formatTarget(catalogue.targets[0])).toBe("2,223");
    expect(row.plan).toBe("2,223");
    expect(summaryRowTexts(row)[3]).toBe("2,223");
    expect(draftToMarkdown(draft)).toContain(`| ${row.name} | ${row.unit} | 2,223 |`);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildSummaryXlsx(draft, TEST_META)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(SUMMARY_SHEET)!;
    const xlsxRow = sheet.getRow(HEADER_ROW + 1 + draft.summary.indexOf(row));
    expect(shown(xlsxRow.getCell(4))).toBe("2,223");
    // every figure of every row reads in the .xlsx as in the .docx and on the page
    for (const [index, r] of draft.summary.entries()) {
      const f = summaryRowFigures(r);
      const cells = sheet.getRow(HEADER_ROW + 1 + index);
      if (f.value !== null) expect(shown(cells.getCell(5)), r.code).toBe(f.value);
      if (f.pctOfPlan !== null) expect(shown(cells.getCell(6)), r.code).toBe(f.pctOfPlan);
      if (f.lastYear !== null) expect(shown(cells.getCell(7)), r.code).toBe(f.lastYear);
    }
  });

  it("writes a % of plan in the biểu as the draft's sentence does", () => {
    const runs = draft.blocks.flatMap((b) => (b.type === "paragraph" ? b.runs : []));
    let checked = 0;
    for (const r of draft.summary) {
      const f = summaryRowFigures(r);
      const run = runs.find((x) => x.figure?.indicator === r.code && x.figure.field === "pctOfPlan");
      // a sentence naming both plans (Trung ương and HĐND) states two: the biểu's is one of them
      if (f.pctOfPlan === null || !run || run.text.includes(" và ")) continue;
      expect(run.text, r.code).toContain(`${f.pctOfPlan}%`);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(3);
  });
});
