import { expect, test, type APIRequestContext } from "@playwright/test";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { parseNumberInput, percentFitsUnit } from "../lib/numbers";
import { sanitizeText } from "../lib/text/sanitize";
import { templateForDisplay } from "../lib/draft/template-names";
import { ACTORS, MUTATIONS, NO_PLAN_FIXTURES, type Actor } from "../tests/authz/matrix";
import {
  BAD_BODIES,
  FORMULAS,
  HOSTILE_WORKBOOKS,
  MARKUP,
  NUMBER_STRINGS,
  NUMBER_VALUES,
  ONE_MB,
  TEXTS,
  VIETNAMESE_NFC,
  VIETNAMESE_NFD,
  WRONG_TYPES,
} from "../tests/corpus/bad-input";
import { login } from "./fixtures";
import { apiSession, e2eDatabase, ensureTestDepartment, makeCall } from "./hardening-fixtures";

/**
 * The bad-input corpus (tests/corpus/bad-input.ts) through the real HTTP layer: every answer
 * is a clear error or a safe store, never a 500, never partial. Department "hzbad" is this
 * spec's own.
 */
const DEPT = "hzbad";
const MONTH = 5;
let officer: APIRequestContext;
let indicators: string[];
const valuesPath = `/api/v1/submissions/${DEPT}/2024/${MONTH}/values`;

/** the unit of ensureTestDepartment's indicators: a figure typed with % is refused for them */
const UNIT = "tỷ đồng";

function stored(indicator: string): { value: number; note: string | null } | undefined {
  const row = storedRow(indicator);
  return row && { value: row.value, note: row.note };
}

function storedRow(indicator: string): { value: number; note: string | null; version: number } | undefined {
  const db = e2eDatabase();
  try {
    return db
      .prepare(
        "select v.value, v.note, v.version from indicator_values v join indicators i on i.id = v.indicator_id where i.code = ? and v.year = 2024 and v.period = ?",
      )
      .get(indicator, `T${String(MONTH).padStart(2, "0")}`) as
      { value: number; note: string | null; version: number } | undefined;
  } finally {
    db.close();
  }
}

/** The version a save must name to overwrite the stored value (0: none stored yet). */
const versionOf = (indicator: string) => storedRow(indicator)?.version ?? 0;

/** What the server must do with a figure: the parser's answer, and a % only for an indicator in per cent. */
function expectedFigure(value: unknown) {
  const parsed = parseNumberInput(value);
  return parsed.ok && parsed.percent && !percentFitsUnit(UNIT) ? { ok: false as const, error: "không phải %" } : parsed;
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ baseURL }) => {
  ({ indicators } = ensureTestDepartment(DEPT, { indicators: 3 }));
  officer = await apiSession(baseURL!, `${DEPT}.canbo`);
});
test.afterAll(async () => officer.dispose());

test("[HARDEN] bad input: every number of the corpus is stored exactly or refused with a message, never a 500", async () => {
  for (const value of [...NUMBER_STRINGS, ...NUMBER_VALUES, ...WRONG_TYPES]) {
    const before = stored(indicators[0]);
    // JSON has no NaN or Infinity: a client sends null for them
    const response = await officer.put(valuesPath, {
      data: { values: [{ indicator: indicators[0], value, status: "estimate", version: versionOf(indicators[0]) }] },
    });
    const label = `${JSON.stringify(value)?.slice(0, 60)} → ${response.status()}`;
    const body = await response.json();
    const expected = expectedFigure(JSON.parse(JSON.stringify(value) ?? "null"));
    if (expected.ok) {
      expect(response.status(), label).toBe(200);
      expect(stored(indicators[0])?.value, label).toBe(expected.scaled);
    } else {
      expect(response.status(), label).toBe(422);
      expect(body.error, label).toMatch(/\S/);
      expect(stored(indicators[0]), `${label}: nothing stored`).toEqual(before);
    }
  }
});

test("[HARDEN] bad input: a bad item refuses the whole save (nothing partial)", async () => {
  const before = indicators.map(stored);
  const response = await officer.put(valuesPath, {
    data: {
      values: [
        { indicator: indicators[1], value: "123", status: "estimate" },
        { indicator: indicators[2], value: "1e308", status: "estimate" },
      ],
    },
  });
  expect(response.status()).toBe(422);
  expect(indicators.map(stored)).toEqual(before);
});

