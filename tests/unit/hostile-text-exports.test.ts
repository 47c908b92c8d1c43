import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { rawClient } from "@/db/raw";
import { departments, indicators, indicatorValues, narratives, resultItems, users } from "@/db/schema";
import { renameDepartmentCommand, updateIndicatorCommand } from "@/lib/admin/commands";
import type { CurrentUser } from "@/lib/auth/current-user";
import { runCommand } from "@/lib/commands/command";
import { generateDraft } from "@/lib/draft/generate";
import { draftToMarkdown } from "@/lib/draft/markdown";
import type { DraftDocument } from "@/lib/draft/model";
import { importMonthValuesCommand, saveMonthValuesCommand, saveNarrativeCommand } from "@/lib/entry/commands";
import { monthFormData } from "@/lib/entry/month-form-data";
import { buildEntryTemplate, parseEntryUpload } from "@/lib/excel/entry-template";
import { buildReportDocx } from "@/lib/export/docx/assemble";
import { exportMetaFromQuery, parseExportQuery } from "@/lib/export/query";
import { buildSummaryXlsx } from "@/lib/export/xlsx";
import { dashboardShown } from "@/lib/export/dashboard-source";
import { buildDashboardXlsx } from "@/lib/export/dashboard-xlsx";
import { dashboardModel } from "@/lib/reports/dashboard-model";
import { createResultCommand } from "@/lib/results/commands";
import { hasForbiddenCharacters, sanitizeLine, sanitizeText } from "@/lib/text/sanitize";
import { ALL_IN_ONE, SHORT_HOSTILE_TEXTS, TEN_THOUSAND } from "../corpus/hostile-text";
import { demoDb, paragraphsOf } from "./export-fixture";
import { convertToPdf, pdfPages, pdfText } from "./libreoffice";
import { TEXT_TOKENS, markdownHtml, markdownTokens } from "./markdown-tokens";

/**
 * The hostile-text corpus (tests/corpus/hostile-text.ts) typed by a department and an
 * administrator through the commands, plus the same characters written straight into the
 * database (data stored before the sanitiser), then every export of it: the báo cáo (.docx),
 * the biểu tổng hợp (.xlsx), the department's Excel template (.xlsx, imported again) and the
 * draft as Markdown. Each file's XML parts parse with a strict XML parser, LibreOffice opens
 * the files, and the Markdown has no heading, table, list or link made of the text.
 */

const YEAR = 2024;
const MONTH = 12;
const month = { department: "vpubnd", year: YEAR, month: MONTH };
const HEADING_TEXT = "III. NHIỆM VỤ GIẢ MẠO"; // from the corpus: "\n## III. NHIỆM VỤ GIẢ MẠO"
const DEPARTMENT_NAME = `Văn phòng <b>UBND</b> | ## =HYPERLINK("http://evil.example") \uffff\u202e\n[x](javascript:alert(1))`;
const INDICATOR_NAME = `=HYPERLINK("http://evil.example","Chỉ tiêu") <script>alert(1)</script> \u0001\uffff\u202e`;
const RESULT_TEXT = `Kết quả <script>alert(1)</script> \uffff\u202e\n## III. GIẢ\n| a | b |\n=HYPERLINK("http://evil.example") \u0001`;
// (a lone surrogate cannot be stored: SQLite's UTF-8 turns it into U+FFFD)
const LEGACY = "Dữ liệu cũ\uffff\ufffe\u0001\u001b\u202e\u{10ffff} chưa làm sạch";

let db: Db;
let officer: CurrentUser;
let admin: CurrentUser;
let draft: DraftDocument;
const files: Record<"docx" | "xlsx" | "dashboard" | "template" | "legacyTemplate", Buffer> = {} as never;
let markdown = "";
let renamedIndicator = "";

function userNamed(username: string): CurrentUser {
  const u = db.select().from(users).where(eq(users.username, username)).get()!;
  const d =
    u.departmentId === null ? undefined : db.select().from(departments).where(eq(departments.id, u.departmentId)).get();
  return {
    id: u.id,
    username,
    fullName: u.fullName,
    role: u.role,
    departmentId: u.departmentId,
    departmentCode: d?.code ?? null,
    departmentName: d?.name ?? null,
  };
}
const departmentId = (code: string) => db.select().from(departments).where(eq(departments.code, code)).get()!.id;

/** The errors of a strict XML 1.0 parser over every XML part of an OOXML package. */
async function xmlProblems(file: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(file);
  const problems: string[] = [];
  const parts = Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n));
  expect(parts.length).toBeGreaterThan(3);
  for (const name of parts) {
    const parser = new SaxesParser({ xmlns: true });
    parser.on("error", (e) => problems.push(`${name}: ${e.message}`));
    parser.write(await zip.file(name)!.async("string")).close();
  }
  return problems;
}
const part = async (file: Buffer, name: string) => (await JSZip.loadAsync(file)).file(name)!.async("string");

