import { beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase, type Db } from "@/db/client";
import { rawClient } from "@/db/raw";
import { loadDemoProvince } from "@/db/seed/load-demo";
import { draftSubject, generateDraft } from "@/lib/draft/generate";
import { draftToMarkdown } from "@/lib/draft/markdown";
import { paragraphText, type DraftDocument, type HeadingBlock, type ParagraphBlock } from "@/lib/draft/model";
import { headingLabel, loadOutline } from "@/lib/draft/outline";

function demoDb(): Db {
  const db = openDatabase(":memory:").db;
  migrateDatabase(db);
  loadDemoProvince(db);
  return db;
}

const headings = (doc: DraftDocument) => doc.blocks.filter((b): b is HeadingBlock => b.type === "heading");
const paragraphs = (doc: DraftDocument) => doc.blocks.filter((b): b is ParagraphBlock => b.type === "paragraph");
/** Removes an entered figure (and its revisions), as if it had never been entered. */
function removeValue(db: Db, code: string, year: number, period: string): void {
  const where = "year = ? and period = ? and indicator_id = (select id from indicators where code = ?)";
  const client = rawClient(db);
  client
    .prepare(`delete from value_revisions where value_id in (select id from indicator_values where ${where})`)
    .run(year, period, code);
  expect(client.prepare(`delete from indicator_values where ${where}`).run(year, period, code).changes).toBe(1);
}
const deptId = (db: Db, code: string) =>
  (rawClient(db).prepare("select id from departments where code = ?").get(code) as { id: number }).id;

describe("outline and headings", () => {
  let db: Db;
  beforeAll(() => {
    db = demoDb();
  });

  it.each([
    ["I", "I."],
    ["II", "II."],
    ["I.3", "3."],
    ["I.3.1", "3.1."],
    ["I.3.6", "3.6."],
  ])("numbers section %s as %s (seed 000)", (code, label) => {
    expect(headingLabel(code)).toBe(label);
  });

  it("walks the outline in reading order: each section followed by its subsections", () => {
    expect(loadOutline(db).map((s) => `${s.code}@${s.depth}`)).toEqual([
      "I@0",
      "I.1@1",
      "I.2@1",
      "I.3@1",
      "I.3.1@2",
      "I.3.2@2",
      "I.3.3@2",
      "I.3.4@2",
      "I.3.5@2",
      "I.3.6@2",
      "I.4@1",
      "I.4.1@2",
      "I.4.2@2",
      "I.4.3@2",
      "I.4.4@2",
      "I.5@1",
      "I.6@1",
      "I.7@1",
      "II@0",
      "III@0",
    ]);
  });

  it("writes the headings as the report does: I. in capitals with the period, 3.1. with its title", () => {
    const doc = generateDraft(db, { year: 2023, period: "6T" });
    const hs = headings(doc);
    expect(hs[0]).toMatchObject({
      id: "s:I",
      level: 1,
      section: "I",
      text: "I. TÌNH HÌNH KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2023",
    });
    expect(hs.find((h) => h.section === "I.3")).toMatchObject({
      id: "s:I.3",
      level: 2,
      text: "3. Về phát triển kinh tế",
    });
    expect(hs.find((h) => h.section === "I.3.1")).toMatchObject({
      level: 3,
      text: "3.1. Sản xuất nông, lâm nghiệp và xây dựng nông thôn mới",
    });
    expect(hs.find((h) => h.section === "III")).toMatchObject({
      level: 1,
      text: "III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI",
    });
    expect(doc.subject).toBe("tình hình kinh tế - xã hội 6 tháng đầu năm 2023");
  });

  it("names the subject of other periods", () => {
    expect(draftSubject(2024, "9T")).toBe("tình hình kinh tế - xã hội 9 tháng năm 2024");
    expect(draftSubject(2022, "Q1")).toBe("tình hình kinh tế - xã hội quý I năm 2022");
    expect(draftSubject(2023, "T07")).toBe("tình hình kinh tế - xã hội tháng 7 năm 2023");
  });
});