test("[HARDEN] bad input: notes are stored as clean NFC text, a megabyte is refused, never a 500", async () => {
  for (const note of TEXTS) {
    const response = await officer.put(valuesPath, {
      data: {
        values: [{ indicator: indicators[1], value: "1", status: "estimate", note, version: versionOf(indicators[1]) }],
      },
    });
    const label = `${JSON.stringify(note).slice(0, 60)} → ${response.status()}`;
    expect([200, 422], label).toContain(response.status());
    // stored clean: NFC, without controls or non-characters (lib/text/sanitize.ts), trimmed
    if (response.status() === 200) expect(stored(indicators[1])?.note ?? "", label).toBe(sanitizeText(note).trim());
  }
  expect(stored(indicators[1])?.note).not.toBe(VIETNAMESE_NFD);
  const huge = await officer.put(valuesPath, {
    data: { values: [{ indicator: indicators[1], value: "1", status: "estimate", note: ONE_MB }] },
  });
  expect(huge.status()).toBe(413);
  expect((await huge.json()).error).toContain("quá lớn");
  // the narrative (a server action) the same way
  const narrative = MUTATIONS.find((r) => r.mutation.endsWith("#saveNarrativeAction"))!;
  const target = { dept: DEPT, year: 2024, month: MONTH, indicator: indicators[0], userId: 0, ...NO_PLAN_FIXTURES };
  const call = narrative.call(target);
  if (call.kind !== "action") throw new Error("saveNarrativeAction is a server action");
  const big = await makeCall(
    officer,
    { ...call, args: [{ ...(call.args[0] as object), highlights: ONE_MB }] },
    { dept: DEPT, year: "2024", month: String(MONTH) },
  );
  expect([413, 422]).toContain(big.status);
  const nfd = await makeCall(
    officer,
    { ...call, args: [{ ...(call.args[0] as object), highlights: VIETNAMESE_NFD }] },
    { dept: DEPT, year: "2024", month: String(MONTH) },
  );
  expect(nfd.status, nfd.body).toBe(200);
  const db = e2eDatabase();
  const row = db
    .prepare(
      "select n.highlights from narratives n join departments d on d.id = n.department_id where d.code = ? and n.year = 2024 and n.month = ?",
    )
    .get(DEPT, MONTH) as { highlights: string };
  db.close();
  expect(row.highlights).toBe(VIETNAMESE_NFC);
});

test("[HARDEN] bad input: HTML and script in notes and the narrative are shown as text on the page", async ({
  page,
  baseURL,
}) => {
  const note = MARKUP.join(" ");
  expect(
    (
      await officer.put(valuesPath, {
        data: { values: [{ indicator: indicators[2], value: "2", status: "estimate", note }] },
      })
    ).status(),
  ).toBe(200);
  const narrative = MUTATIONS.find((r) => r.mutation.endsWith("#saveNarrativeAction"))!;
  const call = narrative.call({
    dept: DEPT,
    year: 2024,
    month: MONTH,
    indicator: indicators[0],
    userId: 0,
    ...NO_PLAN_FIXTURES,
  });
  if (call.kind !== "action") throw new Error("saveNarrativeAction is a server action");
  expect(
    (
      await makeCall(
        officer,
        { ...call, args: [{ ...(call.args[0] as object), highlights: MARKUP[0], difficulties: MARKUP[1] }] },
        { dept: DEPT },
      )
    ).status,
  ).toBe(200);
  await login(page, `${DEPT}.canbo`);
  await page.goto(`${baseURL}/entry/${DEPT}/2024/${MONTH}`);
  await expect(page.locator('form[data-ready="true"]')).toBeVisible();
  expect(await page.content()).not.toContain("<script>window.__xss");
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  // the very text typed, back in the fields
  const fieldValues = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("textarea, input")].map((e) => e.value),
  );
  expect(fieldValues).toContain(MARKUP[0]);
  expect(fieldValues).toContain(MARKUP[1]);
  expect(fieldValues).toContain(note);
});

