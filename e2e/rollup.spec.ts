import { expect, test } from "@playwright/test";
import { login } from "./fixtures";

const vi = (n: number, decimals: number) =>
  new Intl.NumberFormat("vi-VN", { maximumFractionDigits: decimals, useGrouping: true }).format(n);

test.describe("[ROLLUP] leadership views agree with the report API", () => {
  test("the dashboard's headline cards show the API's figures", async ({ page }) => {
    await login(page, "lanhdao");
    const api = await (await page.request.get("/api/v1/reports/2023/6T")).json();
    const knxnk = api.rows.find((r: { code: string }) => r.code === "knxnk");
    expect(knxnk.value).toBe(2285);
    expect(knxnk.pctOfPlan).toBeCloseTo(60.1, 1);
    await page.goto("/dashboard?year=2023&period=6T");
    const card = page.locator('[data-headline="knxnk"]');
    await expect(card.getByTestId("headline-value")).toContainText(vi(knxnk.value, knxnk.display.precision));
    await expect(card).toContainText(`Đạt ${vi(knxnk.pctOfPlan, knxnk.display.pctPrecision)}% kế hoạch`);
    await expect(card).toContainText("tăng 101,1% so với cùng kỳ");
    await expect(page.getByRole("list", { name: "Số chỉ tiêu theo tình trạng" })).toBeVisible();
    await expect(page.locator("figure").first()).toBeVisible();
    const atRisk = api.rows.filter((r: { pace: { status: string } }) => r.pace.status === "at_risk").length;
    if (atRisk > 0) await expect(page.locator('[data-count="at_risk"]')).toContainText(String(atRisk));
  });

  test("filters by section and department narrow the counts", async ({ page }) => {
    await login(page, "lanhdao");
    await page.goto("/dashboard?year=2024&period=9T&section=I.3.2");
    await expect(page.getByRole("heading", { name: /Tiến độ \d+ chỉ tiêu/ })).toHaveText(/Tiến độ [1-9] chỉ tiêu/);
    await page.getByLabel("Đơn vị").selectOption("chq");
    await page.getByRole("button", { name: "Xem" }).click();
    await expect(page).toHaveURL(/department=chq/);
  });

  test("the indicator page explains a figure: value, change, status, entries behind it", async ({ page }) => {
    await login(page, "lanhdao");
    const api = await (await page.request.get("/api/v1/reports/2023/6T")).json();
    const row = api.rows.find((r: { code: string }) => r.code === "knxnk");
    await page.goto("/indicators/knxnk?year=2023&period=6T");
    await expect(page.getByTestId("indicator-value")).toHaveText(`${vi(row.value, row.display.precision)} triệu USD`);
    await expect(page.getByTestId("last-year-value")).toHaveText(vi(row.lastYearValue, row.display.precision));
    await expect(page.getByTestId("change")).toHaveText(`+${vi(row.changePct, row.display.changePrecision)}%`);
    await expect(page.getByTestId("pace-reason")).toHaveText(row.pace.reason);
    await expect(page.locator('[data-entry="2023:T06"] td').nth(3)).toHaveText("Ước"); // the status label the entry form uses too
    await expect(page.locator('[data-month="6"]')).toBeVisible();
  });

  test("the indicator page's history says who changed a figure, from what to what", async ({ browser }) => {
    const officer = await browser.newPage();
    await login(officer, "vpubnd.canbo");
    const month = "/api/v1/submissions/vpubnd/2024/12";
    const current = (await (await officer.request.get(month)).json()).values.find(
      (v: { indicator: string; period: string }) => v.indicator === "an.buon_lau" && v.period === "T12",
    );
    const next = current.value + 7;
    const saved = await officer.request.put(`${month}/values`, {
      data: { values: [{ indicator: "an.buon_lau", value: next, status: "estimate", version: current.version }] },
    });
    expect(saved.status()).toBe(200);
    const leader = await browser.newPage();
    await login(leader, "lanhdao");
    await leader.goto("/indicators/an.buon_lau?year=2024&period=N");
    const latest = leader.getByRole("list", { name: "Lịch sử thay đổi" }).getByRole("listitem").first();
    await expect(latest).toHaveAttribute("data-history-period", "T12-2024");
    await expect(latest).toContainText(`${vi(current.value, 4)} → ${vi(next, 4)}`);
    await expect(latest).toContainText("Cán bộ");
  });

  test("the summary table: figures, sorting, diacritics-free filter, print", async ({ page }) => {
    await login(page, "lanhdao");
    const api = await (await page.request.get("/api/v1/reports/2024/9T")).json();
    await page.goto("/summary?year=2024&period=9T");
    for (const code of ["ban_le", "thu_ns", "dn.moi"]) {
      const row = api.rows.find((r: { code: string }) => r.code === code);
      const tr = page.locator(`tr[data-code="${code}"]`);
      await expect(tr.locator('[data-col="value"]')).toContainText(vi(row.value, row.display.precision));
      await expect(tr.locator('[data-col="pct"]')).toHaveText(vi(row.pctOfPlan, row.display.pctPrecision));
    }
    await page.getByLabel(/Lọc chỉ tiêu/).fill("kim ngach");
    const names = await page.locator("tbody tr td:nth-child(2)").allTextContents();
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => /kim ngạch/i.test(n))).toBe(true);
    await page.getByLabel(/Lọc chỉ tiêu/).fill("");
    await page.getByRole("button", { name: /% kế hoạch/ }).click();
    const pcts = (await page.locator('tbody [data-col="pct"]').allTextContents())
      .filter((t) => t !== "—")
      .map((t) => Number(t.replace(/\./g, "").replace(",", ".")));
    expect(pcts).toEqual([...pcts].sort((a, b) => b - a));
    await expect(page.getByRole("button", { name: "In biểu" })).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("banner")).toBeHidden();
  });

  test("the counting switch: approved only leaves out December's submitted figures", async ({ page }) => {
    await login(page, "tonghop");
    const submitted = await (await page.request.get("/api/v1/reports/2024/N")).json();
    const approved = await (await page.request.get("/api/v1/reports/2024/N?counting=approved")).json();
    const pick = (body: { rows: { code: string; value: number | null; missingMonths: number[] }[] }) =>
      body.rows.find((r) => r.code === "knxnk")!;
    expect(pick(submitted).value).not.toBeNull();
    expect(pick(approved).value).toBeNull();
    expect(pick(approved).missingMonths).toEqual([12]);
    await page.goto("/summary?year=2024&period=N&counting=approved");
    await expect(page.locator('tr[data-code="knxnk"] [data-col="value"]')).toHaveText("—");
    expect((await page.request.get("/api/v1/reports/2024/N?counting=bogus")).status()).toBe(422);
  });

  test("search finds indicators without diacritics", async ({ page }) => {
    await login(page, "lanhdao");
    await page.goto("/indicators?year=2023");
    await page.getByRole("searchbox").fill("kim ngach");
    await page.getByRole("button", { name: "Tìm" }).click();
    const rows = page.locator("tbody tr[data-indicator]");
    await expect(rows.first()).toContainText(/kim ngạch/i);
    for (const text of await rows.allTextContents()) expect(text.toLowerCase()).toContain("kim ngạch");
  });

  test("at phone width the dashboard stacks and stays usable", async ({ browser }) => {
    const phone = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await login(phone, "lanhdao");
    await phone.goto("/dashboard?year=2023&period=6T");
    await expect(phone.locator('[data-headline="knxnk"]')).toBeVisible();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
  });

  test("an officer's report API is limited to its department", async ({ page }) => {
    await login(page, "chq.canbo");
    const body = await (await page.request.get("/api/v1/reports/2023/6T")).json();
    expect(body.rows.length).toBeGreaterThan(0);
    expect(body.rows.every((r: { department: string }) => r.department === "chq")).toBe(true);
  });
});
