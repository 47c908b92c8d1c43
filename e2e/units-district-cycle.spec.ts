import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { formatViNumber } from "../lib/numbers/vi-format";
import { login } from "./fixtures";
import { e2eDatabase, submissionState } from "./hardening-fixtures";

/**
 * Issue 17: a district reports like a department. Huyện Hữu Lũng is still preparing December
 * 2024 in the demo (db/seed/load-demo.ts DEMO_DRAFT_UNITS): its officer enters its shares of the
 * three indicators every district reports, its head submits, the planner approves in the review
 * grid; the province's figures stay the province's (the districts' figures sum to them), the
 * district sees only its own shares, and never another district's month.
 */

const YEAR = 2024;
const DISTRICT = "h.huu_lung";
const NAME = "Huyện Hữu Lũng";
const MONTH = `/entry/${DISTRICT}/${YEAR}/12`;
const SHARES = ["dtc.giai_ngan", "nn.xa_ntm", "thu_ns"].map((code) => `${code}@${DISTRICT}`);

interface StoredValue {
  code: string;
  value: number;
  status: string;
  version: number;
}

/** The district's December values as stored (scaled × 10 000). */
function storedValues(): StoredValue[] {
  const db = e2eDatabase();
  try {
    return db
      .prepare(
        `select i.code, v.value, v.status, v.version from indicator_values v join indicators i on i.id = v.indicator_id
         where i.code in (${SHARES.map(() => "?").join(", ")}) and v.year = ? and v.period = 'T12' order by i.code`,
      )
      .all(...SHARES, YEAR) as StoredValue[];
  } finally {
    db.close();
  }
}

/** The sum of every district's share of an indicator for a period, and the province's own figure (scaled). */
function sumAndProvince(code: string, period: string): { sum: number; province: number; districts: number } {
  const db = e2eDatabase();
  try {
    const shares = db
      .prepare(
        `select coalesce(sum(v.value), 0) as sum, count(*) as districts from indicator_values v
         join indicators s on s.id = v.indicator_id join indicators p on p.id = s.share_of_id
         where p.code = ? and v.year = ? and v.period = ?`,
      )
      .get(code, YEAR, period) as { sum: number; districts: number };
    const province = db
      .prepare(
        `select v.value from indicator_values v join indicators i on i.id = v.indicator_id
         where i.code = ? and v.year = ? and v.period = ?`,
      )
      .get(code, YEAR, period) as { value: number };
    return { sum: shares.sum, districts: shares.districts, province: province.value };
  } finally {
    db.close();
  }
}

const stateOf = (code: string, month: number) => submissionState(code, YEAR, month);

async function as(browser: Browser, username: string, width = 1366): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
  await login(page, username);
  return page;
}