describe("indicator paragraphs", () => {
  let db: Db;
  let doc: DraftDocument;
  beforeAll(() => {
    db = demoDb();
    doc = generateDraft(db, { year: 2023, period: "6T" });
  });

  it("puts each sentence in its section, ids i:<indicator>, a part inside its whole's sentence", () => {
    const knxnk = paragraphs(doc).find((p) => p.id === "i:knxnk")!;
    expect(knxnk).toMatchObject({ section: "I.3.2", origin: "indicator", indicator: "knxnk" });
    expect(paragraphs(doc).some((p) => p.id === "i:knxnk.xk")).toBe(false);
    expect(paragraphText(knxnk)).toMatch(/trong đó xuất khẩu 1\.280 triệu USD/);
  });

  it("links each figure's text to its indicator, year, period and field", () => {
    const knxnk = paragraphs(doc).find((p) => p.id === "i:knxnk")!;
    const figures = knxnk.runs
      .filter((r) => r.figure)
      .map((r) => [r.figure!.indicator, r.figure!.field, r.text, r.figure!.generated === r.text]);
    expect(figures).toContainEqual(["knxnk", "value", "2.285 triệu USD", true]);
    expect(figures).toContainEqual(["knxnk", "pctOfPlan", "đạt 60,1% kế hoạch", true]);
    expect(figures).toContainEqual(["knxnk.nk", "change", "tăng 20,6%", true]);
    expect(knxnk.runs.every((r) => !r.figure || (r.figure.year === 2023 && r.figure.period === "6T"))).toBe(true);
  });

  it("joins a '+' template to the sentence before it and starts every paragraph with a capital", () => {
    const dn = paragraphs(doc).find((p) => p.id === "i:dn.moi")!;
    // the whole-year estimate (issue 13) closes the sentence, after the clause bound to it
    expect(paragraphText(dn)).toBe(
      "Đăng ký thành lập mới 258 doanh nghiệp, đạt 51,6% kế hoạch, tăng 14% so với cùng kỳ, với tổng số vốn đăng ký 1.530 tỷ đồng, giảm 54%; ước thực hiện cả năm 560 doanh nghiệp, đạt 112% kế hoạch.",
    );
    expect(dn.runs.find((r) => r.text === "1.530 tỷ đồng")?.figure?.indicator).toBe("dn.von_moi");
    expect(paragraphs(doc).some((p) => p.id === "i:dn.von_moi")).toBe(false);
    expect(paragraphText(paragraphs(doc).find((p) => p.id === "i:cssxcn")!)).toMatch(
      /^Chỉ số sản xuất công nghiệp 6 tháng đầu năm tăng 5,79%/,
    );
    for (const p of paragraphs(doc).filter((b) => b.origin === "indicator"))
      expect(paragraphText(p)).toMatch(/^[\p{Lu}\d(].*\.$/u);
    // generated paragraphs: a sentence, a bullet ("- Về phát triển kinh tế: …."), or a lead ending with ":"
    for (const p of paragraphs(doc).filter((b) => b.origin === "generated"))
      expect(paragraphText(p)).toMatch(/^(- )?\p{Lu}.*[.:]$/u);
  });

  it("writes structure shares as 'chiếm', not as growth", () => {
    const share = paragraphs(doc).find((p) => p.id === "i:co_cau.nln")!;
    expect(paragraphText(share)).toContain("Tỷ trọng nông, lâm nghiệp và thủy sản chiếm 21,19%");
    expect(paragraphText(share)).not.toMatch(/tăng 21,19%/);
  });

  it("writes a part alone, with a capital, when its whole is not in the draft (one department's view)", () => {
    const chq = generateDraft(db, { year: 2023, period: "6T", departmentId: deptId(db, "chq") });
    const xnk = paragraphs(chq).find((p) => p.id === "i:thu_ns.xnk")!;
    expect(paragraphText(xnk)).toMatch(
      /^Thu từ hoạt động xuất nhập khẩu 2\.508,9 tỷ đồng, đạt 64,3% dự toán, tăng 43,8%; ước thực hiện cả năm 4\.700 tỷ đồng/,
    );
    expect(
      paragraphs(chq).every(
        (p) => p.indicator === undefined || ["knxnk", "knxnk_tat_ca", "thu_ns.xnk"].includes(p.indicator),
      ),
    ).toBe(true);
  });
});

describe("missing figures", () => {
  let db: Db;
  beforeAll(() => {
    db = demoDb();
    removeValue(db, "buu_chinh", 2023, "T05");
    removeValue(db, "cssxcn", 2023, "6T");
    removeValue(db, "knxnk.nk", 2023, "T06");
  });

  it("leaves the sentence out, never writing 0, and says why: months missing or the period not entered", () => {
    const doc = generateDraft(db, { year: 2023, period: "6T" });
    const text = doc.blocks.map((b) => (b.type === "heading" ? b.text : paragraphText(b))).join("\n");
    expect(text).not.toMatch(/bưu chính/);
    expect(text).not.toMatch(/chỉ số sản xuất công nghiệp/i);
    expect(doc.missing).toContainEqual({
      indicator: "buu_chinh",
      name: "Doanh thu bưu chính",
      section: "I.3.3",
      reason: "thiếu số liệu tháng 5",
    });
    expect(doc.missing).toContainEqual(
      expect.objectContaining({ indicator: "cssxcn", reason: "chưa có số liệu 6 tháng đầu năm" }),
    );
  });

  it("keeps the sentence chain when a continued sentence is missing: the next one joins the sentence before", () => {
    const doc = generateDraft(db, { year: 2023, period: "6T" });
    const vanTai = paragraphs(doc).find((p) => p.id === "i:van_tai")!;
    expect(paragraphText(vanTai)).toBe(
      "Doanh thu vận tải 1.018,2 tỷ đồng, tăng 9,13% so với cùng kỳ; doanh thu viễn thông 650 tỷ đồng, đạt 68,42% kế hoạch.",
    );
  });

  it("writes the whole without the missing part and lists the part", () => {
    const doc = generateDraft(db, { year: 2023, period: "6T" });
    expect(doc.missing).toContainEqual(
      expect.objectContaining({ indicator: "knxnk.nk", reason: "thiếu số liệu tháng 6" }),
    );
    // the whole is entered itself, so its sentence stays, with the parts that have a figure
    const knxnk = paragraphText(paragraphs(doc).find((p) => p.id === "i:knxnk")!);
    expect(knxnk).toContain(
      "trong đó xuất khẩu 1.280 triệu USD, đạt 98,5% kế hoạch, tăng 322,4%; ước thực hiện cả năm",
    );
    expect(knxnk).not.toContain("nhập khẩu 1.005");
  });

  it("says when the figure is entered but does not count yet (not approved, or not submitted)", () => {
    // December 2024 in the demo: most departments submitted (not approved yet), vpubnd still drafting
    const approved = generateDraft(db, { year: 2024, period: "N", counting: "approved" });
    expect(approved.missing).toContainEqual(
      expect.objectContaining({ indicator: "knxnk", reason: "số liệu tháng 12 đã nhập nhưng chưa được duyệt" }),
    );
    expect(approved.missing).toContainEqual(
      expect.objectContaining({ indicator: "grdp", reason: "số liệu năm 2024 đã nhập nhưng chưa được duyệt" }),
    );
    const submitted = generateDraft(db, { year: 2024, period: "N", counting: "submitted" });
    expect(submitted.missing).toContainEqual(
      expect.objectContaining({ indicator: "an.buon_lau", reason: "số liệu tháng 12 đã nhập nhưng chưa gửi" }),
    );
    expect(submitted.missing.some((m) => m.indicator === "knxnk")).toBe(false);
  });
});

describe("department narratives", () => {
  let db: Db;
  let doc: DraftDocument;
  beforeAll(() => {
    db = demoDb();
    // this test's own narratives instead of the demo's of June 2023
    rawClient(db).prepare("delete from narratives where year = 2023 and month = 6").run();
    const insert = rawClient(db).prepare(
      "insert into narratives (department_id, year, month, highlights, difficulties, tasks) values (?, ?, ?, ?, ?, ?)",
    );
    insert.run(
      deptId(db, "chq"),
      2023,
      6,
      "Thông quan hàng hóa thông suốt tại các cửa khẩu.",
      "Ùn tắc cục bộ dịp cao điểm.",
      "Đẩy mạnh cửa khẩu số.",
    );
    insert.run(deptId(db, "skhdt"), 2023, 6, "Môi trường đầu tư được cải thiện.", "", "Đẩy nhanh giải ngân cuối năm.");
    insert.run(deptId(db, "skhdt"), 2023, 5, "Tháng 5: không vào báo cáo 6 tháng.", "", "");
    // Cục Thống kê's first indicator (GRDP, 3.) comes before Cục Hải quan's (3.2) in the outline
    insert.run(deptId(db, "ctk"), 2023, 6, "", "", "Nâng cao chất lượng số liệu thống kê.");
    doc = generateDraft(db, { year: 2023, period: "6T" });
  });

  it("puts a department's highlights after the figures of the section holding most of its indicators", () => {
    const i32 = doc.blocks.filter((b) => b.section === "I.3.2");
    expect(i32.at(-1)).toMatchObject({
      id: "n:chq:highlights",
      origin: "narrative",
      department: "chq",
      runs: [{ text: "Thông quan hàng hóa thông suốt tại các cửa khẩu." }],
    });
    expect(i32.findIndex((b) => b.id === "i:knxnk")).toBeLessThan(i32.findIndex((b) => b.id === "n:chq:highlights"));
    // skhdt: 6 indicators in 3.4, more in 3.5; its highlights follow 3.5's figures and result items
    expect(doc.blocks.filter((b) => b.section === "I.3.5").at(-1)).toMatchObject({ id: "n:skhdt:highlights" });
  });

  it("puts difficulties under II and tasks under III after the generated paragraphs, in the outline's order, skipping empty texts and other months", () => {
    const ii = doc.blocks.filter((b) => b.section === "II").map((b) => b.id);
    expect(ii.filter((id) => !id.startsWith("ii:"))).toEqual(["s:II", "n:chq:difficulties"]);
    expect(ii.at(-1)).toBe("n:chq:difficulties");
    const iii = doc.blocks.filter((b) => b.section === "III").map((b) => b.id);
    expect(iii.filter((id) => !id.startsWith("iii:"))).toEqual([
      "s:III",
      "n:ctk:tasks",
      "n:chq:tasks",
      "n:skhdt:tasks",
    ]);
    expect(iii.slice(-3)).toEqual(["n:ctk:tasks", "n:chq:tasks", "n:skhdt:tasks"]);
    expect(JSON.stringify(doc.blocks)).not.toContain("Tháng 5");
  });
});

describe("Markdown", () => {
  let db: Db;
  beforeAll(() => {
    db = demoDb();
    removeValue(db, "buu_chinh", 2023, "T05");
  });

  it("writes the title, headings one level below it, paragraphs, the missing list and the summary table", () => {
    const md = draftToMarkdown(generateDraft(db, { year: 2023, period: "6T" }));
    const lines = md.split("\n");
    expect(lines[0]).toBe("# Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm 2023");
    expect(lines).toContain("## I. TÌNH HÌNH KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2023");
    expect(lines).toContain("### 3. Về phát triển kinh tế");
    expect(lines).toContain("#### 3.2. Phát triển kinh tế cửa khẩu");
    expect(lines.some((l) => l.startsWith("Tổng kim ngạch xuất nhập khẩu qua địa bàn ước đạt 2.285 triệu USD"))).toBe(
      true,
    );
    const missingAt = lines.indexOf("## Chỉ tiêu chưa có số liệu");
    expect(lines[missingAt + 2]).toBe("- Doanh thu bưu chính: thiếu số liệu tháng 5");
    expect(lines).toContain(
      "| STT | Chỉ tiêu | ĐVT | Kế hoạch năm | Thực hiện kỳ | % kế hoạch | Cùng kỳ năm trước | So cùng kỳ (%; chỉ tiêu tỷ lệ: ± điểm %) |",
    );
    expect(lines).toContain(
      "| 18 | Tổng kim ngạch xuất nhập khẩu qua địa bàn | triệu USD | 3.800 | 2.285 | 60,1 | 1.136,4 | 201,1 |",
    );
    expect(md.endsWith("\n")).toBe(true);
  });

  it("escapes the table's cell separator in names", () => {
    rawClient(db).prepare("update indicators set name = 'Chỉ tiêu | có gạch' where code = 'knxnk'").run();
    const md = draftToMarkdown(generateDraft(db, { year: 2023, period: "6T" }));
    expect(md).toContain("| Chỉ tiêu \\| có gạch |");
  });
});