test("[HARDEN] bad input: the exported workbook holds user text as text, never a formula", async () => {
  for (const [i, note] of FORMULAS.slice(0, 3).entries()) {
    expect(
      (
        await officer.put(valuesPath, {
          data: {
            values: [
              { indicator: indicators[i], value: "3", status: "estimate", note, version: versionOf(indicators[i]) },
            ],
          },
        })
      ).status(),
    ).toBe(200);
  }
  const response = await officer.get(`/api/v1/submissions/${DEPT}/2024/${MONTH}/template`);
  expect(response.status()).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.body()) as unknown as ArrayBuffer);
  let texts = 0;
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.formula, `${cell.address} has a formula`).toBeFalsy();
        if (typeof cell.value === "string") {
          texts++;
          expect(cell.value, cell.address).toMatch(/^[^=+@\t\r]|^-?\d/);
        }
      }),
    ),
  );
  expect(texts).toBeGreaterThan(5);
});

test("[HARDEN] bad input: malformed and oversized workbooks are refused with a message, nothing stored", async () => {
  test.setTimeout(180_000); // the hostile workbooks are built here: seconds each on a busy machine
  const before = indicators.map(stored);
  const real = await (await officer.get(`/api/v1/submissions/${DEPT}/2024/${MONTH}/template`)).body();
  const bodies: [string, Buffer][] = [
    ["empty", Buffer.alloc(0)],
    ["text", Buffer.from("không phải tệp Excel")],
    ["zip that is not a workbook", Buffer.from("504b0304140000000000", "hex")],
    ["truncated workbook", real.subarray(0, Math.floor(real.length / 2))],
    ["random bytes", Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))],
    ["oversized", Buffer.alloc(6 * 1024 * 1024, 1)],
  ];
  for (const [label, body] of bodies) {
    const response = await officer.post(`/api/v1/submissions/${DEPT}/2024/${MONTH}/import`, {
      headers: { "content-type": "application/octet-stream" },
      data: body,
    });
    expect([400, 413, 415, 422], `${label} → ${response.status()}`).toContain(response.status());
    expect((await response.json()).error, label).toMatch(/\S/);
  }
  // issue 15: hostile workbooks are refused from the archive's structure (how fast: npm run bench -- uploads)
  for (const [label, build] of HOSTILE_WORKBOOKS) {
    const response = await officer.post(`/api/v1/submissions/${DEPT}/2024/${MONTH}/import`, {
      headers: { "content-type": "application/octet-stream" },
      data: build(),
    });
    expect(response.status(), label).toBe(422);
    expect((await response.json()).error, label).toMatch(/^Tệp (giải nén ra quá lớn|có quá nhiều|nén bất thường)/);
  }
  expect(indicators.map(stored)).toEqual(before);
});

test("[HARDEN] bad input: numbers and text of the corpus typed into the Excel template are stored exactly or refused by row", async () => {
  const template = await (await officer.get(`/api/v1/submissions/${DEPT}/2024/${MONTH}/template`)).body();
  const cases: [unknown, string][] = [
    ...NUMBER_STRINGS.filter((v) => v.trim() !== "")
      .slice(0, 30)
      .map((v): [unknown, string] => [v, "Ghi chú"]),
    [12.5, VIETNAMESE_NFD],
    [-0, MARKUP[0]],
    [1e308, ""],
    ["7", "x".repeat(2001)],
    // issue 15: a figure with five decimals is refused (never rounded), a formula saved without its result is named
    [123456.78905, ""],
    [{ formula: "E1*2" }, ""],
    [{ formula: "E1*2", result: 27068.7 }, ""],
  ];
  for (const [value, note] of cases) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const row = [...Array(sheet.rowCount).keys()]
      .map((i) => i + 1)
      .find((r) => sheet.getCell(r, 1).value === indicators[0])!;
    sheet.getCell(row, 5).value = value as ExcelJS.CellValue;
    sheet.getCell(row, 7).value = note;
    sheet.getCell(row, 8).value = versionOf(indicators[0]); // the version stored now: overwrite it
    const before = stored(indicators[0]);
    const response = await officer.post(`/api/v1/submissions/${DEPT}/2024/${MONTH}/import`, {
      headers: { "content-type": "application/octet-stream" },
      data: Buffer.from(await workbook.xlsx.writeBuffer()),
    });
    const label = `${JSON.stringify(value)?.slice(0, 40)} / ${JSON.stringify(note).slice(0, 30)} → ${response.status()}`;
    const body = await response.json();
    const formula = typeof value === "object" && value !== null ? (value as { result?: number }) : null;
    const expected = formula
      ? formula.result === undefined
        ? { ok: false as const, error: "công thức chưa có kết quả" }
        : expectedFigure(formula.result)
      : expectedFigure(typeof value === "number" ? value : String(value).normalize("NFC").trim());
    if (!expected.ok && formula) expect(body.error, label).toContain(expected.error);
    if (expected.ok && note.length <= 2000) {
      expect(response.status(), `${label} ${JSON.stringify(body).slice(0, 200)}`).toBe(200);
      expect(stored(indicators[0]), label).toEqual({
        value: expected.scaled,
        note: sanitizeText(note).trim() || null,
      });
    } else {
      expect(response.status(), label).toBe(422);
      expect(body.error, label).toMatch(new RegExp(`dòng ${row}`));
      expect(stored(indicators[0]), `${label}: nothing stored`).toEqual(before);
    }
  }
});

