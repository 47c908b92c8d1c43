import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { login } from "./fixtures";

/**
 * Visual polish (issue 16, point 8): status pills on one line, at-risk reasons aligned with
 * the name they explain, chart legends that pass axe's contrast check, disabled inputs that
 * look disabled, and the indicator page's long tables folded.
 */
const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1366, height: 768 };

async function axeBlocking(page: Page, rules?: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
  const results = await (rules ? builder.withRules(rules) : builder).analyze();
  return results.violations
    .filter((v) => rules || v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(" | ")}`,
    );
}

/** Pills taller than one line of their text (plus their padding): wrapped. */
async function wrappedPills(page: Page): Promise<string[]> {
  return page.locator("[data-pace]").evaluateAll((pills) =>
    pills
      .filter((e) => (e as HTMLElement).offsetParent !== null)
      .filter((e) => {
        const style = getComputedStyle(e);
        const oneLine = parseFloat(style.lineHeight) + parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
        return e.getBoundingClientRect().height > oneLine + 1;
      })
      .map((e) => e.textContent ?? ""),
  );
}

test.describe("[POLISH] the dashboard", () => {
  for (const viewport of [PHONE, DESKTOP]) {
    test(`at ${viewport.width} px: pills on one line, reasons aligned with their names, legends readable`, async ({
      page,
    }, testInfo) => {
      test.setTimeout(120_000);
      await page.setViewportSize(viewport);
      await login(page, "lanhdao");
      await page.goto("/dashboard?year=2024&period=9T");
      await expect(page.locator("[data-headline]").first()).toBeVisible();
      // the demo's 9 months of 2024 have an indicator at risk (GRDP): its pill reads on one line
      await expect(page.locator('[data-pace="at_risk"]').first()).toHaveText("Nguy cơ không đạt");
      expect(await wrappedPills(page)).toEqual([]);

      const risks = page.locator("[data-risk]");
      await expect(risks.first()).toBeVisible();
      for (const risk of await risks.all()) {
        const badge = (await risk.locator("[data-pace]").boundingBox())!;
        const name = (await risk.getByRole("link").boundingBox())!;
        const reason = (await risk.locator("[data-risk-reason]").boundingBox())!;
        expect(Math.abs(reason.x - name.x), "the reason starts where its name starts").toBeLessThanOrEqual(1);
        expect(reason.y).toBeGreaterThanOrEqual(name.y + name.height - 1);
        if (viewport === DESKTOP)
          expect(name.x, "the text in a column of its own").toBeGreaterThan(badge.x + badge.width);
      }

      await expect(page.locator(".recharts-legend-item-text").first()).toBeVisible();
      await page.getByRole("heading", { name: "Chỉ tiêu cần chú ý" }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: testInfo.outputPath(`dashboard-risks-${viewport.width}.png`) });
      await page.locator(".recharts-legend-item-text").first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: testInfo.outputPath(`dashboard-charts-${viewport.width}.png`) });
      expect(await axeBlocking(page, ["color-contrast"]), "every legend, every text passes contrast").toEqual([]);
    });
  }
});

test("[POLISH] a locked month's inputs look disabled: muted field, not-allowed cursor", async ({ page }, testInfo) => {
  await page.setViewportSize(DESKTOP);
  await login(page, "vpubnd.canbo");
  // December 2024 is being entered at vpubnd (README), November approved and locked
  await page.goto("/entry/vpubnd/2024/12");
  await expect(page.locator('form[data-ready="true"]')).toBeVisible();
  const open = page.locator("input[id^='value-']").first();
  await expect(open).toBeEnabled();
  const enabled = await open.evaluate((e) => ({
    bg: getComputedStyle(e).backgroundColor,
    cursor: getComputedStyle(e).cursor,
  }));

  await page.goto("/entry/vpubnd/2024/11");
  await expect(page.getByTestId("locked-notice")).toBeVisible();
  const locked = page.locator("input[id^='value-']").first();
  await expect(locked).toBeDisabled();
  for (const control of [
    locked,
    page.getByLabel(/^Tình trạng số liệu: /).first(),
    page.getByLabel("Kết quả nổi bật"),
  ]) {
    await expect(control).toBeDisabled();
    const style = await control.evaluate((e) => ({
      bg: getComputedStyle(e).backgroundColor,
      cursor: getComputedStyle(e).cursor,
    }));
    expect(style.cursor).toBe("not-allowed");
    expect(style.bg, "a disabled field is not white like an open one").not.toBe(enabled.bg);
  }
  expect(enabled.cursor).not.toBe("not-allowed");
  await page.screenshot({ path: testInfo.outputPath("entry-locked-1366.png") });
});

test("[POLISH] the indicator page folds its stored entries and its history; the fold opens and closes", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await login(page, "lanhdao");
  await page.goto("/indicators/knxnk?year=2024&period=9T");
  const entries = page.locator("tr[data-entry]");
  const total = await entries.count();
  expect(total).toBeGreaterThan(6);
  await expect(entries.filter({ visible: true })).toHaveCount(6);
  const more = page.getByRole("button", { name: `Xem thêm ${total - 6} số liệu gốc và ghi chú` });
  await expect(more).toHaveAttribute("aria-expanded", "false");
  await more.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath("indicator-folded-1366.png") });
  await more.click();
  await expect(entries.filter({ visible: true })).toHaveCount(total);
  const less = page.getByRole("button", { name: "Thu gọn" });
  await expect(less).toHaveAttribute("aria-expanded", "true");
  await less.click();
  await expect(entries.filter({ visible: true })).toHaveCount(6);

  const history = page.getByRole("list", { name: "Lịch sử thay đổi" });
  const changes = await history.locator("li").count();
  expect(changes).toBeGreaterThan(5);
  await expect(history.getByRole("listitem")).toHaveCount(5);
  await page.getByRole("button", { name: `Xem thêm ${changes - 5} thay đổi trước đó` }).click();
  await expect(history.getByRole("listitem")).toHaveCount(changes);
  expect(await axeBlocking(page)).toEqual([]);

  await page.setViewportSize(PHONE);
  await page.reload();
  await expect(entries.filter({ visible: true })).toHaveCount(6);
  const card = (await entries.first().boundingBox())!;
  expect(card.x + card.width, "a stored entry is a card on the phone").toBeLessThanOrEqual(PHONE.width);
  const note = (await entries.first().locator('[data-label="Ghi chú"]').boundingBox())!;
  expect(note.width, "…its note across the card, not a column of words").toBeGreaterThan(250);
  await entries.first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath("indicator-entries-375.png") });
  expect(await axeBlocking(page)).toEqual([]);
});
