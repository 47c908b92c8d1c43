import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { login } from "./fixtures";
import { apiSession, e2eDatabase, ensureUser } from "./hardening-fixtures";

/**
 * The ranking of localities (issue 17, point 4): the leader opens "Xếp hạng địa phương", picks an
 * indicator reported by every district and sees the districts ranked against the province
 * average, those below it 3 months running marked; the planner also sees that the department's
 * province figure differs from the districts' sum. The spec makes its own districts and
 * indicator (codes hzu.*) in 2024, approved for January to September.
 */

const YEAR = 2024;
const CODE = "hzu.giai_ngan";
/** code, name, plan (tỷ đồng), the figure of each month January..September */
const DISTRICTS: [string, string, number, number[]][] = [
  ["hzu.a", "Thành phố Thử Nghiệm", 100, Array(9).fill(10)],
  ["hzu.b", "Huyện Bản Thử", 100, Array(9).fill(8)],
  ["hzu.c", "Huyện Na Thử", 200, Array(9).fill(5)],
  ["hzu.d", "Huyện Pác Thử", 50, Array(9).fill(1.5)],
  // below the average until July, then above it: not lagging
  ["hzu.e", "Huyện Khau Thử", 100, [2, 2, 2, 2, 2, 2, 2, 40, 2]],
];
/** the department's own province figure each month: 279 by September against the districts' 276,5 */
const PROVINCE_MONTHLY = 31;
const SCALE = 10_000;

/** The spec's districts, department, indicator, its shares, plans, figures and approved months. Idempotent. */
function ensureRankingData() {
  const db = e2eDatabase();
  try {
    db.transaction(() => {
      if (db.prepare("select 1 from indicators where code = ?").get(CODE)) return;
      // valid up to the spec's year only: a district of later years would join other specs' declarations
      const insertUnit = db.prepare(
        `insert into departments (code, name, short_name, kind, valid_from, valid_to) values (?, ?, ?, ?, 2020, ${YEAR})`,
      );
      const insertIndicator = db.prepare(
        "insert into indicators (code, name, unit, kind, search_name, precision, share_of_id) values (?, 'Giải ngân vốn đầu tư công (kiểm thử)', 'tỷ đồng', 'cumulative', 'giai ngan von dau tu cong kiem thu', 1, ?)",
      );
      const assign = db.prepare(
        "insert into indicator_assignments (indicator_id, year, department_id) values (?, ?, ?)",
      );
      const value = db.prepare(
        "insert into indicator_values (indicator_id, year, period, month, department_id, value, status) values (?, ?, ?, ?, ?, ?, 'estimate')",
      );
      const approve = db.prepare(
        "insert into submissions (department_id, year, month, state, reviewed_at) values (?, ?, ?, 'approved', strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
      );
      const enter = (indicatorId: number, unitId: number, months: number[]) =>
        months.forEach((figure, i) => {
          value.run(indicatorId, YEAR, `T${String(i + 1).padStart(2, "0")}`, i + 1, unitId, Math.round(figure * SCALE));
          approve.run(unitId, YEAR, i + 1);
        });
      const so = Number(insertUnit.run("hzu.so", "Sở Kiểm Thử Giải Ngân", "HZU.SO", "department").lastInsertRowid);
      const province = Number(insertIndicator.run(CODE, null).lastInsertRowid);
      assign.run(province, YEAR, so);
      db.prepare("insert into unit_reporting (indicator_id, year, unit_kind) values (?, ?, 'district')").run(
        province,
        YEAR,
      );
      enter(province, so, Array(9).fill(PROVINCE_MONTHLY));
      for (const [code, name, plan, months] of DISTRICTS) {
        const unit = Number(insertUnit.run(code, name, code.toUpperCase(), "district").lastInsertRowid);
        const share = Number(insertIndicator.run(`${CODE}@${code}`, province).lastInsertRowid);
        assign.run(share, YEAR, unit);
        db.prepare("insert into targets (indicator_id, year, source, value) values (?, ?, 'hdnd', ?)").run(
          share,
          YEAR,
          plan * SCALE,
        );
        enter(share, unit, months);
      }
    }).immediate();
  } finally {
    db.close();
  }
}

/** Users of the spec's own: picking a period is remembered for the user (lib/preferences), not for the demo's accounts. */
const LEADER = "hzu.lanhdao";
const PLANNER = "hzu.tonghop";

test.beforeAll(() => {
  ensureRankingData();
  ensureUser(LEADER, "leader");
  ensureUser(PLANNER, "planner");
});

/** The table's rows as the page shows them: rank, name, % of plan, months below the average, the mark. */
async function rankedRows(page: Page) {
  return page.locator("[data-testid=units-table] tbody tr").evaluateAll((rows) =>
    rows.map((tr) => {
      const cells = [...tr.querySelectorAll("td, th")].map((c) => c.textContent!.trim());
      return {
        rank: cells[0],
        name: tr.querySelector("th")!.childNodes[0].textContent!.trim(),
        pct: cells[4],
        below: cells[6],
        lagging: tr.querySelector("[data-testid=lagging-mark]") !== null,
      };
    }),
  );
}