test("[HARDEN] bad input: search finds Vietnamese typed in NFD as in NFC", async ({ page }) => {
  await login(page, "tonghop");
  const rows = async (q: string) => {
    await page.goto(`/indicators?year=2024&q=${encodeURIComponent(q)}`);
    return page.locator("tbody tr").allTextContents();
  };
  const nfc = await rows("Kim ngạch");
  expect(nfc.length).toBeGreaterThan(0);
  expect(await rows("Kim ngạch".normalize("NFD"))).toEqual(nfc);
});

test("[HARDEN] bad input: wrong JSON to every mutation of the authorization table is refused, never a 500", async ({
  baseURL,
}) => {
  // some 17 requests per row of the table: the time grows with it
  test.setTimeout(Math.max(60_000, MUTATIONS.length * 3_000));
  const sessions = new Map<string, APIRequestContext>();
  const usernames: Partial<Record<Actor, string>> = {
    admin: "admin",
    planner: "tonghop",
    leader: "lanhdao",
    "officer:own": `${DEPT}.canbo`,
    "dept_head:own": `${DEPT}.lanhdao`,
  };
  const target = { dept: DEPT, year: 2024, month: 4, indicator: indicators[0], userId: 1, ...NO_PLAN_FIXTURES };
  for (const row of MUTATIONS) {
    const actor = ACTORS.find((a) => row.cells[a] === "allow" && usernames[a])!;
    if (!sessions.has(actor)) sessions.set(actor, await apiSession(baseURL!, usernames[actor]!));
    const session = sessions.get(actor)!;
    const call = row.call(target);
    if (call.kind === "api") {
      for (const body of BAD_BODIES) {
        const response = await session.fetch(call.path, {
          method: call.method,
          headers: { "content-type": "application/json" },
          data: body,
        });
        expect(response.status(), `${row.mutation} ${body.slice(0, 40)}`).toBeLessThan(500);
      }
    } else {
      // a department-month's input with a field too many or a month that does not exist (other inputs would be valid with a field too many)
      const input = call.args[0] as object | undefined;
      const monthVariants =
        input && "month" in input ? [[{ ...input, extra: true }], [{ ...input, year: "2024", month: 13 }]] : [];
      for (const args of [[], [null], ["x"], [[]], [{}], ...monthVariants]) {
        // an action taking a FormData gets these as JSON: refused, never a 500
        const answer = await makeCall(
          session,
          { ...call, form: undefined, args },
          { dept: DEPT, year: "2024", month: "4", period: "6T", code: indicators[0] },
        );
        expect(
          answer.status,
          `${row.mutation} ${JSON.stringify(args).slice(0, 60)}: ${answer.body.slice(0, 200)}`,
        ).toBeLessThan(500);
        expect(answer.status, `${row.mutation} ${JSON.stringify(args).slice(0, 60)}`).not.toBe(200);
      }
    }
  }
  for (const s of sessions.values()) await s.dispose();
});

