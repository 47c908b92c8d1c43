import { expect, test } from "@playwright/test";
import { login } from "./fixtures";

const BASE = "/api/v1/submissions/vpubnd/2024/12";

test.describe("[ENTRIES API] rules of the values API", () => {
  test("stores a month's values and returns what was stored; history is kept", async ({ page }) => {
    await login(page, "vpubnd.canbo");
    const before = await (await page.request.get(BASE)).json();
    const current = before.values.find(
      (v: { indicator: string; period: string }) => v.indicator === "an.xu_phat_vu" && v.period === "T12",
    );
    const response = await page.request.put(`${BASE}/values`, {
      data: {
        values: [
          {
            indicator: "an.xu_phat_vu",
            value: "1.234",
            status: "preliminary",
            note: "Số liệu sơ bộ",
            version: current.version,
          },
        ],
      },
    });
    expect(response.status()).toBe(200);
    const stored = (await response.json()).values[0];
    expect(stored).toMatchObject({
      indicator: "an.xu_phat_vu",
      period: "T12",
      value: 1234,
      status: "preliminary",
      version: current.version + 1,
    });
    const after = await (await page.request.get(BASE)).json();
    const row = after.values.find(
      (v: { indicator: string; period: string }) => v.indicator === "an.xu_phat_vu" && v.period === "T12",
    );
    expect(row.history.map((h: { value: number }) => h.value)).toEqual([1234, current.value]);
  });

  test("a bad item refuses the whole request with an error per item, nothing stored", async ({ page }) => {
    await login(page, "vpubnd.canbo");
    const before = await (await page.request.get(BASE)).json();
    const response = await page.request.put(`${BASE}/values`, {
      data: {
        values: [
          { indicator: "an.buon_lau", value: 999 },
          { indicator: "an.khoi_to_vu", value: "12,34.5" },
          { indicator: "khong.ton.tai", value: 1 },
        ],
      },
    });
    expect(response.status()).toBe(422);
    const body = await response.json();
    expect(body.errors["values.1.value"]).toContain("không");
    const unknown = await page.request.put(`${BASE}/values`, {
      data: {
        values: [
          { indicator: "an.buon_lau", value: 999 },
          { indicator: "khong.ton.tai", value: 1 },
        ],
      },
    });
    expect(unknown.status()).toBe(422);
    expect((await unknown.json()).errors["values.1.indicator"]).toContain("khong.ton.tai");
    const after = await (await page.request.get(BASE)).json();
    expect(after.values).toEqual(before.values);
  });

  test("wrong types, extra fields, bad JSON and oversized bodies get clear errors", async ({ page }) => {
    await login(page, "vpubnd.canbo");
    expect(
      (
        await page.request.put(`${BASE}/values`, { data: { values: [{ indicator: "an.buon_lau", value: true }] } })
      ).status(),
    ).toBe(422);
    expect(
      (
        await page.request.put(`${BASE}/values`, {
          data: { values: [{ indicator: "an.buon_lau", value: 1, extra: 1 }] },
        })
      ).status(),
    ).toBe(422);
    expect(
      (
        await page.request.put(`${BASE}/values`, { data: { values: [{ indicator: "an.buon_lau", value: 1e308 }] } })
      ).status(),
    ).toBe(422);
    const badJson = await page.request.put(`${BASE}/values`, {
      headers: { "content-type": "application/json" },
      data: Buffer.from("{not json"),
    });
    expect(badJson.status()).toBe(400);
    const huge = await page.request.put(`${BASE}/values`, {
      data: { values: [{ indicator: "an.buon_lau", value: 1, note: "x".repeat(1_100_000) }] },
    });
    expect(huge.status()).toBe(413);
  });

  test("two people saving the same value: the second gets a conflict with the other's value", async ({
    page,
    browser,
  }) => {
    await login(page, "vpubnd.canbo");
    const other = await browser.newPage();
    await login(other, "vpubnd.lanhdao");
    const state = await (await page.request.get(BASE)).json();
    const row = state.values.find(
      (v: { indicator: string; period: string }) => v.indicator === "an.buon_lau" && v.period === "T12",
    );
    const first = await other.request.put(`${BASE}/values`, {
      data: { values: [{ indicator: "an.buon_lau", value: 4100, status: "estimate", version: row.version }] },
    });
    expect(first.status()).toBe(200);
    const second = await page.request.put(`${BASE}/values`, {
      data: { values: [{ indicator: "an.buon_lau", value: 4200, status: "estimate", version: row.version }] },
    });
    expect(second.status()).toBe(409);
    const conflict = await second.json();
    expect(conflict.conflicts[0]).toMatchObject({ indicator: "an.buon_lau", currentValue: 4100 });
    const now = await (await page.request.get(BASE)).json();
    expect(
      now.values.find((v: { indicator: string; period: string }) => v.indicator === "an.buon_lau" && v.period === "T12")
        .value,
    ).toBe(4100);
  });

  test("refusals: another department 403, an officer submitting 403, a submitted month 409", async ({
    page,
    browser,
  }) => {
    await login(page, "vpubnd.canbo");
    expect(
      (
        await page.request.put("/api/v1/submissions/sct/2024/12/values", {
          data: { values: [{ indicator: "ccn", value: 1 }] },
        })
      ).status(),
    ).toBe(403);
    expect((await page.request.post(`${BASE}/submit`, { data: {} })).status()).toBe(403);
    expect((await page.request.post(`${BASE}/approve`, { data: {} })).status()).toBe(403);
    const sct = await browser.newPage();
    await login(sct, "sct.canbo");
    const locked = await sct.request.put("/api/v1/submissions/sct/2024/12/values", {
      data: { values: [{ indicator: "ccn", value: 1 }] },
    });
    expect(locked.status()).toBe(409);
    expect((await locked.json()).error).toContain("chờ duyệt");
    const closedYear = await sct.request.put("/api/v1/submissions/sct/2023/5/values", {
      data: { values: [{ indicator: "ccn", value: 1 }] },
    });
    expect(closedYear.status()).toBe(409);
  });

  test("a planner reopens an approved month with a reason; the department can edit it again", async ({
    page,
    browser,
  }) => {
    await login(page, "tonghop");
    expect((await page.request.post("/api/v1/submissions/snn/2024/11/reopen", { data: {} })).status()).toBe(422);
    const reopened = await page.request.post("/api/v1/submissions/snn/2024/11/reopen", {
      data: { reason: "Cục Thống kê công bố số chính thức tháng 11" },
    });
    expect(reopened.status()).toBe(200);
    expect((await reopened.json()).state).toBe("returned");
    const officer = await browser.newPage();
    await login(officer, "snn.canbo");
    const view = await (await officer.request.get("/api/v1/submissions/snn/2024/11")).json();
    expect(view).toMatchObject({ state: "returned", returnReason: "Cục Thống kê công bố số chính thức tháng 11" });
    const row = view.values.find(
      (v: { indicator: string; period: string }) => v.indicator === "nn.trong_rung" && v.period === "T11",
    );
    const saved = await officer.request.put("/api/v1/submissions/snn/2024/11/values", {
      data: { values: [{ indicator: "nn.trong_rung", value: row.value, status: "official", version: row.version }] },
    });
    expect(saved.status()).toBe(200);
    expect((await page.request.post("/api/v1/submissions/snn/2024/11/approve", { data: {} })).status()).toBe(409);
  });

  test("a planner must give a reason to return", async ({ page }) => {
    await login(page, "tonghop");
    const response = await page.request.post("/api/v1/submissions/sct/2024/12/return", { data: { reason: "  " } });
    expect(response.status()).toBe(422);
    expect((await response.json()).error).toContain("lý do");
  });

  test("HTML in the narrative is stored as text and shown escaped", async ({ page }) => {
    await login(page, "vpubnd.canbo");
    await page.goto("/entry/vpubnd/2024/12");
    await expect(page.locator('form[data-ready="true"]')).toBeVisible();
    const script = "<script>window.__pwned = 1</script><b>đậm</b>";
    await page.getByLabel("Kết quả nổi bật").fill(script);
    await page.getByRole("button", { name: "Lưu" }).click();
    await expect(page.getByText("Đã lưu số liệu")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Kết quả nổi bật")).toHaveValue(script);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(page.locator("b", { hasText: "đậm" })).toHaveCount(0);
  });
});
