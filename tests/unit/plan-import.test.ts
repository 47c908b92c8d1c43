import { beforeEach, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { migrateDatabase, openDatabase, type Db } from "@/db/client";
import { auditLog, indicatorAssignments, indicators, targets, users } from "@/db/schema";
import { loadDemoProvince } from "@/db/seed/load-demo";
import { createPlanYear } from "@/lib/admin/plan-years";
import { applyImport } from "@/lib/admin/plan-import/apply";
import { buildAnnex, parseAnnex } from "@/lib/admin/plan-import/parse-annex";
import { codeFromName, previewImport } from "@/lib/admin/plan-import/preview";
import { createDepartment } from "@/lib/admin/departments";
import { declareUnitReporting } from "@/lib/units/declare-reporting";

let db: Db;
let admin: { id: number; role: "admin" };

beforeEach(() => {
  db = openDatabase(":memory:").db;
  migrateDatabase(db);
  loadDemoProvince(db);
  admin = { id: db.select().from(users).where(eq(users.username, "admin")).get()!.id, role: "admin" };
  db.transaction((tx) => createPlanYear(tx, admin.id, { year: 2025, copyFrom: 2024 }));
});

const row = (stt: string, name: string, unit: string, plan: string, department: string, code = "", source = "") => ({
  stt,
  name,
  unit,
  plan,
  department,
  code,
  source,
  kind: "",
});

const GOOD = [
  row("I", "CHỈ TIÊU KINH TẾ", "", "", ""),
  row("1", "Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)", "%", "8-8,5", "Cục Thống kê tỉnh", "grdp"),
  row("2", "Hợp tác xã thành lập mới", "hợp tác xã", "40", "snn", "htx.moi"),
  row("-", "Hợp tác xã phi nông nghiệp thành lập mới", "hợp tác xã", "10", "Sở Nông nghiệp và Phát triển nông thôn"),
  row("2.1", "Hợp tác xã nông nghiệp thành lập mới", "hợp tác xã", "≥ 30", "snn", "htx.moi.nn"),
  row("3", "Tỷ lệ hộ nghèo giảm", "%", "≤ 2", "sldtbxh", "ngheo.giam", "Phấn đấu"),
  row("4", "Số xã đạt chuẩn an toàn thực phẩm", "xã", "12", "syt", "attp.xa"),
];

async function preview(rows: ReturnType<typeof row>[]) {
  const parsed = await parseAnnex(await buildAnnex(rows.map(({ ...r }) => r)));
  return { parsed, preview: db.transaction((tx) => previewImport(tx, 2025, parsed.columns, parsed.rows)) };
}

describe("plan import from an HĐND annex", () => {
  it("reads the annex layout by its headers", async () => {
    const parsed = await parseAnnex(await buildAnnex(GOOD));
    expect(parsed.errors).toEqual([]);
    expect(parsed.columns).toMatchObject({
      stt: "A",
      name: "B",
      unit: "C",
      plan: "D",
      department: "E",
      code: "F",
      source: "G",
    });
    expect(parsed.rows[1]).toMatchObject({ row: 5, stt: "1", plan: "8-8,5", department: "Cục Thống kê tỉnh" });
  });

  it("previews what will be created and changed, without writing", async () => {
    const { preview: p } = await preview(GOOD);
    expect(p.errors).toEqual([]);
    expect(p.counts).toEqual({ create: 4, assign: 0, reassign: 1, targets: 6 });
    const byCode = new Map(p.items.map((i) => [i.code, i]));
    expect(byCode.get("grdp")).toMatchObject({ action: "keep", kind: "rate", targetAfter: "8-8,5" });
    expect(byCode.get("htx.moi")).toMatchObject({ action: "reassign", previousDepartment: "skhdt", department: "snn" });
    expect(byCode.get("htx.moi.nn")).toMatchObject({ action: "create", parent: "htx.moi", targetAfter: "≥ 30" });
    expect(byCode.get("hop_tac_xa_phi_nong_nghiep_thanh_lap_moi")).toMatchObject({
      action: "create",
      parent: "htx.moi",
      department: "snn",
    });
    expect(byCode.get("ngheo.giam")).toMatchObject({ source: "phan_dau", kind: "rate", targetAfter: "≤ 2" });
    expect(db.select().from(indicators).where(eq(indicators.code, "htx.moi.nn")).get()).toBeUndefined();
  });

  it("applies all of it in one go, with an audit entry", async () => {
    const { parsed, preview: p } = await preview(GOOD);
    const counts = db.transaction((tx) =>
      applyImport(tx, admin, {
        year: 2025,
        fingerprint: p.fingerprint,
        fileName: "phu-luc.xlsx",
        columns: parsed.columns,
        rows: parsed.rows,
      }),
    );
    expect(counts.create).toBe(4);
    const htx = db.select().from(indicators).where(eq(indicators.code, "htx.moi.nn")).get()!;
    expect(htx.parentId).toBe(db.select().from(indicators).where(eq(indicators.code, "htx.moi")).get()!.id);
    expect(
      db
        .select()
        .from(indicatorAssignments)
        .where(and(eq(indicatorAssignments.indicatorId, htx.id), eq(indicatorAssignments.year, 2025)))
        .get(),
    ).toBeDefined();
    expect(
      db
        .select()
        .from(targets)
        .where(and(eq(targets.indicatorId, htx.id), eq(targets.year, 2025)))
        .get(),
    ).toMatchObject({ min: 300_000, max: null, source: "hdnd" });
    expect(db.select().from(auditLog).all().at(-1)).toMatchObject({ action: "plan_import", entityId: "2025" });
  });

  it("lists every bad row with its row and column, and writes nothing", async () => {
    const bad = [
      ...GOOD,
      row("5", "Chỉ tiêu sai", "", "7,5-7", "Sở Không Có"),
      row("6", "Tỷ lệ che phủ rừng", "%", "bảy", "snn", "che_phu"),
    ];
    const { parsed, preview: p } = await preview(bad);
    expect(p.errors).toEqual([
      "Dòng 11, cột C (ĐVT): thiếu đơn vị tính",
      'Dòng 11, cột D (Kế hoạch): Khoảng "7,5-7" phải có số đầu nhỏ hơn số cuối',
      'Dòng 11, cột E (Đơn vị chủ trì): không có đơn vị "Sở Không Có" có hiệu lực năm 2025',
      expect.stringMatching(/^Dòng 12, cột D \(Kế hoạch\): Kế hoạch "bảy" không hợp lệ/),
    ]);
    const before = db.select().from(indicators).all().length;
    expect(() =>
      db.transaction((tx) =>
        applyImport(tx, admin, {
          year: 2025,
          fingerprint: p.fingerprint,
          fileName: "x.xlsx",
          columns: parsed.columns,
          rows: parsed.rows,
        }),
      ),
    ).toThrow(/còn 4 lỗi; chưa nhập gì/);
    expect(db.select().from(indicators).all().length).toBe(before);
  });

  it("takes a unit's share by its code (indicator@unit): the unit's own target, unit and department read from the share", async () => {
    db.transaction((tx) => {
      for (const code of ["ux.xa_a", "ux.xa_b"])
        createDepartment(tx, admin.id, { code, name: `Xã ${code}`, kind: "commune", validFrom: 2025 });
      declareUnitReporting(tx, admin, { code: "dtc.giai_ngan", year: 2025, kind: "commune" });
    });
    const shares = [
      row("1", "Giải ngân vốn đầu tư công", "tỷ đồng", "5.000", "skhdt", "dtc.giai_ngan"),
      row("-", "Xã ux.xa_a", "", "120,5", "", "dtc.giai_ngan@ux.xa_a"),
      row("-", "Xã ux.xa_b", "tỷ đồng", "80", "ux.xa_b", "dtc.giai_ngan@ux.xa_b"),
    ];
    const { parsed, preview: p } = await preview(shares);
    expect(p.errors).toEqual([]);
    expect(p.items.find((i) => i.code === "dtc.giai_ngan@ux.xa_a")).toMatchObject({
      action: "keep",
      department: "ux.xa_a",
      unit: "tỷ đồng",
      parent: null,
      targetAfter: "120,5",
    });
    db.transaction((tx) =>
      applyImport(tx, admin, {
        year: 2025,
        fingerprint: p.fingerprint,
        fileName: "phu-luc-xa.xlsx",
        columns: parsed.columns,
        rows: parsed.rows,
      }),
    );
    const share = db.select().from(indicators).where(eq(indicators.code, "dtc.giai_ngan@ux.xa_a")).get()!;
    expect(
      db
        .select()
        .from(targets)
        .where(and(eq(targets.indicatorId, share.id), eq(targets.year, 2025)))
        .get(),
    ).toMatchObject({ value: 1_205_000, source: "hdnd" });
    // still the unit's: the import assigned nothing else
    expect(
      db
        .select()
        .from(indicatorAssignments)
        .where(and(eq(indicatorAssignments.indicatorId, share.id), eq(indicatorAssignments.year, 2025)))
        .all(),
    ).toHaveLength(1);
  });

  it("refuses a share that is not in the year's plan, or given to another unit", async () => {
    db.transaction((tx) =>
      createDepartment(tx, admin.id, { code: "ux.xa_c", name: "Xã C", kind: "commune", validFrom: 2025 }),
    );
    db.transaction((tx) => declareUnitReporting(tx, admin, { code: "dtc.giai_ngan", year: 2025, kind: "commune" }));
    const { preview: p } = await preview([
      row("-", "Xã không có", "", "10", "", "dtc.giai_ngan@ux.khong_co"),
      row("-", "Xã C", "", "10", "skhdt", "dtc.giai_ngan@ux.xa_c"),
    ]);
    expect(p.errors).toEqual([
      expect.stringMatching(
        /^Dòng \d+, cột F \(Mã chỉ tiêu\): chưa có phần "dtc.giai_ngan@ux.khong_co" trong kế hoạch năm 2025/,
      ),
      expect.stringMatching(/cột C \(ĐVT\): thiếu đơn vị tính/),
      expect.stringMatching(/cột E \(Đơn vị chủ trì\): thiếu đơn vị chủ trì/),
      expect.stringMatching(/phần "dtc.giai_ngan@ux.xa_c" là của đơn vị "ux.xa_c", không giao được cho "skhdt"/),
    ]);
  });

  it("refuses to apply when the data changed since the preview", async () => {
    const { parsed, preview: p } = await preview(GOOD);
    db.transaction((tx) =>
      applyImport(tx, admin, {
        year: 2025,
        fingerprint: p.fingerprint,
        fileName: "a.xlsx",
        columns: parsed.columns,
        rows: parsed.rows,
      }),
    );
    expect(() =>
      db.transaction((tx) =>
        applyImport(tx, admin, {
          year: 2025,
          fingerprint: p.fingerprint,
          fileName: "a.xlsx",
          columns: parsed.columns,
          rows: parsed.rows,
        }),
      ),
    ).toThrow(/đã thay đổi từ lúc xem trước/);
  });

  it("a code twice in the file and a missing header are errors", async () => {
    const { preview: p } = await preview([
      row("1", "A", "cái", "1", "snn", "dup"),
      row("2", "B", "cái", "2", "snn", "dup"),
    ]);
    expect(p.errors).toEqual(['Dòng 5, cột F (Mã chỉ tiêu): chỉ tiêu "dup" xuất hiện hai lần trong tệp']);
    const parsed = await parseAnnex(Buffer.from("not a workbook"));
    expect(parsed.errors[0]).toMatch(/không phải là bảng tính Excel/);
  });

  it("makes a code from a Vietnamese name", () => {
    expect(codeFromName("Tỷ lệ đô thị hóa", () => false)).toBe("ty_le_do_thi_hoa");
    expect(codeFromName("Tỷ lệ đô thị hóa", (c) => c === "ty_le_do_thi_hoa")).toBe("ty_le_do_thi_hoa_2");
  });
});