/** The department's month template, as GET …/template builds it. */
async function template(code: string): Promise<Buffer> {
  const dept = db.select().from(departments).where(eq(departments.code, code)).get()!;
  const data = monthFormData(db, dept.id, YEAR, MONTH);
  return buildEntryTemplate(`${dept.name} - số liệu tháng ${MONTH}/${YEAR}`, data.rows);
}

beforeAll(async () => {
  db = demoDb();
  officer = userNamed("vpubnd.canbo");
  admin = userNamed("admin");
  const vpubnd = departmentId("vpubnd");
  const form = monthFormData(db, vpubnd, YEAR, MONTH);

  // a department types the corpus: its narrative, its value notes, a result item
  runCommand(db, saveNarrativeCommand, officer, {
    ...month,
    highlights: ALL_IN_ONE,
    difficulties: ALL_IN_ONE,
    tasks: `${TEN_THOUSAND}\n${ALL_IN_ONE}`,
    version: form.narrative.version,
  });
  const rows = form.rows.slice(0, SHORT_HOSTILE_TEXTS.length);
  expect(rows.length).toBeGreaterThan(2);
  const notes = rows.map((_, i) =>
    SHORT_HOSTILE_TEXTS.filter((_t, j) => j % rows.length === i)
      .map((h) => h.text)
      .join(" "),
  );
  runCommand(db, saveMonthValuesCommand, officer, {
    ...month,
    values: rows.map((r, i) => ({
      indicator: r.code,
      period: r.period,
      value: r.value ?? 1,
      status: r.status,
      note: notes[i],
      version: r.version,
    })),
  });
  runCommand(db, createResultCommand, officer, {
    ...month,
    date: "2024-12-10",
    section: rows[0].sectionCode ?? "I.1",
    text: RESULT_TEXT,
    figures: [],
  });

  // an administrator names the department and one of its indicators
  const dept = db.select().from(departments).where(eq(departments.id, vpubnd)).get()!;
  runCommand(db, renameDepartmentCommand, admin, {
    code: "vpubnd",
    name: DEPARTMENT_NAME,
    shortName: "VP\u0000UBND\u202e",
    version: dept.version,
  });
  const ind = db.select().from(indicators).where(eq(indicators.code, rows[0].code)).get()!;
  runCommand(db, updateIndicatorCommand, admin, {
    code: ind.code,
    version: ind.version,
    name: INDICATOR_NAME,
    sentenceName: "",
    unit: ind.unit,
    kind: ind.kind,
    section: rows[0].sectionCode ?? "",
    parent: rows[0].parentCode ?? "",
    precision: ind.precision,
    direction: ind.direction,
    sentenceTemplate: ind.sentenceTemplate ?? "",
  });
  renamedIndicator = ind.code;

  // data stored before the sanitiser: another department's narrative, a note and an indicator name
  const raw = rawClient(db);
  const sct = departmentId("sct");
  expect(
    raw
      .prepare("UPDATE narratives SET highlights = ?, tasks = ? WHERE department_id = ? AND year = ? AND month = ?")
      .run(`${LEGACY}\n## ${HEADING_TEXT}`, LEGACY, sct, YEAR, MONTH).changes,
  ).toBe(1);
  expect(
    raw
      .prepare(
        "UPDATE indicator_values SET note = ? WHERE id = (SELECT id FROM indicator_values WHERE department_id = ? AND year = ? AND month = ? LIMIT 1)",
      )
      .run(LEGACY, sct, YEAR, MONTH).changes,
  ).toBe(1);
  const sctRows = monthFormData(db, sct, YEAR, MONTH).rows;
  expect(
    raw.prepare("UPDATE indicators SET name = ? WHERE code = ?").run(`${LEGACY} ${sctRows[0].name}`, sctRows[0].code)
      .changes,
  ).toBe(1);

  draft = generateDraft(db, { year: YEAR, period: "N", counting: "all" });
  const query = parseExportQuery(
    new URLSearchParams({ format: "docx", signer: `Lê\u202e Văn <b>B</b>\uffff`, number: "=1+1/BC" }),
  );
  if (!query.ok) throw new Error(query.error);
  const meta = exportMetaFromQuery(query.query);
  files.docx = await buildReportDocx(draft, meta);
  files.xlsx = await buildSummaryXlsx(draft, meta);
  // the dashboard's export, listing the renamed indicator's status in its department
  const filters = { year: YEAR, period: "N" as const, counting: "all" as const, section: "", department: "vpubnd" };
  const model = dashboardModel(db, filters);
  const status = model.rows.find((r) => r.indicator.code === renamedIndicator)!.pace.status;
  files.dashboard = await buildDashboardXlsx(dashboardShown(model, filters, status));
  files.template = await template("vpubnd");
  files.legacyTemplate = await template("sct");
  markdown = draftToMarkdown(draft);
}, 120_000);

