import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import type { DraftDocument } from "@/lib/draft/model";
import { buildReportDocx } from "@/lib/export/docx/assemble";
import { defaultExportMeta } from "@/lib/export/meta";
import { HOSTILE_TEXT, TEST_META, demoDb, demoDraft, paragraphXml, paragraphsOf, unzip } from "./export-fixture";

let db: Db;
let draft: DraftDocument;
let documentXml: string;
let stylesXml: string;
let read: (name: string) => Promise<string>;

beforeAll(async () => {
  db = demoDb();
  draft = demoDraft(db, 2023, "6T");
  read = await unzip(await buildReportDocx(draft, TEST_META));
  documentXml = await read("word/document.xml");
  stylesXml = await read("word/styles.xml");
}, 60_000);

const sections = () => [...documentXml.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
const attr = (xml: string, element: string, name: string) =>
  xml.match(new RegExp(`<w:${element} [^>]*w:${name}="([^"]*)"`))?.[1];

describe("the .docx báo cáo (Nghị định 30/2020)", () => {
  it("is set in Times New Roman 14 pt, and no run asks for another font", async () => {
    const defaults = stylesXml.match(/<w:docDefaults>[\s\S]*<\/w:docDefaults>/)![0];
    for (const slot of ["ascii", "hAnsi", "cs", "eastAsia"])
      expect(attr(defaults, "rFonts", slot)).toBe("Times New Roman");
    expect(attr(defaults, "sz", "val")).toBe("28");
    const headers = await Promise.all(["word/header1.xml", "word/header2.xml", "word/header3.xml"].map(read));
    for (const xml of [documentXml, ...headers]) {
      for (const m of xml.matchAll(/w:(?:ascii|hAnsi)="([^"]*)"/g)) expect(m[1]).toBe("Times New Roman");
    }
  });

  it("has an A4 portrait page with margins top/bottom 2 cm, left 3 cm, right 1.5 cm (twips) and a landscape A4 appendix", () => {
    const [main, appendix] = sections();
    expect(sections()).toHaveLength(2);
    expect([attr(main, "pgSz", "w"), attr(main, "pgSz", "h"), attr(main, "pgSz", "orient")]).toEqual([
      "11906",
      "16838",
      "portrait",
    ]);
    expect([
      attr(main, "pgMar", "top"),
      attr(main, "pgMar", "bottom"),
      attr(main, "pgMar", "left"),
      attr(main, "pgMar", "right"),
    ]).toEqual(["1134", "1134", "1701", "851"]);
    expect([attr(appendix, "pgSz", "w"), attr(appendix, "pgSz", "h"), attr(appendix, "pgSz", "orient")]).toEqual([
      "16838",
      "11906",
      "landscape",
    ]);
  });

  it("numbers pages from page 2: a different, empty first-page header and a centred PAGE field", async () => {
    const [main, appendix] = sections();
    expect(main).toContain("<w:titlePg/>");
    expect(appendix).not.toContain("<w:titlePg/>");
    const rels = await read("word/_rels/document.xml.rels");
    const target = (section: string, type: string) => {
      const id = section.match(new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"`))![1];
      return rels.match(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`))![1];
    };
    const first = await read(`word/${target(main, "first")}`);
    const numbered = await read(`word/${target(main, "default")}`);
    expect(first).not.toContain("PAGE");
    expect(paragraphsOf(first).join("")).toBe("");
    expect(numbered).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(numbered).toContain('<w:jc w:val="center"/>');
    expect(await read(`word/${target(appendix, "default")}`)).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
  });

  it("opens with the header table: issuing body and motto bold, number, place and date in italics with leading zeros", () => {
    const table = documentXml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/)![0];
    expect(table).toMatch(/<w:tblBorders>[\s\S]*<w:top w:val="none"/);
    const texts = paragraphsOf(table).filter(Boolean);
    expect(texts).toEqual([
      "ỦY BAN NHÂN DÂN",
      "TỈNH LẠNG SƠN",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: 123/BC-UBND",
      "Lạng Sơn, ngày 05 tháng 01 năm 2024",
    ]);
    // the number and the date share the second row
    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => paragraphsOf(m[0]).filter(Boolean));
    expect(rows[1]).toEqual(["Số: 123/BC-UBND", "Lạng Sơn, ngày 05 tháng 01 năm 2024"]);
    for (const bold of ["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]) {
      const p = paragraphXml(table, bold);
      expect(p).toContain("<w:b/>");
      expect(attr(p, "sz", "val")).toBe("26");
      expect(attr(p, "jc", "val")).toBe("center");
    }
    expect(attr(paragraphXml(table, "Số: 123/BC-UBND"), "sz", "val")).toBe("26");
    expect(attr(paragraphXml(table, "Độc lập - Tự do - Hạnh phúc"), "sz", "val")).toBe("28");
    const date = paragraphXml(table, "Lạng Sơn, ngày 05 tháng 01 năm 2024");
    expect(date).toContain("<w:i/>");
    // the two short rules: bordered empty paragraphs
    expect(table.match(/<w:pBdr><w:bottom w:val="single"/g)).toHaveLength(2);
  });

  it("writes the number as …/BC-UBND while it is unknown", async () => {
    const xml = await (
      await unzip(
        await buildReportDocx(
          { ...draft, summary: [] },
          defaultExportMeta({ date: { year: 2023, month: 7, day: 19 } }),
        ),
      )
    ).call(null, "word/document.xml");
    const texts = paragraphsOf(xml);
    expect(texts).toContain("Số: …/BC-UBND");
    expect(texts).toContain("Lạng Sơn, ngày 19 tháng 7 năm 2023");
    expect([...xml.matchAll(/<w:sectPr>/g)]).toHaveLength(1);
  });

  it("titles it BÁO CÁO and the subject, 14 pt bold centred", () => {
    for (const text of ["BÁO CÁO", "Tình hình kinh tế - xã hội 6 tháng đầu năm 2023"]) {
      const p = paragraphXml(documentXml, text);
      expect(p).toContain("<w:b/>");
      expect(attr(p, "sz", "val")).toBe("28");
      expect(attr(p, "jc", "val")).toBe("center");
    }
  });

  it("sets the body 14 pt justified with a 1.27 cm first line and 6 pt after, headings I. upper case bold and 1. bold", () => {
    const sentence = draft.blocks.find((b) => b.type === "paragraph" && b.origin === "indicator")!;
    const text = sentence.type === "paragraph" ? sentence.runs.map((r) => r.text).join("") : "";
    const p = paragraphXml(documentXml, text);
    expect(attr(p, "jc", "val")).toBe("both");
    expect(attr(p, "ind", "firstLine")).toBe("720");
    expect(Number(attr(p, "spacing", "after"))).toBeGreaterThanOrEqual(120);
    const headings = draft.blocks.filter((b) => b.type === "heading");
    const level1 = headings.find((h) => h.type === "heading" && h.level === 1)!;
    const level2 = headings.find((h) => h.type === "heading" && h.level === 2)!;
    const h1 = paragraphXml(documentXml, level1.text.toLocaleUpperCase("vi"));
    expect(level1.text).toMatch(/^I\. /);
    expect(h1).toContain("<w:b/>");
    expect(paragraphXml(documentXml, level2.text)).toContain("<w:b/>");
  });

  it("ends the body with ./. and prints markup in a narrative as literal text", () => {
    const texts = paragraphsOf(documentXml);
    expect(texts).toContain(`${HOSTILE_TEXT}./.`);
    expect(documentXml).not.toContain("<script");
    expect(documentXml).not.toContain("<b>");
    expect(documentXml).toContain("&lt;script&gt;");
  });

  it("puts ./. on a line of its own after a closing heading, and keeps a narrative's paragraphs apart", async () => {
    const small: DraftDocument = {
      ...draft,
      summary: [],
      blocks: [
        {
          id: "n",
          type: "paragraph",
          section: null,
          origin: "narrative",
          runs: [{ text: "Đoạn một.\r\nĐoạn hai\n\n" }],
        },
        { id: "h", type: "heading", level: 1, section: null, text: "III. Nhiệm vụ, giải pháp" },
      ],
    };
    const xml = await (await unzip(await buildReportDocx(small, TEST_META)))("word/document.xml");
    const texts = paragraphsOf(xml);
    const at = texts.indexOf("Đoạn một.");
    expect(texts.slice(at, at + 4)).toEqual(["Đoạn một.", "Đoạn hai", "III. NHIỆM VỤ, GIẢI PHÁP", "./."]);
    const ending = await (
      await unzip(await buildReportDocx({ ...small, blocks: [small.blocks[0]] }, TEST_META))
    )("word/document.xml");
    expect(paragraphsOf(ending)).toContain("Đoạn hai./.");
  });

  it("signs TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH with the name, and lists nơi nhận 12/11 pt", () => {
    const texts = paragraphsOf(documentXml);
    const at = texts.indexOf("TM. ỦY BAN NHÂN DÂN");
    expect(texts.slice(at, at + 3)).toEqual(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]);
    expect(paragraphXml(documentXml, "PHÓ CHỦ TỊCH")).toContain("<w:b/>");
    expect(paragraphXml(documentXml, TEST_META.signerName)).toContain("<w:b/>");
    const heading = paragraphXml(documentXml, "Nơi nhận:");
    expect(heading).toContain("<w:b/>");
    expect(heading).toContain("<w:i/>");
    expect(attr(heading, "sz", "val")).toBe("24");
    // the entries under "Nơi nhận:" (the body has "- " paragraphs of its own: section II's lagging indicators)
    const entries = texts.slice(texts.indexOf("Nơi nhận:")).filter((t) => t.startsWith("- "));
    expect(entries.length).toBe(TEST_META.distribution.length);
    expect(entries.slice(0, -1).every((t) => t.endsWith(";"))).toBe(true);
    expect(entries.at(-1)).toMatch(/^- Lưu: VT, .*\.$/);
    expect(attr(paragraphXml(documentXml, entries[0]), "sz", "val")).toBe("22");
  });

  it("attaches the biểu tổng hợp: every row, a repeating header row, the figures as on the summary page", () => {
    const tables = [...documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    const appendix = tables.at(-1)!;
    const rows = [...appendix.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows).toHaveLength(draft.summary.length + 1);
    expect(rows[0]).toContain("<w:tblHeader/>");
    expect(paragraphsOf(rows[0])).toEqual([
      "STT",
      "Chỉ tiêu",
      "ĐVT",
      "Kế hoạch năm",
      "Thực hiện kỳ",
      "% kế hoạch",
      "Cùng kỳ năm trước",
      "So cùng kỳ (%; chỉ tiêu tỷ lệ: ± điểm %)",
    ]);
    const knxnk = draft.summary.findIndex((r) => r.code === "knxnk");
    // seed 000: "ước đạt 2.285 triệu USD, đạt 60,1% kế hoạch, tăng 101,1% so với cùng kỳ" (ratio 201,1)
    const [, name, unit, , value, pct, , vs] = paragraphsOf(rows[knxnk + 1]);
    expect([name, unit, value, pct, vs]).toEqual([
      "Tổng kim ngạch xuất nhập khẩu qua địa bàn",
      "triệu USD",
      "2.285 (ư)",
      "60,1",
      "201,1",
    ]);
    expect(paragraphsOf(documentXml)).toContain("BIỂU TỔNG HỢP CÁC CHỈ TIÊU CHỦ YẾU 6 THÁNG ĐẦU NĂM 2023");
  });
});