/** The bad-input spec's own narrative of month MONTH, saved as the officer saves it. */
async function saveNarrative(text: { highlights: string; difficulties: string; tasks: string }) {
  const narrative = MUTATIONS.find((r) => r.mutation.endsWith("#saveNarrativeAction"))!;
  const call = narrative.call({
    dept: DEPT,
    year: 2024,
    month: MONTH,
    indicator: indicators[0],
    userId: 0,
    ...NO_PLAN_FIXTURES,
  });
  if (call.kind !== "action") throw new Error("saveNarrativeAction is a server action");
  const answer = await makeCall(
    officer,
    { ...call, args: [{ ...(call.args[0] as object), ...text }] },
    { dept: DEPT, year: "2024", month: String(MONTH) },
  );
  expect(answer.status, answer.body).toBe(200);
}

/** An indicator of this spec's department in 2024 that the báo cáo reports (it sits in a report section). Idempotent. */
function reportedIndicator(
  code: string,
  name: string,
  unit = "tỷ đồng",
  kind: "cumulative" | "point" = "cumulative",
): string {
  const db = e2eDatabase();
  try {
    db.transaction(() => {
      if (db.prepare("select 1 from indicators where code = ?").get(code)) return;
      const section = (
        db.prepare("select id from report_sections where parent_id is not null order by id limit 1").get() as {
          id: number;
        }
      ).id;
      const id = db
        .prepare(
          "insert into indicators (code, name, unit, kind, search_name, precision, section_id) values (?, ?, ?, ?, ?, 1, ?)",
        )
        .run(code, name, unit, kind, code, section).lastInsertRowid;
      db.prepare(
        "insert into indicator_assignments (indicator_id, year, department_id) select ?, 2024, id from departments where code = ?",
      ).run(id, DEPT);
    }).immediate();
  } finally {
    db.close();
  }
  return code;
}

const EXPORT = `/api/v1/reports/2024/T${String(MONTH).padStart(2, "0")}/export`;

test("[HARDEN] bad input: HTML and script in a department's narrative come out as literal text in the .docx báo cáo", async ({
  baseURL,
}) => {
  await saveNarrative({ highlights: MARKUP[0], difficulties: MARKUP[1], tasks: MARKUP[2] });
  const planner = await apiSession(baseURL!, "tonghop");
  const response = await planner.get(`${EXPORT}?format=docx&counting=all`);
  expect(response.status(), await response.text()).toBe(200);
  const zip = await JSZip.loadAsync(await response.body());
  const xml = await zip.file("word/document.xml")!.async("string");
  await planner.dispose();
  // the text is in the document, escaped as XML text: no element of another vocabulary, no attribute smuggled in
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&");
  for (const markup of MARKUP.slice(0, 3)) expect(unescape(text), markup).toContain(markup);
  // (the attribute text itself, onerror="…", is harmless inside a text run)
  expect(xml).not.toMatch(/<(script|img|svg)\b/i);
});

test("[HARDEN] bad input: formula-like text in a narrative or an indicator name is text in the .xlsx, never a formula", async ({
  baseURL,
}) => {
  await saveNarrative({ highlights: FORMULAS[0], difficulties: FORMULAS[1], tasks: FORMULAS[3] });
  // an indicator of this spec's department named like a formula, in a report section, with a figure
  const code = reportedIndicator(`${DEPT}.formula`, FORMULAS[0], "@đơn vị");
  expect(
    (
      await officer.put(valuesPath, {
        data: { values: [{ indicator: code, value: "4", status: "estimate", note: FORMULAS[2] }] },
      })
    ).status(),
  ).toBe(200);
  const planner = await apiSession(baseURL!, "tonghop");
  const response = await planner.get(`${EXPORT}?format=xlsx&counting=all`);
  expect(response.status(), await response.text()).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.body()) as unknown as ArrayBuffer);
  await planner.dispose();
  let named = false;
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.formula, `${cell.address} has a formula`).toBeFalsy();
        if (typeof cell.value === "string") {
          expect(cell.value, cell.address).toMatch(/^$|^[^=+@\t\r]|^-?\d/);
          if (cell.value.includes('HYPERLINK("http://evil.example"')) named = true;
        }
      }),
    ),
  );
  // the name is there, as text
  expect(named).toBe(true);
});

