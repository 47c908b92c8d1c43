import { expect, test, type Page } from "@playwright/test";
import { login } from "./fixtures";
import { apiSession, ensureUser } from "./hardening-fixtures";

/**
 * The 2025 reorganisation in the demo (issue 17, point 5; db/seed/load-2025.ts): Sở Nông nghiệp
 * và Môi trường was formed in 2025 from Sở Nông nghiệp và Phát triển nông thôn and Sở Tài
 * nguyên và Môi trường. Its 9-month report of 2025 lists the indicators of both and compares
 * each with what its predecessors reported for the 9 months of 2024.
 */

const MERGED = "snnmt";
const MERGED_NAME = "Sở Nông nghiệp và Môi trường";
const PREDECESSORS = ["snn", "stnmt"];
/** one indicator of each predecessor */
const FROM_SNN = "nn.luong_thuc";
const FROM_STNMT = "mt.chat_thai_ran";
/** a leader of the spec's own: the period picked is remembered per user */
const LEADER = "reorg.lanhdao";

test.beforeAll(() => {
  ensureUser(LEADER, "leader");
});

interface ReportRowJson {
  code: string;
  department: string;
  value: number | null;
  lastYearValue: number | null;
  changePct: number | null;
}

async function indicatorFigures(page: Page, code: string, year: number) {
  await page.goto(`/indicators/${code}?year=${year}&period=9T`);
  return {
    value: (await page.getByTestId("indicator-value").textContent())!.trim(),
    lastYear: (await page.getByTestId("last-year-value").textContent())!.trim(),
    change: (await page.getByTestId("change").textContent())!.trim(),
  };
}