async function openRanking(page: Page) {
  await page.getByRole("link", { name: "Xếp hạng địa phương" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Xếp hạng địa phương" })).toBeVisible();
  const filters = page.getByRole("form", { name: "Bộ lọc báo cáo" });
  // the indicators listed are the year's: pick the year first (another spec may have opened an
  // empty plan year, which pages then default to)
  await filters.locator("select[name=year]").selectOption(String(YEAR));
  await filters.locator("select[name=period]").selectOption("9T");
  await filters.getByRole("button", { name: "Xem" }).click();
  await expect(page).toHaveURL(new RegExp(`year=${YEAR}`));
  await filters.getByRole("combobox", { name: "Chỉ tiêu" }).selectOption(CODE);
  await filters.getByRole("button", { name: "Xem" }).click();
  await expect(page).toHaveURL(new RegExp(`indicator=${CODE.replace(".", "\\.")}`));
  await expect(page.getByRole("heading", { name: /Giải ngân vốn đầu tư công \(kiểm thử\)/ })).toBeVisible();
}

test("[UNITS] the leader opens the ranking and sees the districts below the province average 3 months running", async ({
  page,
}) => {
  await login(page, LEADER);
  await openRanking(page);
  expect(await rankedRows(page)).toEqual([
    { rank: "1", name: "Thành phố Thử Nghiệm", pct: "90%", below: "0", lagging: false },
    { rank: "2", name: "Huyện Bản Thử", pct: "72%", below: "0", lagging: false },
    { rank: "3", name: "Huyện Khau Thử", pct: "56%", below: "0", lagging: false },
    { rank: "4", name: "Huyện Pác Thử", pct: "27%", below: "9", lagging: true },
    { rank: "5", name: "Huyện Na Thử", pct: "22,5%", below: "9", lagging: true },
  ]);
  await expect(page.getByTestId("units-average")).toContainText("đạt 50,3% kế hoạch");
  await expect(page.getByTestId("units-laggards")).toContainText("Huyện Pác Thử, Huyện Na Thử");
  // the gap is the planner's to follow up
  await expect(page.getByTestId("units-gap")).toHaveCount(0);
  await expect(page.locator("figure[aria-label*='bình quân chung'] .recharts-bar-rectangle")).toHaveCount(5);
  await page.screenshot({ path: "test-results/units-ranking-1366.png", fullPage: true });

  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);

  await page.setViewportSize({ width: 375, height: 800 });
  await expect(page.getByTestId("lagging-mark").first()).toBeVisible();
  // the chart follows the narrower window once it has measured it
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.screenshot({ path: "test-results/units-ranking-375.png", fullPage: true });
});

test("[UNITS] the planner sees that the department's province figure differs from the districts' sum", async ({
  page,
}) => {
  await login(page, PLANNER);
  await openRanking(page);
  await expect(page.getByTestId("units-gap")).toContainText("Sở Kiểm Thử Giải Ngân nhập là 279 tỷ đồng");
  await expect(page.getByTestId("units-gap")).toContainText("(276,5 tỷ đồng): chênh lệch +2,5 tỷ đồng");
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.screenshot({ path: "test-results/units-ranking-planner-1366.png", fullPage: true });
});

test("[UNITS] the API ranks the districts, answers 304 while nothing changed, and refuses what it must", async ({
  baseURL,
}) => {
  const leader = await apiSession(baseURL!, LEADER);
  const path = `/api/v1/reports/${YEAR}/9T/units?indicator=${CODE}`;
  const answer = await leader.get(path);
  expect(answer.status()).toBe(200);
  const body = await answer.json();
  expect(body).toMatchObject({ indicator: CODE, basis: "plan", unitKind: "district", counting: "submitted" });
  expect(body.average).toBeCloseTo((276.5 / 550) * 100, 6);
  expect(
    body.units.map((u: Record<string, unknown>) => [u.unit, u.kind, u.value, u.target, u.rank, u.belowAverageMonths]),
  ).toEqual([
    ["hzu.a", "district", 90, 100, 1, 0],
    ["hzu.b", "district", 72, 100, 2, 0],
    ["hzu.e", "district", 56, 100, 3, 0],
    ["hzu.d", "district", 13.5, 50, 4, 9],
    ["hzu.c", "district", 45, 200, 5, 9],
  ]);
  expect(body.units[3]).toMatchObject({ name: "Huyện Pác Thử", pctOfPlan: 27, lagging: true });
  expect(body.gap).toEqual({ provinceValue: 279, unitsSum: 276.5, difference: 2.5 });

  const again = await leader.get(path, { headers: { "if-none-match": answer.headers()["etag"] } });
  expect(again.status()).toBe(304);

  const list = await (await leader.get(`/api/v1/reports/${YEAR}/9T/units`)).json();
  expect(list.indicators).toContainEqual({
    code: CODE,
    name: "Giải ngân vốn đầu tư công (kiểm thử)",
    unit: "tỷ đồng",
    unitKind: "district",
  });

  const unknown = await leader.get(`/api/v1/reports/${YEAR}/9T/units?indicator=hzu.khong_co`);
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error).toContain("không do các địa phương báo cáo");
  const share = await leader.get(`/api/v1/reports/${YEAR}/9T/units?indicator=${CODE}@hzu.a`);
  expect(share.status()).toBe(422);
  expect((await share.json()).error).toContain("Mã chỉ tiêu");

  const officer = await apiSession(baseURL!, "sct.canbo");
  expect((await officer.get(path)).status()).toBe(403);
  const anonymous = await apiSession(baseURL!, null);
  expect((await anonymous.get(path)).status()).toBe(401);
});