test("[HARDEN] bad input: a sentence template with HTML and script is stored as typed and previewed as text", async ({
  page,
  baseURL,
}) => {
  const code = reportedIndicator(`${DEPT}.sentence`, "Chỉ tiêu kiểm thử mẫu câu", "doanh nghiệp", "point"); // a point figure: the month's value alone
  const planner = await apiSession(baseURL!, "tonghop");
  const path = `/api/v1/indicators/${code}/template`;
  const { version } = await (await planner.get(path)).json();
  const template = `{name} ${MARKUP[0]} ${MARKUP[1]} {value}`;
  const saved = await planner.put(path, { data: { template, version } });
  expect(saved.status(), await saved.text()).toBe(200);
  expect((await (await planner.get(path)).json()).template).toBe(template);
  await planner.dispose();
  expect(
    (
      await officer.put(valuesPath, { data: { values: [{ indicator: code, value: "5", status: "estimate" }] } })
    ).status(),
  ).toBe(200);
  await login(page, "tonghop");
  await page.goto(`${baseURL}/templates/${code}?year=2024&period=T${String(MONTH).padStart(2, "0")}&counting=all`);
  await expect(page.locator('form[data-ready="true"]')).toBeVisible();
  const preview = page.getByTestId("template-preview");
  await expect(preview).toContainText(MARKUP[0]);
  await expect(preview).toContainText(MARKUP[1]);
  expect(await preview.locator("script, img, svg").count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  // the field holds the very text typed, its placeholders shown by their Vietnamese names
  expect(await page.locator("textarea").first().inputValue()).toBe(templateForDisplay(template));
});

test("[HARDEN] hostile text: a narrative with U+FFFF, a heading, a table and a link is stored clean, and the draft's Markdown and the .docx keep it as text", async ({
  baseURL,
}) => {
  const period = `T${String(MONTH).padStart(2, "0")}`;
  const narrativePath = `/api/v1/submissions/${DEPT}/2024/${MONTH}/narrative`;
  const { version } = await (await officer.get(narrativePath)).json();
  const typed =
    "Kết quả\uffff tốt\u202e.\n## III. NHIỆM VỤ GIẢ MẠO\n| a | b |\n|---|---|\n| 1 | 2 |\n[bấm](javascript:alert(1)) <script>alert(1)</script>";
  const saved = await officer.put(narrativePath, {
    data: { highlights: typed, difficulties: "", tasks: "", version },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  const clean =
    "Kết quả tốt.\n## III. NHIỆM VỤ GIẢ MẠO\n| a | b |\n|---|---|\n| 1 | 2 |\n[bấm](javascript:alert(1)) <script>alert(1)</script>";
  expect((await (await officer.get(narrativePath)).json()).highlights).toBe(clean);

  const planner = await apiSession(baseURL!, "tonghop");
  const markdown = await (await planner.get(`/api/v1/reports/2024/${period}/draft?counting=all`)).text();
  expect(markdown).toContain("\\#\\# III. NHIỆM VỤ GIẢ MẠO");
  const lines = markdown.split("\n");
  expect(lines).not.toContain("## III. NHIỆM VỤ GIẢ MẠO");
  expect(lines).not.toContain("|---|---|");
  expect(markdown).not.toContain("[bấm](javascript");
  expect(markdown).not.toContain("<script>");

  const docx = await planner.get(`/api/v1/reports/2024/${period}/export?format=docx&counting=all`);
  expect(docx.status()).toBe(200);
  const xml = await (await JSZip.loadAsync(await docx.body())).file("word/document.xml")!.async("string");
  const parser = new SaxesParser();
  const problems: string[] = [];
  parser.on("error", (e) => problems.push(e.message));
  parser.write(xml).close();
  expect(problems).toEqual([]);
  expect(xml).toContain("## III. NHIỆM VỤ GIẢ MẠO");
  expect(xml).not.toMatch(/[\uffff\u202e]/);
  await planner.dispose();
});
