import { expect, test, type Locator, type Page } from "@playwright/test";
import { apiSession, ensureUser } from "./hardening-fixtures";
import { login } from "./fixtures";
import { axeClean, screenshots } from "./page-checks";

/**
 * A unit's first and last month in the admin area, clicked through as an admin: a commune
 * created from month 7 of a year (as the communes and wards of 1 July 2025), a district ended
 * after June through its "Kết thúc" form (refused first before its first year), each shown with
 * its months in the list and the API; a planner is refused the end through the API. Years
 * 2039-2041 and units of the spec's own ("e2em.*"), so the demo years and other specs are untouched.
 */
const COMMUNE = { code: "e2em.xa_moi", name: "Phường Kiểm Thử Tháng Bảy" };
const DISTRICT = { code: "e2em.h_cu", name: "Huyện Kiểm Thử Cũ" };

test.describe.configure({ mode: "serial" });

let admin: Page;

test.beforeAll(async ({ browser }) => {
  ensureUser("e2em.admin", "admin");
  // a context of its own: axe-core needs one (a bare browser.newPage() is refused)
  admin = await (await browser.newContext()).newPage();
  await login(admin, "e2em.admin");
});

test.afterAll(async () => {
  await admin.context().close();
});

/** The unit's row in its kind's table, the table unfolded when the row is past its first rows. */
async function unitRow(page: Page, kind: string, code: string): Promise<Locator> {
  const section = page.locator(`section[data-unit-kind="${kind}"]`);
  const row = section.locator(`[data-department="${code}"]`);
  // the list is refreshed after the create: the row first, then the fold it may be past
  await expect(row).toHaveCount(1);
  const fold = section.locator('[data-fold-toggle][aria-expanded="false"]');
  if (await fold.count()) await fold.click();
  await expect(row).toBeVisible();
  return row;
}

async function createUnit(page: Page, kind: string, code: string, name: string, year: number, month?: number) {
  const create = page.getByRole("form", { name: "Tạo đơn vị" });
  await create.getByLabel("Loại đơn vị").selectOption(kind);
  await create.getByLabel("Mã đơn vị").fill(code);
  await create.getByLabel("Tên đơn vị").fill(name);
  await create.getByLabel("Có hiệu lực từ năm").fill(String(year));
  if (month !== undefined) await create.getByLabel("Từ tháng", { exact: true }).fill(String(month));
  await create.getByRole("button", { name: "Tạo đơn vị" }).click();
  return create;
}

const unitsOfApi = async (page: Page) =>
  (await (await page.request.get("/api/v1/departments")).json()).departments as {
    code: string;
    validFrom: number;
    validFromMonth: number;
    validTo: number | null;
    validToMonth: number;
  }[];

test("[ADMIN] unit months: a commune created from month 7 says its month in the message, the list and the API", async () => {
  await admin.goto("/admin/departments");
  const create = await createUnit(admin, "commune", COMMUNE.code, COMMUNE.name, 2041, 7);
  await expect(create.getByRole("status")).toHaveText(
    `Đã tạo đơn vị "${COMMUNE.name}" (xã, phường) có hiệu lực từ tháng 7/2041`,
  );
  const row = await unitRow(admin, "commune", COMMUNE.code);
  await expect(row.locator('[data-label="Hiệu lực"]')).toContainText("từ 7/2041");
  expect((await unitsOfApi(admin)).find((u) => u.code === COMMUNE.code)).toMatchObject({
    validFrom: 2041,
    validFromMonth: 7,
    validTo: null,
    validToMonth: 12,
  });
  await axeClean(admin);
});

test("[ADMIN] unit months: a district is ended after June through its Kết thúc form, refused before its first year", async () => {
  await admin.goto("/admin/departments");
  const create = await createUnit(admin, "district", DISTRICT.code, DISTRICT.name, 2039);
  // from January: the wording of a whole year
  await expect(create.getByRole("status")).toHaveText(
    `Đã tạo đơn vị "${DISTRICT.name}" (huyện, thành phố) có hiệu lực từ năm 2039`,
  );
  const row = await unitRow(admin, "district", DISTRICT.code);
  const span = row.locator('[data-label="Hiệu lực"]');
  await expect(span).toContainText("2039–nay");

  await row.getByRole("button", { name: `Kết thúc ${DISTRICT.code}` }).click();
  const form = row.getByRole("form", { name: `Kết thúc ${DISTRICT.code}` });
  await expect(form).toHaveAttribute("data-ready", "true");
  await form.getByLabel("Năm cuối").fill("2038");
  await form.getByLabel("Tháng cuối").fill("12");
  admin.once("dialog", (dialog) => void dialog.accept());
  await form.getByRole("button", { name: "Kết thúc đơn vị" }).click();
  await expect(form.getByRole("alert")).toContainText("có hiệu lực từ năm 2039");
  await expect(form).toContainText("Năm cuối không được trước năm 2039");

  // dismissing the question sends nothing
  await form.getByLabel("Năm cuối").fill("2041");
  await form.getByLabel("Tháng cuối").fill("6");
  admin.once("dialog", (dialog) => void dialog.dismiss());
  await form.getByRole("button", { name: "Kết thúc đơn vị" }).click();
  await expect(span).toContainText("2039–nay");

  let question = "";
  admin.once("dialog", (dialog) => {
    question = dialog.message();
    void dialog.accept();
  });
  await form.getByRole("button", { name: "Kết thúc đơn vị" }).click();
  await expect(span).toHaveText("2039 – 6/2041");
  expect(question).toContain(`Kết thúc đơn vị ${DISTRICT.name} sau tháng 6/2041?`);
  // an ended unit has no Kết thúc form any more
  await expect(row.getByRole("button", { name: `Kết thúc ${DISTRICT.code}` })).toHaveCount(0);
  expect((await unitsOfApi(admin)).find((u) => u.code === DISTRICT.code)).toMatchObject({
    validFrom: 2039,
    validTo: 2041,
    validToMonth: 6,
  });
  await axeClean(admin);
  await screenshots(admin, "admin-unit-months");
});

test("[ADMIN] unit months: a planner posting the end of a unit to the API is refused (403), nothing changes", async ({
  baseURL,
}) => {
  const planner = await apiSession(baseURL!, "tonghop");
  try {
    const response = await planner.post(`/api/v1/departments/${COMMUNE.code}/end`, {
      data: { lastYear: 2042, lastMonth: 6, version: 1 },
    });
    expect(response.status()).toBe(403);
    expect((await response.json()).error).toBe("Không có quyền thực hiện thao tác này");
  } finally {
    await planner.dispose();
  }
  expect((await unitsOfApi(admin)).find((u) => u.code === COMMUNE.code)).toMatchObject({
    validTo: null,
    validToMonth: 12,
  });
});