describe("what the commands stored", () => {
  it("is clean: the narrative, the notes, the result item, the names", () => {
    const vpubnd = departmentId("vpubnd");
    const n = db
      .select()
      .from(narratives)
      .where(eq(narratives.departmentId, vpubnd))
      .all()
      .find((r) => r.month === MONTH && r.year === YEAR)!;
    const stored = [
      n.highlights,
      n.difficulties,
      n.tasks,
      ...db
        .select()
        .from(indicatorValues)
        .where(eq(indicatorValues.departmentId, vpubnd))
        .all()
        .map((v) => v.note ?? ""),
      ...db
        .select()
        .from(resultItems)
        .all()
        .map((r) => r.text),
      ...db
        .select()
        .from(departments)
        .all()
        .flatMap((d) => [d.name, d.shortName]),
      db.select().from(indicators).where(eq(indicators.code, renamedIndicator)).get()!.name,
    ];
    for (const text of stored) expect(hasForbiddenCharacters(text), JSON.stringify(text.slice(0, 80))).toBe(false);
    expect(n.highlights).toContain(`## ${HEADING_TEXT}`); // markup is kept as text: escaping is each export's job
    expect(n.tasks.startsWith(TEN_THOUSAND.trim())).toBe(true);
    expect(db.select().from(departments).where(eq(departments.id, vpubnd)).get()!.name).toBe(
      sanitizeLine(DEPARTMENT_NAME),
    );
  });

  it("reaches the draft: the department's paragraphs, its result item, the names", () => {
    const text = draft.blocks
      .map((b) => (b.type === "heading" ? b.text : b.runs.map((r) => r.text).join("")))
      .join("\n");
    expect(text).toContain(`## ${HEADING_TEXT}`);
    expect(text).toContain("<script>alert(1)</script>");
    expect(text).toContain("Dữ liệu cũ");
    expect(draft.summary.map((r) => r.name)).toContain(sanitizeLine(INDICATOR_NAME).trim());
  });
});

describe("the báo cáo (.docx)", () => {
  it("U+FFFF in a narrative: word/document.xml is well-formed (issue 15, defect 2)", async () => {
    expect(await xmlProblems(files.docx)).toEqual([]);
  });

  it("prints the text literally and without the removed characters", async () => {
    const xml = await part(files.docx, "word/document.xml");
    expect(hasForbiddenCharacters(xml)).toBe(false);
    const paragraphs = paragraphsOf(xml);
    expect(paragraphs).toContain(`## ${HEADING_TEXT}`);
    expect(paragraphs.join("\n")).toContain(`<script>alert("x")</script><img src=x onerror="alert(1)">`);
    expect(paragraphs.join("\n")).toContain(`=HYPERLINK("http://evil.example","bấm")`);
    expect(paragraphs.join("\n")).toContain("Dữ liệu cũ chưa làm sạch");
    expect(paragraphs.join("\n")).toContain("Lê Văn <b>B</b>");
  });
});

describe("the biểu tổng hợp (.xlsx)", () => {
  it("is well-formed XML", async () => {
    expect(await xmlProblems(files.xlsx)).toEqual([]);
  });

  it("opens again with the names as text: no formula, no removed character", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(files.xlsx as unknown as ArrayBuffer);
    const texts: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === "string") texts.push(cell.value);
        }),
      ),
    );
    for (const t of texts) {
      expect(hasForbiddenCharacters(t)).toBe(false);
      expect(t).not.toMatch(/^[=+\-@]/);
    }
    expect(texts).toContain(`'${sanitizeLine(INDICATOR_NAME).trim()}`);
    expect(texts.some((t) => t.startsWith("Dữ liệu cũ chưa làm sạch"))).toBe(true);
  });
});

describe("the dashboard (.xlsx)", () => {
  it("is well-formed XML and opens again with the names as text: no formula, no removed character", async () => {
    expect(await xmlProblems(files.dashboard)).toEqual([]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(files.dashboard as unknown as ArrayBuffer);
    const texts: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === "string") texts.push(cell.value);
        }),
      ),
    );
    for (const t of texts) {
      expect(hasForbiddenCharacters(t)).toBe(false);
      expect(t).not.toMatch(/^[=+\-@]/);
    }
    expect(texts).toContain(`'${sanitizeLine(INDICATOR_NAME).trim()}`);
  });
});

