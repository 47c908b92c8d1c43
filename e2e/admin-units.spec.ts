import { expect, test, type Page } from "@playwright/test";
import { ensureUser } from "./hardening-fixtures";
import { login } from "./fixtures";
import { axeClean, screenshots } from "./page-checks";

/**
 * Local governments in the admin area (issue 17), clicked through as an admin: districts created
 * with their kind and grouped under it, a merger declared as a succession (refused where the
 * years do not fit, removed and declared again), an indicator reported by every district of a
 * year, its shares counted under it in the catalogue and given their own targets in the grid,
 * and the review grid grouped by kind. A plan year of its own in preparation (2036), so the demo
 * years and other specs are untouched.
 */
const YEAR = 2036;
const INDICATOR = "e2eu.giai_ngan";
const UNITS = [
  ["e2eu.h_a", "Huyện Kiểm Thử A", YEAR - 1],
  ["e2eu.h_b", "Huyện Kiểm Thử B", YEAR - 1],
  ["e2eu.h_moi", "Huyện Kiểm Thử Mới", YEAR],
] as const;

test.describe.configure({ mode: "serial" });

let admin: Page;

test.beforeAll(async ({ browser }) => {
  ensureUser("e2eu.admin", "admin");
  // a context of its own: axe-core needs one (a bare browser.newPage() is refused)
  admin = await (await browser.newContext()).newPage();
  await login(admin, "e2eu.admin");
  const plan = await admin.request.post("/api/v1/plans", { data: { year: YEAR } });
  expect([200, 409]).toContain(plan.status());
  const created = await admin.request.post("/api/v1/indicators", {
    data: {
      year: YEAR,
      code: INDICATOR,
      name: "Giải ngân (kiểm thử huyện)",
      unit: "tỷ đồng",
      kind: "cumulative",
      department: "stc",
    },
  });
  expect([200, 409]).toContain(created.status());
});

test.afterAll(async () => {
  await admin.context().close();
});

test("[ADMIN] units: districts are created with their kind and listed under it; a merger is declared as a succession", async () => {
  await admin.goto("/admin/departments");
  const create = admin.getByRole("form", { name: "Tạo đơn vị" });
  for (const [code, name, from] of UNITS) {
    await create.getByLabel("Loại đơn vị").selectOption("district");
    await create.getByLabel("Mã đơn vị").fill(code);
    await create.getByLabel("Tên đơn vị").fill(name);
    await create.getByLabel("Có hiệu lực từ năm").fill(String(from));
    await create.getByRole("button", { name: "Tạo đơn vị" }).click();
    await expect(create.getByRole("status")).toHaveText(
      `Đã tạo đơn vị "${name}" (huyện, thành phố) có hiệu lực từ năm ${from}`,
    );
  }
  const districts = admin.locator('section[data-unit-kind="district"]');
  await expect(districts.getByRole("heading", { level: 2 })).toContainText("Huyện, thành phố");
  for (const [code] of UNITS) await expect(districts.locator(`[data-department="${code}"]`)).toBeVisible();
  await expect(admin.locator('section[data-unit-kind="department"] [data-department="e2eu.h_a"]')).toHaveCount(0);

  const declare = admin.getByRole("form", { name: "Khai báo kế tục" });
  // the successor must be valid in the year, each predecessor the year before
  await declare.getByLabel("Đơn vị kế tục").selectOption("e2eu.h_a");
  await declare.getByLabel(/Kế tục các đơn vị/).selectOption(["e2eu.h_moi"]);
  await declare.getByLabel("Từ năm kế hoạch").fill(String(YEAR));
  await declare.getByRole("button", { name: "Khai báo kế tục" }).click();
  await expect(declare.getByRole("alert").first()).toContainText(`không có hiệu lực năm ${YEAR - 1}`);

  await declare.getByLabel("Đơn vị kế tục").selectOption("e2eu.h_moi");
  await declare.getByLabel(/Kế tục các đơn vị/).selectOption(["e2eu.h_a", "e2eu.h_b"]);
  await declare.getByRole("button", { name: "Khai báo kế tục" }).click();
  await expect(declare.getByRole("status")).toHaveText(
    `Đã khai báo e2eu.h_moi kế tục e2eu.h_a, e2eu.h_b từ năm ${YEAR}`,
  );
  const item = admin.locator('[data-successor="e2eu.h_moi"]');
  await expect(item).toContainText(`Huyện Kiểm Thử Mới kế tục Huyện Kiểm Thử A, Huyện Kiểm Thử B từ năm ${YEAR}`);
  await expect(admin.locator('[data-department="e2eu.h_moi"]')).toContainText("kế tục e2eu.h_a, e2eu.h_b");

  // removed, then declared again; the API lists the units of the year with their kind and predecessors
  admin.once("dialog", (dialog) => void dialog.accept());
  await item.getByRole("button", { name: "Bỏ khai báo kế tục của Huyện Kiểm Thử Mới" }).click();
  await expect(item).toHaveCount(0);
  await declare.getByLabel("Đơn vị kế tục").selectOption("e2eu.h_moi");
  await declare.getByLabel(/Kế tục các đơn vị/).selectOption(["e2eu.h_a", "e2eu.h_b"]);
  await declare.getByLabel("Từ năm kế hoạch").fill(String(YEAR));
  await declare.getByRole("button", { name: "Khai báo kế tục" }).click();
  await expect(item).toBeVisible();
  const units = (await (await admin.request.get(`/api/v1/departments?year=${YEAR}`)).json()).departments as {
    code: string;
    kind: string;
    predecessors: { code: string }[];
  }[];
  expect(units.find((u) => u.code === "e2eu.h_moi")).toMatchObject({
    kind: "district",
    predecessors: [{ code: "e2eu.h_a" }, { code: "e2eu.h_b" }],
  });
  await axeClean(admin);
  await screenshots(admin, "admin-units-departments");
});

