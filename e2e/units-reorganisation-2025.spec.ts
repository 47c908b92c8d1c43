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