describe("the department's Excel template", () => {
  it.each(["template", "legacyTemplate"] as const)("%s: well-formed, and imported again unchanged", async (which) => {
    const file = files[which];
    expect(await xmlProblems(file)).toEqual([]);
    const parsed = await parseEntryUpload(file as unknown as ArrayBuffer);
    expect(parsed.errors).toEqual([]);
    const code = which === "template" ? "vpubnd" : "sct";
    const stored = monthFormData(db, departmentId(code), YEAR, MONTH).rows.filter((r) => r.value !== null);
    const noted = stored.filter((r) => r.note !== "");
    expect(noted.length).toBeGreaterThan(0);
    for (const r of noted) {
      const item = parsed.items.find((i) => i.indicator === r.code && i.period === r.period)!;
      // the template's note is the stored one, cleaned if it was stored before the sanitiser
      expect(item.note ?? "").toBe(sanitizeText(r.note).trim());
      expect(hasForbiddenCharacters(item.note ?? "")).toBe(false);
    }
    if (which === "template") {
      // the department sends its template back: accepted, and its notes stay as they were
      const before = stored.map((r) => r.note);
      runCommand(db, importMonthValuesCommand, officer, {
        ...month,
        values: parsed.items.map(({ row: _r, ...i }) => i),
      });
      expect(
        monthFormData(db, departmentId(code), YEAR, MONTH)
          .rows.filter((r) => r.value !== null)
          .map((r) => r.note),
      ).toEqual(before);
    }
  });
});

describe("the draft as Markdown", () => {
  const tokens = () => markdownTokens(markdown);

  it("has only the app's headings", () => {
    const headings = draft.blocks.filter((b) => b.type === "heading").length;
    const own = 1 + 1 + (draft.missing.length ? 1 : 0); // the title, "Biểu tổng hợp", "Chỉ tiêu chưa có số liệu"
    expect(tokens().filter((t) => t.type === "heading")).toHaveLength(headings + own);
    expect(markdownHtml(markdown)).not.toMatch(/<h\d[^>]*>[^<]*(GIẢ MẠO|III. GIẢ\b|Tiêu đề)/);
    expect(markdownHtml(markdown)).toContain(`<p>## ${HEADING_TEXT}</p>`);
  });

  it("has one table, the biểu tổng hợp, a row per indicator", () => {
    const tables = tokens().filter((t) => t.type === "table") as unknown as { rows: unknown[][]; header: unknown[] }[];
    expect(tables).toHaveLength(1);
    expect(tables[0].rows).toHaveLength(draft.summary.length);
    for (const row of tables[0].rows) expect(row).toHaveLength(tables[0].header.length);
  });

  it("has only the app's list items: the figures left out and the generated items of II and III", () => {
    const generated = draft.blocks.filter(
      (b) =>
        b.type === "paragraph" &&
        b.origin === "generated" &&
        b.runs
          .map((r) => r.text)
          .join("")
          .startsWith("- "),
    ).length;
    expect(tokens().filter((t) => t.type === "list_item")).toHaveLength(draft.missing.length + generated);
  });

  it("has no link, image, HTML, code, quote, rule or emphasis", () => {
    const structural = new Set([...TEXT_TOKENS, "heading", "table", "list", "list_item"]);
    expect([...new Set(tokens().map((t) => t.type))].filter((k) => !structural.has(k))).toEqual([]);
    const html = markdownHtml(markdown);
    expect(html).not.toMatch(/<(a|img|script|blockquote|pre|code|hr|em|strong|del)[\s>]/);
    expect(hasForbiddenCharacters(markdown)).toBe(false);
  });
});

describe("LibreOffice", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-hostile-"));
  const pdf = (name: string) => path.join(dir, `${name}.pdf`);

  beforeAll(() => {
    const names = ["bao-cao.docx", "bieu.xlsx", "mau.xlsx", "mau-cu.xlsx"];
    [files.docx, files.xlsx, files.template, files.legacyTemplate].forEach((f, i) =>
      fs.writeFileSync(path.join(dir, names[i]), f),
    );
    convertToPdf(
      dir,
      names.map((n) => path.join(dir, n)),
    );
  }, 240_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("opens the báo cáo with the department's text printed literally", () => {
    expect(pdfPages(pdf("bao-cao"))).toBeGreaterThanOrEqual(4);
    const text = pdfText(pdf("bao-cao")).replace(/\s+/g, " ");
    expect(text).toContain(`## ${HEADING_TEXT}`);
    expect(text).toContain("<script>alert(1)</script>");
  });

  it("opens the biểu tổng hợp and both templates", () => {
    expect(pdfText(pdf("bieu")).replace(/\s+/g, " ")).toContain("'=HYPERLINK(");
    for (const name of ["mau", "mau-cu"]) expect(pdfPages(pdf(name))).toBeGreaterThanOrEqual(1);
    expect(pdfText(pdf("mau-cu"))).toContain("Dữ liệu cũ");
  });
});
