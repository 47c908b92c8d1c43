import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildReportDocx } from "@/lib/export/docx/assemble";
import { buildSummaryXlsx } from "@/lib/export/xlsx";
import { HOSTILE_TEXT, TEST_META, demoDb, demoDraft } from "./export-fixture";
import { convertToPdf, pdfPageSize, pdfPages, pdfText } from "./libreoffice";

/** Both exports open in LibreOffice without repair: converted to PDF headless, then read back with poppler (./libreoffice.ts). */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-export-"));
const pdf: Record<"docx" | "xlsx", string> = { docx: path.join(dir, "bao-cao.pdf"), xlsx: path.join(dir, "bieu.pdf") };

beforeAll(async () => {
  const draft = demoDraft(demoDb(), 2023, "6T");
  // markup and a formula as an indicator's name: printed literally, never evaluated
  draft.summary.push(
    { ...draft.summary[0], code: "x.html", stt: "98", name: HOSTILE_TEXT },
    { ...draft.summary[0], code: "x.formula", stt: "99", name: "=SUM(1;2)" },
  );
  fs.writeFileSync(path.join(dir, "bao-cao.docx"), await buildReportDocx(draft, TEST_META));
  fs.writeFileSync(path.join(dir, "bieu.xlsx"), await buildSummaryXlsx(draft, TEST_META));
  convertToPdf(dir, [path.join(dir, "bao-cao.docx"), path.join(dir, "bieu.xlsx")]);
}, 180_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("the exports rendered by LibreOffice", () => {
  it("renders the báo cáo: header, title, figures, ./., signature on portrait pages, then the landscape appendix", () => {
    const count = pdfPages(pdf.docx);
    expect(count).toBeGreaterThanOrEqual(4);
    expect(count).toBeLessThanOrEqual(16); // the whole báo cáo: I with 4.1-4.4 and 7, đánh giá chung, II, III, then the appendix
    const first = pdfText(pdf.docx, 1);
    for (const s of [
      "ỦY BAN NHÂN DÂN",
      "TỈNH LẠNG SƠN",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: 123/BC-UBND",
      "Lạng Sơn, ngày 05 tháng 01 năm 2024",
      "BÁO CÁO",
      "Tình hình kinh tế - xã hội 6 tháng đầu năm 2023",
    ]) {
      expect(first).toContain(s);
    }
    expect(pdfPageSize(pdf.docx, 1)[0]).toBeLessThan(pdfPageSize(pdf.docx, 1)[1]);
    // page 1 carries no number, page 2 starts with "2"
    expect(first.trimStart().startsWith("ỦY BAN NHÂN DÂN")).toBe(true);
    expect(pdfText(pdf.docx, 2).trimStart()).toMatch(/^2\s/);
    const all = pdfText(pdf.docx).replace(/\s+/g, " ");
    expect(all).toContain("2.285 triệu USD, đạt 60,1% kế hoạch");
    expect(all).toContain(`${HOSTILE_TEXT}./.`);
    for (const s of [
      "TM. ỦY BAN NHÂN DÂN",
      "KT. CHỦ TỊCH",
      "PHÓ CHỦ TỊCH",
      TEST_META.signerName,
      "Nơi nhận:",
      "- Lưu: VT, TH.",
    ])
      expect(all).toContain(s);
    const appendix = Array.from({ length: count }, (_, i) => i + 1).find((p) =>
      pdfText(pdf.docx, p).includes("Phụ lục"),
    )!;
    expect(appendix).toBeGreaterThan(1);
    const [width, height] = pdfPageSize(pdf.docx, appendix);
    expect(width).toBeGreaterThan(height);
    expect(pdfText(pdf.docx, appendix)).toContain("BIỂU TỔNG HỢP CÁC CHỈ TIÊU CHỦ YẾU 6 THÁNG ĐẦU NĂM 2023");
  });

  it("renders the biểu tổng hợp workbook landscape with its figures", () => {
    expect(pdfPages(pdf.xlsx)).toBeGreaterThanOrEqual(1);
    const [width, height] = pdfPageSize(pdf.xlsx, 1);
    expect(width).toBeGreaterThan(height);
    const all = pdfText(pdf.xlsx).replace(/\s+/g, " ");
    expect(all).toContain("BIỂU TỔNG HỢP CÁC CHỈ TIÊU CHỦ YẾU 6 THÁNG ĐẦU NĂM 2023");
    expect(all).toContain("Tổng kim ngạch xuất nhập khẩu qua địa bàn triệu USD");
    // a Vietnamese locale shows the number formats with its separators
    expect(all).toContain("3.800 2.285 (ư) 60,1");
    expect(all).toContain(HOSTILE_TEXT);
    expect(all).toContain("'=SUM(1;2)");
  });
});
