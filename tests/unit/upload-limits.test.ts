import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { buildAnnex, parseAnnex } from "@/lib/admin/plan-import/parse-annex";
import { buildEntryTemplate, parseEntryUpload } from "@/lib/excel/entry-template";
import { checkWorkbookUpload, WORKBOOK_LIMITS } from "@/lib/excel/upload-check";
import { readZipDirectory } from "@/lib/excel/zip-directory";
import {
  buildZip,
  expandingWorkbook,
  lyingWorkbook,
  manyRowsWorkbook,
  manySheetsWorkbook,
} from "../fixtures/hostile-xlsx";

/**
 * Issue 15, defect 3: an upload's limits are checked on the archive before exceljs reads it,
 * so a hostile workbook is refused with a Vietnamese message in well under a second (it held a
 * worker for 10 s before). The fixtures are built in code (tests/fixtures/hostile-xlsx.ts).
 */
const LIMITS = { ...WORKBOOK_LIMITS, maxRows: 5000 };
let millionRows: Buffer;
let bomb: Buffer;
let lying: Buffer;
// built once, outside the tests' timings and timeouts: seconds on a busy machine
beforeAll(() => {
  millionRows = manyRowsWorkbook(1_000_000);
  bomb = expandingWorkbook(40);
  lying = lyingWorkbook(20);
});
const aMillionRows = () => millionRows;
const arrayBuffer = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await work();
  return { result, ms: performance.now() - start };
}

const template = () =>
  buildEntryTemplate(
    "Sở Công Thương - tháng 5/2024",
    Array.from({ length: 40 }, (_, i) => ({
      code: `ct.${i}`,
      name: `Chỉ tiêu ${i}`,
      unit: "tỷ đồng",
      period: "T05" as const,
      value: i * 1.5,
      status: "estimate" as const,
      note: "Ghi chú",
      version: 1,
    })),
  );

describe("the zip central directory", () => {
  it("lists what JSZip lists, with sizes, without decompressing", async () => {
    const file = await template();
    const directory = readZipDirectory(file);
    expect(directory.ok).toBe(true);
    const zip = await JSZip.loadAsync(file);
    const names = Object.keys(zip.files);
    if (!directory.ok) return;
    expect(directory.entries.map((e) => e.name).sort()).toEqual(names.sort());
    const sheet = directory.entries.find((e) => e.name === "xl/worksheets/sheet1.xml")!;
    expect(sheet.uncompressedSize).toBe((await zip.file("xl/worksheets/sheet1.xml")!.async("uint8array")).length);
  });

  it.each([
    ["text", Buffer.from("không phải tệp Excel")],
    ["empty", Buffer.alloc(0)],
    ["a zip header only", Buffer.from("504b0304140000000000", "hex")],
  ])("refuses %s as not a zip", (_label, data) => {
    expect(readZipDirectory(data)).toEqual({ ok: false, reason: "not-zip" });
  });
});

