import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { login } from "./fixtures";
import { apiSession, e2eDatabase, ensureTestDepartment, submissionState } from "./hardening-fixtures";

/**
 * Issue 16, points 1 and 3: the review grid shows each month's real state with overdue beside
 * it, filters by state and approves several months at once after one confirmation; every
 * workflow action asks first, naming the month and department, and says what comes next in a
 * toast that stays. Departments of its own (rvwa, rvwb: the grid; rvwc: the month's cycle).
 */

const YEAR = 2024;

/** Puts a test department's month in a state, at a version other than the first (the grid must send what it read). */
function setMonth(code: string, month: number, state: string, reason: string | null = null) {
  const db = e2eDatabase();
  try {
    const { id } = db.prepare("select id from departments where code = ?").get(code) as { id: number };
    db.prepare(
      `insert into submissions (department_id, year, month, state, return_reason, version) values (?, ?, ?, ?, ?, 3)
       on conflict (department_id, year, month) do update set state = excluded.state, return_reason = excluded.return_reason, version = 3`,
    ).run(id, YEAR, month, state, reason);
  } finally {
    db.close();
  }
}

const stateOf = (code: string, month: number) => submissionState(code, YEAR, month);

async function as(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, username);
  return page;
}

async function noAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(blocking.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`)).toEqual([]);
}

test.describe("[REVIEW] the review grid", () => {
  test.beforeAll(() => {
    ensureTestDepartment("rvwa");
    ensureTestDepartment("rvwb");
    setMonth("rvwa", 10, "submitted");
    setMonth("rvwa", 11, "submitted");
    setMonth("rvwb", 11, "submitted");
    setMonth("rvwb", 12, "returned", "Thiếu số liệu tháng 12");
  });

  test("a returned month reads 'Bị trả lại' with 'Quá hạn' beside it, never instead of it", async ({ browser }) => {
    const planner = await as(browser, "tonghop");
    await planner.goto(`/review?year=${YEAR}`);
    // the demo's Sở LĐ-TB&XH, returned in December 2024 (issue 16) and the spec's own returned month
    for (const key of ["sldtbxh:12", "rvwb:12"]) {
      const cell = planner.locator(`td[data-cell="${key}"]`);
      await expect(cell).toHaveAttribute("data-state", "returned");
      await expect(cell.getByRole("link")).toHaveText("Bị trả lại");
      await expect(cell).toContainText("Quá hạn");
    }
    await expect(planner.locator('td[data-cell="rvwa:10"]')).toHaveAttribute("data-state", "submitted");
    await expect(planner.locator('td[data-cell="rvwa:10"]')).not.toContainText("Quá hạn");
    await expect(planner.locator('td[data-cell="rvwa:1"]')).toHaveAttribute("data-state", "none");
    await expect(planner.locator('td[data-cell="rvwa:1"]')).toContainText("Chưa nhập");
    await expect(
      planner.getByRole("link", { name: "Đơn vị kiểm thử rvwb, tháng 12: Bị trả lại, quá hạn" }),
    ).toBeVisible();
  });

  test("the state filter is a link: only the departments with such a month, other months dimmed", async ({
    browser,
  }) => {
    const planner = await as(browser, "tonghop");
    await planner.goto(`/review?year=${YEAR}`);
    const filters = planner.getByRole("navigation", { name: "Lọc theo trạng thái" });
    await filters.getByRole("link", { name: /^Bị trả lại \(\d+\)$/ }).click();
    await expect(planner).toHaveURL(/state=returned/);
    await expect(filters.getByRole("link", { name: /^Bị trả lại/ })).toHaveAttribute("aria-current", "page");
    await expect(planner.getByRole("rowheader", { name: "Đơn vị kiểm thử rvwb" })).toBeVisible();
    await expect(planner.getByRole("rowheader", { name: "Đơn vị kiểm thử rvwa" })).toHaveCount(0);
    for (const row of await planner.locator("tbody tr[data-unit]").all())
      await expect(row.locator('td[data-state="returned"]')).not.toHaveCount(0);
    await expect(planner.locator('td[data-cell="rvwb:11"]')).toHaveAttribute("data-dimmed", "true");

    // the address alone gives the same view (linkable), and overdue is a filter of its own
    await planner.goto(`/review?year=${YEAR}&state=submitted`);
    await expect(planner.getByRole("rowheader", { name: "Đơn vị kiểm thử rvwa" })).toBeVisible();
    await expect(planner.locator('td[data-cell="rvwb:12"]')).toHaveAttribute("data-dimmed", "true");
    await noAxeViolations(planner); // the months outside the filter stay readable
    await planner.goto(`/review?year=${YEAR}&state=overdue`);
    await expect(planner.locator('td[data-cell="rvwb:12"]')).not.toHaveAttribute("data-dimmed");
    await expect(planner.locator('td[data-cell="rvwa:10"]')).toHaveAttribute("data-dimmed", "true");
  });

  test("bulk approve: three submitted months chosen by keyboard and mouse, one confirmation naming them, all approved", async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const planner = await as(browser, "tonghop");
    await planner.setViewportSize({ width: 1366, height: 900 });
    await planner.goto(`/review?year=${YEAR}&state=submitted`);
    await expect(planner.locator("body")).toBeVisible();
    const approveButton = planner.getByRole("button", { name: /^Duyệt \d+ báo cáo đã chọn$/ });
    await expect(approveButton).toHaveText("Duyệt 0 báo cáo đã chọn");
    await expect(approveButton).toBeDisabled();
    // by keyboard: focus the first box, Space ticks it
    const first = planner.getByRole("checkbox", { name: `Chọn báo cáo tháng 10/${YEAR} của Đơn vị kiểm thử rvwa` });
    await first.focus();
    await planner.keyboard.press("Space");
    await expect(first).toBeChecked();
    await planner.getByRole("checkbox", { name: `Chọn báo cáo tháng 11/${YEAR} của Đơn vị kiểm thử rvwa` }).check();
    await planner.getByRole("checkbox", { name: `Chọn báo cáo tháng 11/${YEAR} của Đơn vị kiểm thử rvwb` }).check();
    await expect(approveButton).toHaveText("Duyệt 3 báo cáo đã chọn");
    await planner.screenshot({ path: "test-results/review-1366.png", fullPage: true });
    await approveButton.click();

    const dialog = planner.getByRole("dialog", { name: "Duyệt 3 báo cáo?" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("list", { name: "Báo cáo sẽ duyệt" }).getByRole("listitem")).toHaveText([
      `Đơn vị kiểm thử rvwa – tháng 10/${YEAR}`,
      `Đơn vị kiểm thử rvwa – tháng 11/${YEAR}`,
      `Đơn vị kiểm thử rvwb – tháng 11/${YEAR}`,
    ]);
    await noAxeViolations(planner);
    await planner.screenshot({ path: "test-results/review-bulk-dialog-1366.png" });
    // Escape cancels: nothing approved
    await planner.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    expect(stateOf("rvwa", 10)).toBe("submitted");

    await approveButton.click();
    await dialog.getByRole("button", { name: "Xác nhận duyệt 3 báo cáo" }).click();
    const toast = planner.getByTestId("toast");
    await expect(toast).toContainText(
      `Đã duyệt 3 báo cáo: Đơn vị kiểm thử rvwa tháng 10/${YEAR}; Đơn vị kiểm thử rvwa tháng 11/${YEAR}; Đơn vị kiểm thử rvwb tháng 11/${YEAR}.`,
    );
    await expect(toast).toHaveAttribute("role", "status");
    expect([stateOf("rvwa", 10), stateOf("rvwa", 11), stateOf("rvwb", 11)]).toEqual([
      "approved",
      "approved",
      "approved",
    ]);
    // the toast stays through a reload, until it is closed
    await planner.goto(`/review?year=${YEAR}`);
    await expect(planner.locator('td[data-cell="rvwa:10"]')).toHaveAttribute("data-state", "approved");
    await expect(toast).toContainText("Đã duyệt 3 báo cáo");
    await toast.getByRole("button", { name: "Đóng thông báo" }).click();
    await expect(toast).toHaveText("");

    await planner.setViewportSize({ width: 375, height: 800 });
    await planner.goto(`/review?year=${YEAR}`);
    await planner.screenshot({ path: "test-results/review-375.png" });
    expect(await planner.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  test("a batch with one month changed since it was read approves none and names it", async ({ browser }) => {
    setMonth("rvwa", 9, "submitted");
    setMonth("rvwb", 9, "submitted");
    const planner = await as(browser, "tonghop");
    await planner.goto(`/review?year=${YEAR}&state=submitted`);
    await planner.getByRole("checkbox", { name: `Chọn báo cáo tháng 9/${YEAR} của Đơn vị kiểm thử rvwa` }).check();
    await planner.getByRole("checkbox", { name: `Chọn báo cáo tháng 9/${YEAR} của Đơn vị kiểm thử rvwb` }).check();
    // someone returns rvwb's September meanwhile (a new version)
    const db = e2eDatabase();
    db.prepare(
      "update submissions set state = 'returned', version = version + 1 where year = ? and month = 9 and department_id = (select id from departments where code = 'rvwb')",
    ).run(YEAR);
    db.close();
    await planner.getByRole("button", { name: "Duyệt 2 báo cáo đã chọn" }).click();
    const dialog = planner.getByRole("dialog", { name: "Duyệt 2 báo cáo?" });
    await dialog.getByRole("button", { name: "Xác nhận duyệt 2 báo cáo" }).click();
    await expect(dialog.getByRole("alert")).toContainText(`Đơn vị kiểm thử rvwb, tháng 9/${YEAR}`);
    await expect(dialog.getByRole("alert")).toContainText("Chưa báo cáo nào được duyệt");
    expect([stateOf("rvwa", 9), stateOf("rvwb", 9)]).toEqual(["submitted", "returned"]);
  });

  test("bulk approve through the API: the wrong roles are refused and change nothing", async ({ baseURL }) => {
    setMonth("rvwa", 8, "submitted");
    const body = { submissions: [{ department: "rvwa", year: YEAR, month: 8, version: 3 }] };
    for (const [who, status] of [
      [null, 401],
      ["rvwa.canbo", 403],
      ["rvwa.lanhdao", 403],
      ["lanhdao", 403],
    ] as const) {
      const api = await apiSession(baseURL!, who);
      const answer = await api.post("/api/v1/submissions/bulk-approve", { data: body });
      expect(answer.status(), `${who}`).toBe(status);
      await api.dispose();
    }
    expect(stateOf("rvwa", 8)).toBe("submitted");
    const planner = await apiSession(baseURL!, "tonghop");
    const stale = await planner.post("/api/v1/submissions/bulk-approve", {
      data: { submissions: [{ ...body.submissions[0], version: 2 }] },
    });
    expect(stale.status()).toBe(409);
    expect((await stale.json()).error).toContain(`Đơn vị kiểm thử rvwa, tháng 8/${YEAR}`);
    const ok = await planner.post("/api/v1/submissions/bulk-approve", { data: body });
    expect(ok.status()).toBe(200);
    expect(await ok.json()).toEqual({
      approved: [{ department: "rvwa", year: YEAR, month: 8, state: "approved", version: 4 }],
    });
    await planner.dispose();
  });
});

test.describe("[ENTRIES] confirmations, next steps and the head's notification", () => {
  const MONTH = `/entry/rvwc/${YEAR}/12`;
  let indicator = "";

  test.beforeAll(() => {
    indicator = ensureTestDepartment("rvwc").indicator;
    setMonth("rvwc", 12, "draft");
  });

  test("officer saves and marks the month entered, the head is notified, submits after a confirmation; return and reopen ask too", async ({
    browser,
  }) => {
    test.setTimeout(150_000);
    const officer = await as(browser, "rvwc.canbo");
    await officer.setViewportSize({ width: 1366, height: 900 });
    await officer.goto(MONTH);
    await expect(officer.locator('form[data-ready="true"]')).toBeVisible();
    const due = /Hạn gửi (\d\d\/\d\d\/\d{4})/.exec(await officer.locator("main").innerText())![1];
    await officer.locator(`input[id="value-${indicator}-T12"]`).fill("12,5");
    await officer.getByRole("button", { name: "Lưu", exact: true }).click();
    const toast = officer.getByTestId("toast");
    // December 2024 is long past its due date: the head must send it now
    await expect(toast).toContainText(`Đã lưu. Lãnh đạo sở cần gửi báo cáo ngay (đã quá hạn ${due}).`);
    await officer.reload();
    await expect(toast).toContainText("Đã lưu. Lãnh đạo sở cần gửi báo cáo");
    await officer.getByRole("button", { name: "Báo lãnh đạo sở: đã nhập xong" }).click();
    await expect(toast).toContainText(`Đã báo lãnh đạo sở: số liệu tháng 12/${YEAR} đã nhập xong.`);
    await expect(officer.getByTestId("ready-at")).toContainText("Cán bộ đã báo nhập xong lúc");
    await officer.screenshot({ path: "test-results/month-officer-1366.png" });

    // the head hears of it, then submits after a confirmation naming the month and department
    const head = await as(browser, "rvwc.lanhdao");
    await head.goto("/notifications");
    await expect(head.locator('[data-kind="ready"]')).toContainText(
      `Số liệu tháng 12/${YEAR} đã nhập xong, chờ gửi báo cáo (hạn ${due})`,
    );
    await head.locator('[data-kind="ready"]').getByRole("link").click();
    await expect(head).toHaveURL(new RegExp(`${MONTH}$`));
    await expect(head.locator('form[data-ready="true"]')).toBeVisible();
    await expect(head.getByTestId("ready-at")).toContainText("Cán bộ đã báo nhập xong lúc");
    await head.getByRole("button", { name: "Gửi báo cáo", exact: true }).click();
    const submit = head.getByRole("dialog", { name: `Gửi báo cáo tháng 12/${YEAR} của Đơn vị kiểm thử rvwc?` });
    await expect(submit).toBeVisible();
    await noAxeViolations(head);
    await head.screenshot({ path: "test-results/month-submit-dialog-1366.png" });
    await submit.getByRole("button", { name: "Hủy" }).click();
    await expect(submit).toBeHidden();
    await expect(head.getByTestId("submission-state")).toHaveText("Đang nhập");
    await head.getByRole("button", { name: "Gửi báo cáo", exact: true }).click();
    await submit.getByRole("button", { name: "Xác nhận gửi báo cáo" }).click();
    await expect(head.getByTestId("submission-state")).toHaveText("Đã gửi");
    const headToast = head.getByTestId("toast");
    await expect(headToast).toContainText(
      `Đã gửi báo cáo tháng 12/${YEAR} của Đơn vị kiểm thử rvwc. Chuyên viên tổng hợp sẽ xem xét, duyệt hoặc trả lại.`,
    );
    await head.reload();
    await expect(headToast).toContainText(`Đã gửi báo cáo tháng 12/${YEAR}`);
    await head.goto("/notifications");
    await expect(head.locator('[data-kind="ready"]')).toHaveCount(0);

    // the planner returns it (a reason asked inside the confirmation), approves it after the resubmission, reopens it
    const planner = await as(browser, "tonghop");
    await planner.setViewportSize({ width: 375, height: 800 });
    await planner.goto(MONTH);
    await expect(planner.locator('form[data-ready="true"]')).toBeVisible();
    await expect(planner.getByRole("button", { name: "Duyệt", exact: true })).toHaveClass(/bg-emerald-700/);
    await expect(planner.getByRole("button", { name: "Trả lại", exact: true })).toHaveClass(/bg-red-700/);
    await planner.getByRole("button", { name: "Trả lại", exact: true }).click();
    const giveBack = planner.getByRole("dialog", {
      name: `Trả lại báo cáo tháng 12/${YEAR} của Đơn vị kiểm thử rvwc?`,
    });
    await expect(giveBack.getByLabel("Lý do trả lại")).toBeFocused();
    await planner.screenshot({ path: "test-results/month-return-dialog-375.png" });
    await giveBack.getByRole("button", { name: "Xác nhận trả lại" }).click();
    await expect(giveBack.getByRole("alert")).toHaveText("Vui lòng nhập lý do");
    await giveBack.getByLabel("Lý do trả lại").fill("Bổ sung giải trình");
    await giveBack.getByRole("button", { name: "Xác nhận trả lại" }).click();
    await expect(planner.getByTestId("submission-state")).toHaveText("Bị trả lại");
    await expect(planner.getByTestId("toast")).toContainText(
      `Đã trả lại báo cáo tháng 12/${YEAR} của Đơn vị kiểm thử rvwc.`,
    );
    expect(await planner.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    await head.goto(MONTH);
    await expect(head.locator('form[data-ready="true"]')).toBeVisible();
    await head.getByRole("button", { name: "Gửi báo cáo", exact: true }).click();
    await submit.getByRole("button", { name: "Xác nhận gửi báo cáo" }).click();
    await expect(head.getByTestId("submission-state")).toHaveText("Đã gửi");

    await planner.setViewportSize({ width: 1366, height: 900 });
    await planner.goto(MONTH);
    await expect(planner.locator('form[data-ready="true"]')).toBeVisible();
    await planner.getByRole("button", { name: "Duyệt", exact: true }).click();
    const approve = planner.getByRole("dialog", { name: `Duyệt báo cáo tháng 12/${YEAR} của Đơn vị kiểm thử rvwc?` });
    await approve.getByRole("button", { name: "Xác nhận duyệt" }).click();
    await expect(planner.getByTestId("submission-state")).toHaveText("Đã duyệt");
    await expect(planner.getByTestId("toast")).toContainText(
      `Đã duyệt báo cáo tháng 12/${YEAR} của Đơn vị kiểm thử rvwc.`,
    );
    await planner.getByRole("button", { name: "Mở lại", exact: true }).click();
    const reopen = planner.getByRole("dialog", { name: `Mở lại báo cáo tháng 12/${YEAR} của Đơn vị kiểm thử rvwc?` });
    await reopen.getByLabel("Lý do mở lại").fill("Điều chỉnh số liệu chính thức");
    await reopen.getByRole("button", { name: "Xác nhận mở lại" }).click();
    await expect(planner.getByTestId("submission-state")).toHaveText("Bị trả lại");
    await expect(planner.getByTestId("toast")).toContainText(`Đã mở lại báo cáo tháng 12/${YEAR}`);
    await planner.screenshot({ path: "test-results/month-planner-1366.png", fullPage: true });

    await officer.setViewportSize({ width: 375, height: 800 });
    await officer.goto(MONTH);
    await expect(officer.locator('form[data-ready="true"]')).toBeVisible();
    await officer.screenshot({ path: "test-results/month-officer-375.png", fullPage: true });
  });

  test("the draft editor's 'Đã lưu phiên bản N' is seen after the page moves to the saved version", async ({
    browser,
  }) => {
    const planner = await as(browser, "tonghop");
    await planner.goto("/draft/2022/9T");
    await expect(planner.getByTestId("draft-editor")).toHaveAttribute("data-ready", "true");
    await planner.getByRole("button", { name: "Lưu phiên bản" }).click();
    await expect(planner).toHaveURL(/\/draft\/2022\/9T\?version=\d+/);
    await expect(planner.getByTestId("toast")).toContainText(/Đã lưu phiên bản \d+ của dự thảo\./);
  });
});