async function noAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(blocking.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`)).toEqual([]);
}

test.describe("[UNITS] a district's month", () => {
  test("the officer enters the district's three figures, the head submits, the planner approves; the province figures stay whole", async ({
    browser,
  }) => {
    test.setTimeout(150_000);
    expect(stateOf(DISTRICT, 12)).toBe("draft");
    const before = storedValues();
    expect(before.map((v) => v.code)).toEqual([...SHARES].sort());

    // the district's year: only its own shares, nothing of the province's catalogue
    const officer = await as(browser, `${DISTRICT}.canbo`);
    await officer.goto(`/entry/${DISTRICT}?year=${YEAR}`);
    await expect(officer.getByRole("heading", { name: NAME })).toBeVisible();
    const rows = officer.locator("tbody tr[data-indicator]");
    await expect(rows).toHaveCount(3);
    expect((await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-indicator")))).sort()).toEqual(
      [...SHARES].sort(),
    );

    // December: every figure typed again as the district's figure, now preliminary (sơ bộ)
    await officer.goto(MONTH);
    await expect(officer.locator('form[data-ready="true"]')).toBeVisible();
    await expect(officer.getByTestId("submission-state")).toHaveText("Đang nhập");
    for (const stored of before) {
      const input = officer.locator(`input[id="value-${stored.code}-T12"]`);
      await expect(input).toBeEditable();
      await input.fill(formatViNumber(stored.value / 10_000, 4));
      await officer
        .locator(`tr[data-row="${stored.code}"][data-period="T12"]`)
        .getByRole("combobox", { name: /^Tình trạng số liệu/ })
        .selectOption("preliminary");
    }
    await officer.screenshot({ path: "test-results/units-district-month-1366.png", fullPage: true });
    await noAxeViolations(officer);
    await officer.getByRole("button", { name: "Lưu", exact: true }).click();
    // the district's head is named as such, not as a department's
    await expect(officer.getByTestId("toast")).toContainText("Đã lưu. Lãnh đạo UBND huyện cần gửi báo cáo");
    await expect(officer.getByRole("button", { name: "Báo lãnh đạo UBND huyện: đã nhập xong" })).toBeVisible();
    const saved = storedValues();
    expect(saved.map(({ code, value, status }) => ({ code, value, status }))).toEqual(
      before.map(({ code, value }) => ({ code, value, status: "preliminary" })),
    );
    saved.forEach((v, i) => expect(v.version).toBe(before[i].version + 1));

    // the same form on a phone
    const phone = await as(browser, `${DISTRICT}.canbo`, 375);
    await phone.goto(MONTH);
    await expect(phone.locator('form[data-ready="true"]')).toBeVisible();
    await phone.screenshot({ path: "test-results/units-district-month-375.png", fullPage: true });
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    // the head submits after the confirmation naming the month and the district
    const head = await as(browser, `${DISTRICT}.lanhdao`);
    await head.goto(MONTH);
    await expect(head.locator('form[data-ready="true"]')).toBeVisible();
    await head.getByRole("button", { name: "Gửi báo cáo", exact: true }).click();
    const submit = head.getByRole("dialog", { name: `Gửi báo cáo tháng 12/${YEAR} của ${NAME}?` });
    await submit.getByRole("button", { name: "Xác nhận gửi báo cáo" }).click();
    await expect(head.getByTestId("submission-state")).toHaveText("Đã gửi");
    expect(stateOf(DISTRICT, 12)).toBe("submitted");

    // the planner ticks it in the review grid and approves it
    const planner = await as(browser, "tonghop");
    await planner.goto(`/review?year=${YEAR}&state=submitted`);
    await expect(planner.getByRole("rowheader", { name: NAME })).toBeVisible();
    await planner.getByRole("checkbox", { name: `Chọn báo cáo tháng 12/${YEAR} của ${NAME}` }).check();
    await planner.getByRole("button", { name: "Duyệt 1 báo cáo đã chọn" }).click();
    const approve = planner.getByRole("dialog", { name: "Duyệt 1 báo cáo?" });
    await expect(approve.getByRole("listitem")).toHaveText([`${NAME} – tháng 12/${YEAR}`]);
    await approve.getByRole("button", { name: "Xác nhận duyệt 1 báo cáo" }).click();
    await expect(planner.getByTestId("toast")).toContainText(`Đã duyệt 1 báo cáo: ${NAME} tháng 12/${YEAR}.`);
    expect(stateOf(DISTRICT, 12)).toBe("approved");
    await planner.goto(`/review?year=${YEAR}`);
    await expect(planner.locator(`td[data-cell="${DISTRICT}:12"]`)).toHaveAttribute("data-state", "approved");

    // the province's figures: still the departments' own, and the districts' figures add up to them
    for (const code of ["dtc.giai_ngan", "nn.xa_ntm", "thu_ns"]) {
      const { sum, province, districts } = sumAndProvince(code, "T12");
      expect(districts, code).toBe(11);
      expect(sum, code).toBe(province);
    }
    const report = await planner.request.get(`/api/v1/reports/${YEAR}/T12?counting=submitted`);
    expect(report.status()).toBe(200);
    const { rows: list } = (await report.json()) as { rows: { code: string; value: number | null }[] };
    expect(list.find((r) => r.code === "dtc.giai_ngan")?.value).toBe(3760);
    expect(list.some((r) => r.code.includes("@"))).toBe(false);
    await planner.goto(`/summary?year=${YEAR}&period=T12`);
    const disbursement = planner.locator('tr[data-code="dtc.giai_ngan"]');
    await expect(disbursement).toContainText("3.760");
    await expect(planner.locator('tr[data-code*="@"]')).toHaveCount(0);

    // the district's own report: its shares only
    const own = await officer.request.get(`/api/v1/reports/${YEAR}/T12?counting=all`);
    expect(own.status()).toBe(200);
    const { rows: ownRows } = (await own.json()) as { rows: { code: string }[] };
    expect(ownRows.map((r) => r.code).sort()).toEqual([...SHARES].sort());
  });

  test("an officer of one district cannot open or write another district's month", async ({ browser }) => {
    const officer = await as(browser, `${DISTRICT}.canbo`);
    await officer.goto(`/entry/h.chi_lang/${YEAR}/12`);
    await expect(officer).toHaveURL(/\/forbidden/);
    await officer.goto("/entry/h.chi_lang");
    await expect(officer).toHaveURL(/\/forbidden/);
    expect((await officer.request.get(`/api/v1/submissions/h.chi_lang/${YEAR}/12`)).status()).toBe(403);
    const write = await officer.request.put(`/api/v1/submissions/h.chi_lang/${YEAR}/12/values`, {
      data: { values: [{ indicator: "dtc.giai_ngan@h.chi_lang", period: "T12", value: 1, status: "estimate" }] },
      headers: { origin: new URL(officer.url()).origin },
    });
    expect(write.status()).toBe(403);
    expect(stateOf("h.chi_lang", 12)).toBe("submitted");
  });
});
