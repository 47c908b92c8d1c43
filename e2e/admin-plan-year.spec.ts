import { expect, test } from "@playwright/test";
import { E2E_PASSWORD, XLSX, annexWorkbook, as, makeUser } from "./admin-helpers";

/**
 * The yearly walk of issue #6: an admin creates plan year 2026 from 2025, changes two targets,
 * imports five indicators from an annex, opens the year and disables a user; an officer of the
 * responsible department then sees the new indicators in the 2026 entry form, and the disabled
 * user is out on the next request. Then closing the year warns about unapproved months.
 */
test.describe.serial("[ADMIN] plan year 2026", () => {
  const officer = "admin.e2e.sct";
  const leaving = "admin.e2e.roi";
  const NEW = [
    ["1", "Số cửa hàng tiện lợi mới", "cửa hàng", "120", "sct", "ct.cua_hang_moi", "HĐND"],
    ["2", "Số chợ nông thôn được cải tạo", "chợ", "8-10", "Sở Công Thương", "ct.cho_cai_tao", ""],
    ["2.1", "Chợ cải tạo ở huyện biên giới", "chợ", "≥ 4", "sct", "ct.cho_bien_gioi", ""],
    ["3", "Tỷ lệ hàng Việt tại siêu thị", "%", "≥ 85", "sct", "ct.hang_viet", ""],
    ["4", "Số phiên chợ đưa hàng Việt về nông thôn", "phiên", "6", "sct", "ct.phien_hang_viet", "Phấn đấu"],
  ];

  test.beforeAll(() => {
    makeUser(officer, "officer", "sct");
    makeUser(leaving, "officer", "sct");
  });

  test("an admin creates 2026 from 2025: indicators copied, in preparation, hidden from the departments", async ({
    browser,
  }) => {
    const admin = await as(browser, "admin");
    await admin
      .getByRole("navigation", { name: "Điều hướng chính" })
      .getByRole("link", { name: "Quản trị kế hoạch" })
      .click();
    await expect(admin).toHaveURL(/\/admin\/plans/);
    const form = admin.getByRole("form", { name: "Tạo năm kế hoạch" });
    await form.getByLabel("Năm kế hoạch").fill("2026");
    await form.getByLabel("Sao chép chỉ tiêu từ năm").selectOption("2025");
    await form.getByRole("button", { name: "Tạo năm kế hoạch" }).click();
    await expect(form.getByRole("status")).toContainText(/Đã tạo kế hoạch năm 2026 \(đang chuẩn bị\) với \d+ chỉ tiêu/);
    const year = admin.locator('[data-year="2026"]');
    await expect(year.locator("[data-status]")).toHaveText("Đang chuẩn bị");
    await expect(year).toContainText("chỉ tiêu · 0 kế hoạch");
    const copied = (await (await admin.request.get("/api/v1/indicators?year=2026")).json()).indicators as {
      code: string;
      department: string;
      targets: unknown[];
    }[];
    expect(copied.length).toBeGreaterThanOrEqual(80);
    expect(copied.find((i) => i.code === "knxnk")).toMatchObject({ department: "chq", targets: [] });

    // Creating it twice is refused with a message naming the field (the form now proposes 2027 from 2026).
    await expect(form.getByLabel("Năm kế hoạch")).toHaveValue("2027");
    await form.getByLabel("Năm kế hoạch").fill("2026");
    await form.getByLabel("Sao chép chỉ tiêu từ năm").selectOption("2025");
    await form.getByRole("button", { name: "Tạo năm kế hoạch" }).click();
    await expect(form.getByText("Đã có kế hoạch năm 2026").first()).toBeVisible();

    // While in preparation the officer's year picker does not offer it.
    const dept = await as(browser, officer, E2E_PASSWORD);
    await dept.goto("/entry/sct");
    await expect(dept.getByText("Số liệu các tháng năm 2025")).toBeVisible();
  });

  test("the admin changes two targets in Vietnamese number format", async ({ browser }) => {
    const admin = await as(browser, "admin");
    await admin.goto("/admin/targets?year=2026");
    await expect(admin.getByRole("heading", { name: "Kế hoạch chỉ tiêu năm 2026" })).toBeVisible();
    const grdp = admin.locator('[data-cell="grdp:hdnd"]');
    const exports = admin.locator('[data-cell="knxnk:hdnd"]');
    await grdp.fill("7-7,5");
    await exports.fill("1,234.5");
    await admin.getByRole("button", { name: "Lưu kế hoạch" }).click();
    await expect(admin.getByText(/Kế hoạch "1,234.5" không hợp lệ/).first()).toBeVisible();
    await exports.fill("5.200");
    await admin.getByRole("button", { name: "Lưu kế hoạch" }).click();
    await expect(admin.getByRole("main").getByRole("status")).toHaveText("Đã lưu 2 kế hoạch năm 2026");
    await admin.reload();
    await expect(admin.locator('[data-cell="grdp:hdnd"]')).toHaveValue("7-7,5");
    await expect(admin.locator('[data-cell="knxnk:hdnd"]')).toHaveValue("5.200");
  });

  test("importing a file with a bad row shows every error by row and writes nothing", async ({ browser }) => {
    const admin = await as(browser, "admin");
    await admin.goto("/admin/import?year=2026");
    await admin.getByLabel("Năm kế hoạch").selectOption("2026");
    const bad = [...NEW, ["5", "Chỉ tiêu lỗi", "", "10-7", "Sở Không Có", "ct.loi", ""]];
    await admin
      .getByLabel("Tệp phụ lục (.xlsx)")
      .setInputFiles({ name: "phu-luc-loi.xlsx", mimeType: XLSX, buffer: await annexWorkbook(bad) });
    await admin.getByRole("button", { name: "Xem trước" }).click();
    const errors = admin.getByRole("region", { name: "Xem trước" }).getByRole("alert");
    await expect(errors).toContainText("Tệp có 3 lỗi");
    await expect(errors).toContainText("Dòng 9, cột C (ĐVT): thiếu đơn vị tính");
    await expect(errors).toContainText('Dòng 9, cột D (Kế hoạch): Khoảng "10-7" phải có số đầu nhỏ hơn số cuối');
    await expect(errors).toContainText('Dòng 9, cột E (Đơn vị chủ trì): không có đơn vị "Sở Không Có"');
    await expect(admin.getByRole("button", { name: "Xác nhận nhập" })).toBeDisabled();
    const api = await admin.request.get("/api/v1/indicators?year=2026");
    expect((await api.json()).indicators.map((i: { code: string }) => i.code)).not.toContain("ct.cua_hang_moi");
  });

  test("the admin imports five indicators from an annex after a preview", async ({ browser }) => {
    const admin = await as(browser, "admin");
    await admin.goto("/admin/import?year=2026");
    await admin.getByLabel("Năm kế hoạch").selectOption("2026");
    await admin
      .getByLabel("Tệp phụ lục (.xlsx)")
      .setInputFiles({ name: "phu-luc-2026.xlsx", mimeType: XLSX, buffer: await annexWorkbook(NEW) });
    await admin.getByRole("button", { name: "Xem trước" }).click();
    const preview = admin.getByRole("region", { name: "Xem trước" });
    await expect(preview).toContainText("5 chỉ tiêu mới");
    await expect(preview.locator('[data-import-row="ct.cho_bien_gioi"]')).toContainText("thuộc ct.cho_cai_tao");
    await expect(preview.locator('[data-import-row="ct.cho_cai_tao"]')).toContainText("8-10");
    await admin.getByRole("button", { name: "Xác nhận nhập" }).click();
    await expect(admin.getByRole("main").getByRole("status")).toContainText("Đã nhập: 5 chỉ tiêu mới");
    const api = await admin.request.get("/api/v1/indicators?year=2026");
    const imported = (await api.json()).indicators.filter((i: { code: string }) => i.code.startsWith("ct."));
    expect(imported.map((i: { code: string }) => i.code).sort()).toEqual(NEW.map((r) => r[5]).sort());
    expect(imported.find((i: { code: string }) => i.code === "ct.hang_viet")).toMatchObject({
      kind: "rate",
      department: "sct",
      targets: [{ source: "hdnd", min: 85 }],
    });
  });

  test("the admin opens 2026 and disables a user; the officer sees the new indicators, the disabled user is out", async ({
    browser,
  }) => {
    const gone = await as(browser, leaving, E2E_PASSWORD);
    const admin = await as(browser, "admin");
    await admin.goto("/admin/plans");
    await admin.getByRole("button", { name: "Mở năm 2026" }).click();
    await expect(admin.locator('[data-year="2026"] [data-status]')).toHaveText("Đang mở");

    await admin.getByRole("navigation", { name: "Quản trị" }).getByRole("link", { name: "Người dùng" }).click();
    await admin.getByRole("button", { name: `Vô hiệu hóa ${leaving}` }).click();
    await expect(admin.locator(`[data-username="${leaving}"]`)).toContainText("Đã vô hiệu hóa");

    const dept = await as(browser, officer, E2E_PASSWORD);
    await dept.goto("/entry/sct/2026/1");
    await expect(dept.locator('form[data-ready="true"]').first()).toBeVisible();
    // Monthly indicators are in January's form; the rate (tỷ lệ) is entered per quarter, so the year view lists all five.
    for (const row of NEW.filter((r) => r[2] !== "%"))
      await expect(dept.getByText(row[1] as string, { exact: true }).first()).toBeVisible();
    await expect(dept.locator('input[id="value-ct.cua_hang_moi-T01"]')).toBeEditable();
    await dept.goto("/entry/sct?year=2026");
    for (const row of NEW) await expect(dept.locator(`[data-indicator="${row[5]}"]`)).toContainText(row[1] as string);

    await gone.goto("/entry/sct");
    await expect(gone).toHaveURL(/\/login/);
  });

  test("closing a year with unapproved months warns and asks to confirm; reopening needs a reason", async ({
    browser,
  }) => {
    const dept = await as(browser, officer, E2E_PASSWORD);
    await dept.goto("/entry/sct/2026/1");
    await expect(dept.locator('form[data-ready="true"]').first()).toBeVisible();
    await dept.locator('input[id="value-ct.cua_hang_moi-T01"]').fill("9");
    await dept.getByRole("button", { name: "Lưu", exact: true }).click();
    await expect(dept.getByText("Đã lưu số liệu")).toBeVisible();

    const admin = await as(browser, "admin");
    await admin.goto("/admin/plans");
    const year = admin.locator('[data-year="2026"]');
    await year.getByRole("button", { name: "Khóa sổ năm 2026" }).click();
    const warning = admin.getByRole("alertdialog", { name: "Xác nhận khóa sổ năm 2026" });
    await expect(warning).toContainText("chưa được duyệt");
    await expect(warning).toContainText("Sở Công Thương, tháng 1: đang nhập");
    await warning.getByRole("button", { name: "Hủy" }).click();
    await admin.reload();
    await expect(year.locator("[data-status]")).toHaveText("Đang mở");

    await year.getByRole("button", { name: "Khóa sổ năm 2026" }).click();
    await admin.getByRole("button", { name: "Vẫn khóa sổ" }).click();
    await expect(year.locator("[data-status]")).toHaveText("Đã khóa sổ");
    const locked = await dept.request.put("/api/v1/submissions/sct/2026/1/values", {
      data: { values: [{ indicator: "ct.cua_hang_moi", value: 10 }] },
    });
    expect(locked.status()).toBe(409);
    expect((await locked.json()).error).toContain("khóa sổ");

    await year.getByRole("button", { name: "Mở lại năm 2026" }).click();
    await expect(year.getByText("Vui lòng nhập lý do")).toBeVisible();
    await year.getByLabel("Lý do mở lại").fill("Bổ sung số liệu chính thức tháng 1");
    await year.getByRole("button", { name: "Mở lại năm 2026" }).click();
    await expect(year.locator("[data-status]")).toHaveText("Đang mở");
    await admin.goto("/admin/audit");
    await expect(admin.locator('[data-action="plan_year_reopen"]').first()).toContainText(
      "Bổ sung số liệu chính thức tháng 1",
    );
  });
});