describe("checkWorkbookUpload", () => {
  it("accepts a real template and annex", async () => {
    expect(await checkWorkbookUpload(await template(), LIMITS)).toEqual({ ok: true });
    const annex = await buildAnnex([
      { stt: "1", name: "GRDP", unit: "%", plan: "8", department: "ctk", code: "grdp", source: "", kind: "" },
    ]);
    expect(await checkWorkbookUpload(annex, { ...WORKBOOK_LIMITS, maxRows: 3000 })).toEqual({ ok: true });
  });

  it("refuses a million rows (2.6 MB, 43 MB of XML) by its uncompressed size, within a second", async () => {
    const file = aMillionRows();
    expect(file.byteLength).toBeLessThan(WORKBOOK_LIMITS.maxBytes);
    const { result, ms } = await timed(() => checkWorkbookUpload(file, LIMITS));
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(/^Tệp giải nén ra quá lớn \(42,9 MB, tối đa 10 MB\)/),
    });
    expect(ms).toBeLessThan(1000);
  });

  it("refuses rows beyond the limit while inflating, when the XML is under the size limit", async () => {
    const file = manyRowsWorkbook(300_000, { empty: true });
    const { result, ms } = await timed(() => checkWorkbookUpload(file, LIMITS));
    expect(result).toEqual({ ok: false, error: "Tệp có quá nhiều dòng (tối đa 5.000 dòng mỗi trang)" });
    expect(ms).toBeLessThan(1000);
    expect(await checkWorkbookUpload(manyRowsWorkbook(5000, { empty: true }), LIMITS)).toEqual({ ok: true });
    expect((await checkWorkbookUpload(manyRowsWorkbook(5001, { empty: true }), LIMITS)).ok).toBe(false);
  });

  it("counts rows written with a namespace prefix and across chunk boundaries", async () => {
    const rows = Array.from({ length: 6000 }, (_, i) => `<x:row r="${i + 1}"><x:c><x:v>1</x:v></x:c></x:row>`).join("");
    const file = buildZip([
      { name: "xl/worksheets/sheet1.xml", content: `<x:worksheet><x:sheetData>${rows}</x:sheetData></x:worksheet>` },
    ]);
    expect(await checkWorkbookUpload(file, LIMITS)).toEqual({
      ok: false,
      error: "Tệp có quá nhiều dòng (tối đa 5.000 dòng mỗi trang)",
    });
    expect(await checkWorkbookUpload(file, { ...LIMITS, maxRows: 6000 })).toEqual({ ok: true });
  });

  it("refuses a zip bomb (40 KB expanding to 40 MB) by its size and ratio", async () => {
    expect(bomb.byteLength).toBeLessThan(100_000);
    const { result, ms } = await timed(() => checkWorkbookUpload(bomb, LIMITS));
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^Tệp giải nén ra quá lớn/) });
    expect(ms).toBeLessThan(1000);
    // under the size limit, the ratio alone refuses it
    expect(await checkWorkbookUpload(expandingWorkbook(8), LIMITS)).toEqual({
      ok: false,
      error: expect.stringMatching(/^Tệp nén bất thường \(phần "xl\/worksheets\/sheet1\.xml" nén hơn 200 lần\)/),
    });
  });

  it("refuses an archive whose headers understate a part's size, inflating no further than declared", async () => {
    const { result, ms } = await timed(() => checkWorkbookUpload(lying, LIMITS));
    expect(result).toEqual({
      ok: false,
      error: 'Tệp nén bất thường (phần "xl/worksheets/sheet1.xml" lớn hơn kích thước khai báo)',
    });
    expect(ms).toBeLessThan(1000);
  });

  it("refuses too many sheets, too many parts, too many bytes and broken parts", async () => {
    expect(await checkWorkbookUpload(manySheetsWorkbook(21), LIMITS)).toEqual({
      ok: false,
      error: "Tệp có quá nhiều trang (21, tối đa 20)",
    });
    expect(await checkWorkbookUpload(manySheetsWorkbook(20), LIMITS)).toEqual({ ok: true });
    const parts = Array.from({ length: 201 }, (_, i) => ({ name: `x/${i}.xml`, content: "<a/>" }));
    expect((await checkWorkbookUpload(buildZip(parts), LIMITS)).ok).toBe(false);
    expect(await checkWorkbookUpload(Buffer.alloc(5_000_001), LIMITS)).toEqual({
      ok: false,
      error: "Tệp quá lớn (tối đa 5 MB)",
    });
    const broken = buildZip([{ name: "xl/worksheets/sheet1.xml", content: "<worksheet/>" }]);
    broken[0] ^= 0xff; // the local header is not where the directory says
    expect(await checkWorkbookUpload(broken, LIMITS)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/hỏng/),
    });
  });
});

describe("the imports refuse a hostile workbook before parsing it", () => {
  it("the month template import: a million rows in well under two seconds", async () => {
    const file = arrayBuffer(aMillionRows());
    const { result, ms } = await timed(() => parseEntryUpload(file));
    expect(result).toEqual({ items: [], errors: [expect.stringMatching(/^Tệp giải nén ra quá lớn/)] });
    expect(ms).toBeLessThan(2000);
  });

  it("the month template import: rows past 5,000", async () => {
    const result = await parseEntryUpload(arrayBuffer(manyRowsWorkbook(6000, { empty: true })));
    expect(result.errors).toEqual(["Tệp có quá nhiều dòng (tối đa 5.000 dòng mỗi trang)"]);
  });

  it("the plan import from an HĐND annex: a zip bomb and rows past 3,000", async () => {
    const { result, ms } = await timed(() => parseAnnex(bomb));
    expect(result.errors).toEqual([expect.stringMatching(/^Tệp giải nén ra quá lớn/)]);
    expect(ms).toBeLessThan(2000);
    const rows = await parseAnnex(manyRowsWorkbook(3001, { empty: true, sheetName: "Phụ lục" }));
    expect(rows.errors).toEqual(["Tệp có quá nhiều dòng (tối đa 3.000 dòng mỗi trang)"]);
  });
});
