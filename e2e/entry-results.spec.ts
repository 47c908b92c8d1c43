import { expect, test, type APIRequestContext } from "@playwright/test";
import { login } from "./fixtures";
import { apiSession, ensureTestDepartment } from "./hardening-fixtures";

/**
 * A month's narrative and result items (kết quả, sự kiện), through the API and the month
 * entry form, as the department's officer: same scope and lock rules as the values, versions
 * checked, and the items in the draft báo cáo of the periods containing their date.
 * Department "hzres" is this spec's own; "hzres2" is another department.
 */
const DEPT = "hzres";
const OTHER = "hzres2";
const base = (month: number, dept = DEPT) => `/api/v1/submissions/${dept}/2024/${month}`;
let officer: APIRequestContext;
let other: APIRequestContext;

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ baseURL }) => {
  ensureTestDepartment(DEPT);
  ensureTestDepartment(OTHER);
  officer = await apiSession(baseURL!, `${DEPT}.canbo`);
  other = await apiSession(baseURL!, `${OTHER}.canbo`);
});
test.afterAll(async () => {
  await officer.dispose();
  await other.dispose();
});

test("[RESULTS] the narrative API reads and saves a month's narrative with a version check, in scope only", async () => {
  const empty = await officer.get(`${base(6)}/narrative`);
  expect(empty.status()).toBe(200);
  expect(await empty.json()).toMatchObject({
    department: DEPT,
    year: 2024,
    month: 6,
    reports: ["T06", "Q2", "6T"],
    highlights: "",
    version: 0,
  });
  const saved = await officer.put(`${base(6)}/narrative`, {
    data: {
      highlights: "Hoàn thành 3 công trình",
      difficulties: "Thiếu vốn",
      tasks: "Đẩy nhanh giải ngân",
      version: 0,
    },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  expect(await saved.json()).toMatchObject({
    highlights: "Hoàn thành 3 công trình",
    difficulties: "Thiếu vốn",
    tasks: "Đẩy nhanh giải ngân",
    version: 1,
  });
  // someone saved in between: a conflict, nothing overwritten
  const stale = await officer.put(`${base(6)}/narrative`, {
    data: { highlights: "Bản cũ", difficulties: "", tasks: "", version: 0 },
  });
  expect(stale.status()).toBe(409);
  expect((await (await officer.get(`${base(6)}/narrative`)).json()).highlights).toBe("Hoàn thành 3 công trình");
  // a bad field is named, another department is refused
  const bad = await officer.put(`${base(6)}/narrative`, { data: { highlights: 5, difficulties: "", tasks: "" } });
  expect(bad.status()).toBe(422);
  expect((await bad.json()).errors.highlights).toContain("Kết quả nổi bật");
  expect((await other.get(`${base(6)}/narrative`)).status()).toBe(403);
  expect(
    (await other.put(`${base(6)}/narrative`, { data: { highlights: "x", difficulties: "", tasks: "" } })).status(),
  ).toBe(403);
});

test("[RESULTS] the results API adds, lists, changes and deletes a month's items; versions and the month's lock hold", async () => {
  const created = await officer.post(`${base(5)}/results`, {
    data: {
      date: "2024-05-20",
      section: "I.3.3",
      text: "Đã thành lập {1}[, khởi công {2}]",
      figures: [
        { value: "3", unit: "cụm công nghiệp" },
        { value: 0, unit: "dự án" },
      ],
    },
  });
  expect(created.status(), await created.text()).toBe(200);
  const item = (await created.json()).result;
  // the zero figure's clause is left out of what the báo cáo writes
  expect(item).toMatchObject({
    date: "2024-05-20",
    section: "I.3.3",
    version: 1,
    written: "Đã thành lập 03 cụm công nghiệp",
    figures: [
      { value: 3, unit: "cụm công nghiệp" },
      { value: 0, unit: "dự án" },
    ],
  });
  expect((await (await officer.get(`${base(5)}/results`)).json()).results.map((r: { id: number }) => r.id)).toContain(
    item.id,
  );

  const changed = await officer.put(`${base(5)}/results/${item.id}`, {
    data: {
      date: "2024-05-21",
      section: "I.3.3",
      text: "Đã thành lập {1}",
      figures: [{ value: "4", unit: "cụm công nghiệp" }],
      version: 1,
    },
  });
  expect(changed.status()).toBe(200);
  expect((await changed.json()).result).toMatchObject({ version: 2, written: "Đã thành lập 04 cụm công nghiệp" });
  expect(
    (
      await officer.put(`${base(5)}/results/${item.id}`, {
        data: {
          date: "2024-05-21",
          section: "I.3.3",
          text: "Cũ {1}",
          figures: [{ value: "1", unit: "cụm" }],
          version: 1,
        },
      })
    ).status(),
  ).toBe(409);

  // bad input names the field; a date outside the month, a figure not placed in the text
  const outside = await officer.post(`${base(5)}/results`, {
    data: { date: "2024-06-02", section: "I.3.3", text: "Sự kiện" },
  });
  expect([outside.status(), (await outside.json()).errors.date]).toEqual([422, "Ngày phải thuộc tháng 5/2024"]);
  const unplaced = await officer.post(`${base(5)}/results`, {
    data: { date: "2024-05-02", section: "I.3.3", text: "Sự kiện", figures: [{ value: 1, unit: "lần" }] },
  });
  expect((await unplaced.json()).errors.text).toContain("{1}");

  // another department can neither read nor change the item
  expect((await other.get(`${base(5)}/results`)).status()).toBe(403);
  expect((await other.delete(`${base(5)}/results/${item.id}`, { data: { version: 2 } })).status()).toBe(403);
  // an id of another month is not found in this one
  expect((await officer.delete(`${base(4)}/results/${item.id}`, { data: { version: 2 } })).status()).toBe(404);

  // the draft báo cáo of May and of the 6 months states it, April's does not (counting everything entered)
  const draft = async (period: string) =>
    (await officer.get(`/api/v1/reports/2024/${period}/draft?counting=all`)).text();
  expect(await draft("T05")).toContain("Đã thành lập 04 cụm công nghiệp.");
  expect(await draft("6T")).toContain("Đã thành lập 04 cụm công nghiệp.");
  expect(await draft("T04")).not.toContain("Đã thành lập 04 cụm công nghiệp.");

  const deleted = await officer.delete(`${base(5)}/results/${item.id}`, { data: { version: 2 } });
  expect(deleted.status()).toBe(200);
  expect((await (await officer.get(`${base(5)}/results`)).json()).results).toEqual([]);
});

test("[RESULTS] a submitted month refuses new items and narrative changes", async ({ baseURL }) => {
  const head = await apiSession(baseURL!, `${DEPT}.lanhdao`);
  expect((await head.post(`${base(7)}/submit`, { data: {} })).status()).toBe(200);
  await head.dispose();
  expect(
    (
      await officer.post(`${base(7)}/results`, { data: { date: "2024-07-02", section: "I.1", text: "Sự kiện" } })
    ).status(),
  ).toBe(409);
  expect(
    (await officer.put(`${base(7)}/narrative`, { data: { highlights: "x", difficulties: "", tasks: "" } })).status(),
  ).toBe(409);
});

test("[RESULTS] the officer adds, changes and deletes a result item in the month entry form with the keyboard", async ({
  page,
}) => {
  // many steps, each a server round trip: room for a loaded machine
  test.setTimeout(150_000);
  await login(page, `${DEPT}.canbo`);
  await page.goto(`/entry/${DEPT}/2024/9`);
  await expect(page.locator('form[data-ready="true"]')).toBeVisible();
  // September closes quý III and the 9 months: the form says whose narrative it is
  await expect(page.getByTestId("narrative-notice")).toHaveText(
    "Nội dung tháng 9 là phần thuyết minh của sở trong báo cáo quý III/2024 và báo cáo 9 tháng năm 2024 (cùng báo cáo tháng 9).",
  );

  const panel = page.getByTestId("results-panel");
  await panel.getByRole("button", { name: "Thêm kết quả" }).click();
  await expect(panel.getByLabel("Nội dung")).toBeFocused();
  await page.keyboard.type("Thu hút ");
  await panel.getByRole("button", { name: "Thêm số liệu" }).click();
  await panel.getByLabel("Số liệu 1", { exact: true }).fill("12");
  await panel.getByLabel("Đơn vị tính của số liệu 1").fill("dự án");
  await panel.getByLabel("Mục báo cáo").selectOption("I.3.5");
  await expect(panel.getByTestId("result-preview")).toHaveText("Thu hút 12 dự án");
  // Enter in a field saves
  await panel.getByLabel("Đơn vị tính của số liệu 1").press("Enter");
  await expect(panel.getByRole("status")).toHaveText("Đã thêm kết quả");
  await expect(panel.getByTestId("result-written")).toHaveText(["Thu hút 12 dự án"]);
  await expect(panel.getByRole("button", { name: "Thêm kết quả" })).toBeFocused();

  // change it; Escape cancels without saving, Enter saves
  await panel.getByRole("button", { name: "Sửa kết quả: Thu hút 12 dự án" }).click();
  await panel.getByLabel("Số liệu 1", { exact: true }).fill("5");
  await page.keyboard.press("Escape");
  await expect(panel.getByTestId("result-written")).toHaveText(["Thu hút 12 dự án"]);
  await panel.getByRole("button", { name: "Sửa kết quả: Thu hút 12 dự án" }).click();
  await panel.getByLabel("Số liệu 1", { exact: true }).fill("5");
  await panel.getByLabel("Số liệu 1", { exact: true }).press("Enter");
  await expect(panel.getByTestId("result-written")).toHaveText(["Thu hút 05 dự án"]);

  // a bad text is refused with the field's message
  await panel.getByRole("button", { name: "Thêm kết quả" }).click();
  await panel.getByLabel("Nội dung").fill("Sự kiện không số liệu {2}");
  await panel.getByRole("button", { name: "Lưu kết quả" }).click();
  await expect(panel.getByRole("alert")).toHaveText("Nội dung dùng {2} nhưng chỉ có 0 số liệu");
  await panel.getByRole("button", { name: "Hủy" }).click();

  // delete asks once more, then the item is gone (and stays gone after a reload)
  await panel.getByRole("button", { name: "Xóa kết quả: Thu hút 05 dự án" }).click();
  await panel.getByRole("button", { name: "Xóa hẳn" }).click();
  await expect(panel.getByText("Chưa có kết quả nào trong tháng này.")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("results-panel").getByText("Chưa có kết quả nào trong tháng này.")).toBeVisible();
});

test("[RESULTS] the narrative typed in the form is what the API reads", async ({ page }) => {
  await login(page, `${DEPT}.canbo`);
  await page.goto(`/entry/${DEPT}/2024/10`);
  await expect(page.locator('form[data-ready="true"]')).toBeVisible();
  await expect(page.getByTestId("narrative-notice")).toHaveCount(0);
  await page.getByLabel("Khó khăn, vướng mắc").fill("Mưa lũ kéo dài");
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.getByText("Đã lưu số liệu")).toBeVisible();
  expect(await (await officer.get(`${base(10)}/narrative`)).json()).toMatchObject({
    difficulties: "Mưa lũ kéo dài",
    version: 1,
  });
});