test("[ADMIN] units: an indicator reported by every district; its shares are counted under it and take their own targets", async () => {
  await admin.goto(`/admin/indicators/${INDICATOR}`);
  const form = admin.getByRole("form", { name: "Giao cho từng đơn vị báo cáo" });
  await form.getByLabel("Năm").selectOption(String(YEAR));
  await form.getByLabel("từng huyện, thành phố").check();
  await form.getByRole("button", { name: "Giao cho từng đơn vị báo cáo" }).click();
  await expect(form.getByRole("status")).toContainText(`Năm ${YEAR}: 3 đơn vị báo cáo chỉ tiêu này (thêm 3 đơn vị)`);
  const byYear = admin.locator(`[data-unit-reporting="${YEAR}"]`);
  await expect(byYear).toContainText("các huyện, thành phố báo cáo, 3 đơn vị có phần");
  await expect(byYear).toContainText("Huyện Kiểm Thử A");
  await axeClean(admin);
  await screenshots(admin, "admin-units-indicator");

  await admin.goto(`/admin/indicators?year=${YEAR}`);
  await expect(admin.locator(`[data-indicator="${INDICATOR}"]`)).toContainText("3 đơn vị báo cáo");
  await expect(admin.locator(`[data-indicator="${INDICATOR}@e2eu.h_a"]`)).toHaveCount(0);

  await admin.goto(`/admin/targets?year=${YEAR}`);
  const shareRow = admin.locator(`tr[data-indicator="${INDICATOR}@e2eu.h_a"]`);
  await expect(shareRow).toBeHidden();
  await admin.locator(`tr[data-indicator="${INDICATOR}"]`).getByRole("button", { name: "Theo đơn vị (3)" }).click();
  await expect(shareRow).toBeVisible();
  await shareRow.locator(`input[data-cell="${INDICATOR}@e2eu.h_a:hdnd"]`).fill("120,5");
  await admin.getByRole("button", { name: "Lưu kế hoạch" }).click();
  await expect(admin.locator("main").getByRole("status")).toHaveText(`Đã lưu 1 kế hoạch năm ${YEAR}`);
  await axeClean(admin);
  await screenshots(admin, "admin-units-targets");
  await admin.reload();
  await admin.locator(`tr[data-indicator="${INDICATOR}"]`).getByRole("button", { name: "Theo đơn vị (3)" }).click();
  await expect(shareRow.locator(`input[data-cell="${INDICATOR}@e2eu.h_a:hdnd"]`)).toHaveValue("120,5");
});

test("[ADMIN] units: the admin takes it back for the year after a confirmation, then gives it again", async () => {
  await admin.goto(`/admin/indicators/${INDICATOR}`);
  const byYear = admin.locator(`[data-unit-reporting="${YEAR}"]`);
  await byYear.getByRole("button", { name: `Thôi giao năm ${YEAR}` }).click();
  const dialog = admin.getByRole("dialog", { name: `Thôi giao chỉ tiêu năm ${YEAR} cho các huyện, thành phố?` });
  await expect(dialog).toContainText("3 đơn vị sẽ không còn báo cáo chỉ tiêu này");
  await dialog.getByRole("button", { name: "Xác nhận thôi giao" }).click();
  await expect(admin.getByTestId("toast")).toContainText(`Đã thôi giao năm ${YEAR}: 3 đơn vị không còn báo cáo`);
  await expect(byYear).toHaveCount(0);
  await admin.goto(`/admin/indicators?year=${YEAR}`);
  await expect(admin.locator(`[data-indicator="${INDICATOR}"]`)).not.toContainText("đơn vị báo cáo");

  // given again: the same shares, without the targets taken back with them
  await admin.goto(`/admin/indicators/${INDICATOR}`);
  const form = admin.getByRole("form", { name: "Giao cho từng đơn vị báo cáo" });
  await form.getByLabel("Năm").selectOption(String(YEAR));
  await form.getByLabel("từng huyện, thành phố").check();
  await form.getByRole("button", { name: "Giao cho từng đơn vị báo cáo" }).click();
  await expect(form.getByRole("status")).toContainText(`Năm ${YEAR}: 3 đơn vị báo cáo chỉ tiêu này (thêm 3 đơn vị)`);
  await expect(byYear).toContainText("3 đơn vị có phần");
});

test("[ADMIN] units: the review grid groups its rows by kind, departments first", async () => {
  await admin.goto(`/review?year=${YEAR}`);
  const groups = admin.locator("tbody[data-unit-kind]");
  await expect(groups.first()).toHaveAttribute("data-unit-kind", "department");
  const district = admin.locator('tbody[data-unit-kind="district"]');
  await expect(district.getByRole("rowheader").first()).toContainText("Huyện, thành phố");
  await expect(district.locator('tr[data-unit="e2eu.h_moi"]')).toBeVisible();
  await axeClean(admin);
  await screenshots(admin, "admin-units-review");
});
