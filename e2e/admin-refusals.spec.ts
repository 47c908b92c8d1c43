import { expect, test } from "@playwright/test";
import { as } from "./admin-helpers";

/** Every admin API refuses officers, department heads, planners and leaders; planners only where an admin allowed them. */
const CALLS = [
  { method: "post", path: "/api/v1/plans", data: { year: 2031, copyFrom: 2024 } },
  { method: "post", path: "/api/v1/departments", data: { code: "tu.choi", name: "Đơn vị bị từ chối" } },
  {
    method: "post",
    path: "/api/v1/indicators",
    data: { year: 2024, code: "tu.choi", name: "Bị từ chối", unit: "cái", kind: "cumulative", department: "sct" },
  },
  {
    method: "put",
    path: "/api/v1/plans/2024/targets",
    data: { targets: [{ indicator: "dn.moi", source: "hdnd", value: 1 }] },
  },
] as const;

for (const username of ["chq.canbo", "chq.lanhdao", "lanhdao", "tonghop"]) {
  test(`[ADMIN] ${username} is refused every admin API with 403 and nothing is written`, async ({ browser }) => {
    const page = await as(browser, username);
    for (const call of CALLS) {
      const response = await page.request[call.method](call.path, { data: call.data });
      expect(response.status(), `${username} ${call.method} ${call.path}`).toBe(403);
      expect((await response.json()).error).toMatch(/Không có quyền/);
    }
    for (const path of ["/admin/plans", "/admin/sections", "/admin/departments", "/admin/tokens", "/admin/audit"]) {
      await page.goto(path);
      await expect(page, `${username} must not open ${path}`).toHaveURL(/\/forbidden/);
    }
    const indicators = await page.request.get("/api/v1/indicators?year=2024");
    expect((await indicators.json()).indicators.map((i: { code: string }) => i.code)).not.toContain("tu.choi");
  });
}

test("[ADMIN] without a session every admin API is 401", async ({ request }) => {
  for (const call of CALLS) expect((await request[call.method](call.path, { data: call.data })).status()).toBe(401);
});

test("[ADMIN] the admin API validates every item: 422 with an error per item, nothing written", async ({ browser }) => {
  const admin = await as(browser, "admin");
  const targets = await admin.request.put("/api/v1/plans/2024/targets", {
    data: {
      targets: [
        { indicator: "dn.moi", source: "hdnd", value: "1.100" },
        { indicator: "dn.moi", source: "tw", value: "1,234.5" },
        { indicator: "khong.co", source: "hdnd", min: 1 },
      ],
    },
  });
  expect(targets.status()).toBe(422);
  const body = await targets.json();
  expect(Object.keys(body.errors)).toEqual(["targets.1.value"]);
  expect(body.errors["targets.1.value"]).toMatch(/không rõ định dạng/);
  const unknown = await admin.request.put("/api/v1/plans/2024/targets", {
    data: { targets: [{ indicator: "khong.co", source: "hdnd", min: 1 }] },
  });
  expect(unknown.status()).toBe(422);
  expect((await unknown.json()).errors).toEqual({
    "targets.0.indicator": 'Chỉ tiêu "khong.co" không có trong kế hoạch năm 2024',
  });
  const after = await admin.request.get("/api/v1/indicators?year=2024");
  const dn = (await after.json()).indicators.find((i: { code: string }) => i.code === "dn.moi");
  expect(dn.targets.find((t: { source: string }) => t.source === "hdnd").value).not.toBe(1100);

  const indicator = await admin.request.post("/api/v1/indicators", {
    data: { year: 2024, code: "x y", name: "", unit: "cái", kind: "sum", department: "sct" },
  });
  expect(indicator.status()).toBe(422);
  expect(Object.keys((await indicator.json()).errors).sort()).toEqual(["code", "kind", "name"]);

  const department = await admin.request.post("/api/v1/departments", { data: { code: "sct", name: "Trùng mã" } });
  expect(department.status()).toBe(409);
  const plan = await admin.request.post("/api/v1/plans", { data: { year: 2024, copyFrom: 2023 } });
  expect(plan.status()).toBe(409);
});