test("[UNITS] a 2025 merged department's 9-month report compares with its predecessors' 2024 figures", async ({
  page,
  baseURL,
}) => {
  const planner = await apiSession(baseURL!, "tonghop");
  const report2024 = (await (await planner.get("/api/v1/reports/2024/9T")).json()).rows as ReportRowJson[];
  const predecessorRows = report2024.filter((r) => PREDECESSORS.includes(r.department));
  expect(predecessorRows.map((r) => r.code)).toEqual(expect.arrayContaining([FROM_SNN, FROM_STNMT]));

  // the merged department's head reads its own 9-month report through the API
  const head = await apiSession(baseURL!, `${MERGED}.lanhdao`);
  const own = (await (await head.get("/api/v1/reports/2025/9T")).json()).rows as ReportRowJson[];
  expect(own.map((r) => r.code).sort()).toEqual(predecessorRows.map((r) => r.code).sort());
  for (const row of own) {
    expect(row.department, row.code).toBe(MERGED);
    const before = predecessorRows.find((r) => r.code === row.code)!;
    expect(row.lastYearValue, row.code).toBe(before.value);
  }
  expect(own.find((r) => r.code === FROM_SNN)!.changePct).toBeCloseTo(8, 0);
  // its draft báo cáo words the comparison
  const draft = await (await head.get("/api/v1/reports/2025/9T/draft")).text();
  expect(draft).toMatch(/# Báo cáo/);
  expect(draft).toMatch(/tăng 8(,\d)?% so với cùng kỳ/);

  // the leader filters the dashboard on the merged department and is told where last year's figures come from
  await login(page, LEADER);
  await page.goto("/dashboard");
  const filters = page.getByRole("form", { name: "Bộ lọc báo cáo" });
  await filters.locator("select[name=year]").selectOption("2025");
  await filters.locator("select[name=period]").selectOption("9T");
  await filters.getByRole("button", { name: "Xem" }).click();
  await expect(page).toHaveURL(/year=2025/);
  await filters.locator("select[name=department]").selectOption(MERGED);
  await filters.getByRole("button", { name: "Xem" }).click();
  await expect(page).toHaveURL(new RegExp(`department=${MERGED}`));
  await expect(page.getByTestId("succession-note")).toHaveText(
    `${MERGED_NAME} tiếp nhận nhiệm vụ của Sở Nông nghiệp và Phát triển nông thôn, Sở Tài nguyên và Môi trường từ năm 2025: số cùng kỳ năm 2024 là số liệu các đơn vị này đã báo cáo.`,
  );
  await expect(page.getByRole("heading", { name: `Tiến độ ${own.length} chỉ tiêu` })).toBeVisible();
  await page.screenshot({ path: "test-results/units-reorganisation-2025-dashboard.png", fullPage: true });

  // each indicator's page: the 2025 comparison is the 2024 figure its predecessor reported
  for (const code of [FROM_SNN, FROM_STNMT]) {
    const then = await indicatorFigures(page, code, 2024);
    const now = await indicatorFigures(page, code, 2025);
    expect(now.lastYear, code).toBe(then.value.replace(/\s*[^\d.,\s].*$/, ""));
  }
  expect((await indicatorFigures(page, FROM_SNN, 2025)).change).toMatch(/^\+(7,9|8|8,0|8,1)%$/);

  // a unit without predecessors that year shows no such note
  await page.goto("/dashboard?year=2025&period=9T&department=sct");
  await expect(page.getByTestId("succession-note")).toHaveCount(0);
});

/** The ranking table's units, in their order (name only). */
async function rankedNames(page: Page) {
  return page
    .locator("[data-testid=units-table] tbody tr th")
    .evaluateAll((cells) => cells.map((th) => th.childNodes[0].textContent!.trim()));
}

test("[UNITS] in 2025 the districts report to June and the wards from July: the ranking, the entry page and the API follow", async ({
  page,
  browser,
  baseURL,
}) => {
  // 6 tháng 2025: the eleven districts, their sum the province's figure (no gap)
  await login(page, LEADER);
  await page.goto("/units?year=2025&period=6T&indicator=dtc.giai_ngan");
  await expect(page.getByRole("heading", { level: 1, name: "Xếp hạng địa phương" })).toBeVisible();
  const half = await rankedNames(page);
  expect(half).toHaveLength(11);
  expect(half).toEqual(expect.arrayContaining(["Thành phố Lạng Sơn", "Huyện Văn Quan", "Huyện Đình Lập"]));
  await expect(page.getByTestId("units-gap")).toHaveCount(0);
  // 9 tháng 2025: the wards, which have entered nothing yet
  await page.goto("/units?year=2025&period=9T&indicator=dtc.giai_ngan");
  expect((await rankedNames(page)).sort()).toEqual(
    ["Phường Đông Kinh", "Phường Kỳ Lừa", "Phường Lương Văn Tri", "Phường Tam Thanh"].sort(),
  );
  await page.screenshot({ path: "test-results/units-2025-wards-1366.png", fullPage: true });

  // a district's July: shown, not editable, and the API refuses it with the reason
  const district = await browser.newPage();
  await login(district, "h.van_quan.canbo");
  await district.goto("/entry/h.van_quan/2025/7");
  await expect(district.getByTestId("not-reporting-notice")).toHaveText(
    "Huyện Văn Quan chỉ báo cáo từ tháng 1 đến tháng 6/2025, không báo cáo tháng 7/2025.",
  );
  await expect(district.getByRole("button", { name: "Lưu" })).toHaveCount(0);
  await district.screenshot({ path: "test-results/units-2025-district-july-1366.png", fullPage: true });
  const officer = await apiSession(baseURL!, "h.van_quan.canbo");
  const refused = await officer.put("/api/v1/submissions/h.van_quan/2025/7/values", {
    data: { values: [{ indicator: "dtc.giai_ngan@h.van_quan", period: "T07", value: 1, status: "estimate" }] },
  });
  expect(refused.status()).toBe(409);
  expect((await refused.json()).error).toBe(
    "Huyện Văn Quan chỉ báo cáo từ tháng 1 đến tháng 6/2025, không báo cáo tháng 7/2025",
  );

  await district.context().close();

  // the planner's review grid: the district's July and the ward's June are not months they report
  const planner = await browser.newPage();
  await login(planner, "tonghop");
  await planner.goto("/review?year=2025");
  await expect(planner.getByLabel("Huyện Văn Quan, tháng 7: không báo cáo")).toBeVisible();
  await expect(planner.getByLabel("Phường Tam Thanh, tháng 6: không báo cáo")).toBeVisible();
  await expect(planner.getByRole("link", { name: /^Phường Tam Thanh, tháng 7: Chưa nhập/ })).toBeVisible();
  // a unit with nothing to report in the year's plan (Kho bạc) is not a row of overdue months
  await expect(planner.locator('tr[data-unit="kbnn"]')).toHaveCount(0);
  await expect(planner.locator('tr[data-unit="sct"]')).toHaveCount(1);
  await planner.setViewportSize({ width: 1366, height: 900 });
  await planner.screenshot({ path: "test-results/units-2025-review-1366.png", fullPage: true });
  await planner.context().close();
});