test("[ADMIN] the admin API creates a department, a plan year and an indicator, and sets a target range", async ({
  browser,
}) => {
  const admin = await as(browser, "admin");
  const dept = await admin.request.post("/api/v1/departments", {
    data: { code: "api.so", name: "Sở thử nghiệm API", validFrom: 2024 },
  });
  expect(dept.status()).toBe(200);
  expect(await dept.json()).toMatchObject({ code: "api.so", validFrom: 2024 });
  const plan = await admin.request.post("/api/v1/plans", { data: { year: 2040 } });
  expect(await plan.json()).toMatchObject({ year: 2040, status: "draft", indicators: 0 });
  const created = await admin.request.post("/api/v1/indicators", {
    data: {
      year: 2040,
      code: "api.chi_tieu",
      name: "Chỉ tiêu qua API",
      unit: "%",
      kind: "rate",
      department: "api.so",
      precision: 1,
      direction: "down",
    },
  });
  expect(await created.json()).toEqual({ code: "api.chi_tieu", year: 2040, department: "api.so", created: true });
  const target = await admin.request.put("/api/v1/plans/2040/targets", {
    data: { targets: [{ indicator: "api.chi_tieu", source: "hdnd", min: "7", max: "7,5" }] },
  });
  expect(target.status()).toBe(200);
  const list = await admin.request.get("/api/v1/indicators?year=2040");
  expect((await list.json()).indicators).toEqual([
    expect.objectContaining({
      code: "api.chi_tieu",
      department: "api.so",
      direction: "down",
      targets: [{ source: "hdnd", min: 7, max: 7.5 }],
    }),
  ]);
});

test("[ADMIN] a planner edits targets only in a year an admin opened to planners", async ({ browser }) => {
  const admin = await as(browser, "admin");
  expect((await admin.request.post("/api/v1/plans", { data: { year: 2041 } })).status()).toBe(200);
  expect(
    (
      await admin.request.post("/api/v1/indicators", {
        data: {
          year: 2041,
          code: "planner.thu",
          name: "Chỉ tiêu cho chuyên viên",
          unit: "cái",
          kind: "cumulative",
          department: "stc",
        },
      })
    ).status(),
  ).toBe(200);
  const planner = await as(browser, "tonghop");
  const put = () =>
    planner.request.put("/api/v1/plans/2041/targets", {
      data: { targets: [{ indicator: "planner.thu", source: "hdnd", value: "1.000" }] },
    });
  expect((await put()).status()).toBe(403);

  await admin.goto("/admin/plans");
  const settings = admin.getByRole("form", { name: "Cài đặt năm 2041" });
  await settings.getByLabel("Chuyên viên tổng hợp được sửa chỉ tiêu, kế hoạch").check();
  await settings.getByRole("button", { name: "Lưu cài đặt" }).click();
  await expect(settings.getByRole("status")).toHaveText("Đã lưu cài đặt năm 2041");
  try {
    expect((await put()).status()).toBe(200);
    expect(
      (
        await planner.request.put("/api/v1/plans/2024/targets", {
          data: { targets: [{ indicator: "dn.moi", source: "hdnd", value: 1 }] },
        })
      ).status(),
    ).toBe(403);
    await planner.goto("/admin/targets");
    await expect(planner.getByRole("heading", { name: "Kế hoạch chỉ tiêu năm 2041" })).toBeVisible();
    await expect(planner.locator('[data-cell="planner.thu:hdnd"]')).toHaveValue("1.000");
    // a year the planner may not edit is read-only: the targets as text, no save button
    await planner.goto("/admin/targets?year=2024");
    await expect(planner.getByTestId("read-only-notice")).toBeVisible();
    await expect(planner.locator("input[data-cell]")).toHaveCount(0);
    await expect(planner.getByRole("button", { name: "Lưu kế hoạch" })).toHaveCount(0);
  } finally {
    // The setting is global to the year: turn it off again so other specs see the usual planner navigation.
    await admin.goto("/admin/plans");
    await settings.getByLabel("Chuyên viên tổng hợp được sửa chỉ tiêu, kế hoạch").uncheck();
    await settings.getByRole("button", { name: "Lưu cài đặt" }).click();
    await expect(settings.getByRole("status")).toHaveText("Đã lưu cài đặt năm 2041");
  }
  expect((await put()).status()).toBe(403);
  await admin.goto("/admin/audit");
  await expect(admin.locator('[data-action="plan_year_settings"]').first()).toContainText(
    "Chuyên viên tổng hợp được sửa chỉ tiêu, kế hoạch: có → không",
  );
});
