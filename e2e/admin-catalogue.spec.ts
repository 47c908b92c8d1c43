import { expect, test } from "@playwright/test";
import { E2E_PASSWORD, as } from "./admin-helpers";
import { login } from "./fixtures";

test("[ADMIN] an indicator with values is neither deleted nor retired from a year with values; a fresh one is created, edited and deleted", async ({
  browser,
}) => {
  const admin = await as(browser, "admin");
  admin.on("dialog", (dialog) => dialog.accept());
  await admin.goto("/admin/indicators/dn.moi");
  await admin.getByRole("button", { name: "Xóa chỉ tiêu" }).click();
  await expect(admin.locator("main").getByRole("alert")).toContainText(
    "số liệu nên không thể xóa; hãy cho ngừng theo dõi",
  );
  const retire = admin.getByRole("form", { name: "Ngừng theo dõi chỉ tiêu" });
  await retire.getByLabel("Ngừng theo dõi từ năm").fill("2024");
  await retire.getByRole("button", { name: "Ngừng theo dõi" }).click();
  await expect(retire.getByRole("alert")).toContainText(
    "đã có số liệu năm 2024; chỉ có thể ngừng theo dõi từ năm 2025",
  );
  await admin.reload();
  await expect(admin.locator('[data-plan-year="2024"]')).toContainText("Sở Kế hoạch và Đầu tư");

  await admin.goto("/admin/indicators?year=2024");
  const add = admin.getByRole("form", { name: "Thêm chỉ tiêu" });
  // one label per kind, with what it means, in the create and the edit form alike
  const KIND_CHOICES = ["Cộng dồn (cộng các tháng)", "Thời điểm (số tại cuối kỳ)", "Tốc độ (chỉ số theo kỳ)"];
  await expect(add.getByLabel("Loại").locator("option")).toHaveText(KIND_CHOICES);
  await add.getByLabel("Mã chỉ tiêu").fill("e2e.tam");
  await add.getByRole("button", { name: "Thêm chỉ tiêu" }).click();
  await expect(add.getByText("Thiếu tên chỉ tiêu")).toBeVisible();
  await add.getByLabel("Tên chỉ tiêu").fill("Chỉ tiêu tạm của kiểm thử");
  await add.getByLabel("Đơn vị tính").fill("cái");
  await add.getByLabel("Đơn vị chủ trì").selectOption("sxd");
  await add.getByLabel("Mục báo cáo").selectOption("I.3.4");
  await add.getByRole("button", { name: "Thêm chỉ tiêu" }).click();
  await expect(add.getByRole("status")).toHaveText('Đã thêm chỉ tiêu "e2e.tam" vào kế hoạch năm 2024');
  await expect(admin.locator('[data-indicator="e2e.tam"] td').nth(3)).toHaveText("Cộng dồn");
  await admin.getByRole("link", { name: "e2e.tam" }).click();

  const edit = admin.getByRole("form", { name: "Sửa chỉ tiêu" });
  await expect(edit.getByLabel("Loại").locator("option")).toHaveText(KIND_CHOICES);
  await edit.getByLabel("Mẫu câu báo cáo (để trống: câu mặc định)").fill("{name} đạt {giatri}");
  await edit.getByRole("button", { name: "Lưu chỉ tiêu" }).click();
  await expect(edit.getByText(/Không có trường \{giatri\}/).first()).toBeVisible();
  await edit.getByLabel("Mẫu câu báo cáo (để trống: câu mặc định)").fill("{name} {verb} {value}");
  await edit.getByLabel("Số chữ số thập phân").fill("1");
  await edit.getByRole("button", { name: "Lưu chỉ tiêu" }).click();
  await expect(edit.getByRole("status")).toHaveText("Đã lưu chỉ tiêu");
  await admin.reload();
  // stored with its tokens, shown with the names planners read (issue 16 point 7)
  await expect(edit.getByLabel("Mẫu câu báo cáo (để trống: câu mặc định)")).toHaveValue(
    "{Tên chỉ tiêu} {Đạt / ước đạt} {Giá trị}",
  );

  await admin.getByRole("button", { name: "Xóa chỉ tiêu" }).click();
  await expect(admin).toHaveURL(/\/admin\/indicators$/);
  const api = await admin.request.get("/api/v1/indicators?year=2024");
  expect((await api.json()).indicators.map((i: { code: string }) => i.code)).not.toContain("e2e.tam");
});

test("[ADMIN] report sections: add one under a parent and move it", async ({ browser }) => {
  const admin = await as(browser, "admin");
  await admin.goto("/admin/sections");
  const add = admin.getByRole("form", { name: "Thêm mục báo cáo" });
  await add.getByLabel("Mã mục").fill("I.3.9");
  await add.getByLabel("Tên mục").fill("Kinh tế số (kiểm thử)");
  await add.getByLabel("Thuộc mục").selectOption("I.3");
  await add.getByRole("button", { name: "Thêm mục" }).click();
  await expect(add.getByRole("status")).toHaveText("Đã thêm mục I.3.9");
  const outline = admin.getByRole("list", { name: "Đề cương báo cáo" });
  const codes = () =>
    outline.locator("[data-section]").evaluateAll((els) => els.map((e) => e.getAttribute("data-section")));
  const gap = async () => {
    const c = await codes();
    return c.indexOf("I.3.9") - c.indexOf("I.3.6");
  };
  await expect.poll(gap).toBe(1);
  await admin.getByRole("button", { name: "Đưa I.3.9 lên" }).click();
  await expect.poll(gap).toBe(-1);
  await add.getByLabel("Mã mục").fill("I.3.9");
  await add.getByLabel("Tên mục").fill("Trùng");
  await add.getByRole("button", { name: "Thêm mục" }).click();
  await expect(add.getByText("Mã mục đã tồn tại")).toBeVisible();
});

test("[ADMIN] departments: create two, rename one, merge one into the other from a year without touching earlier years", async ({
  browser,
}) => {
  const admin = await as(browser, "admin");
  await admin.goto("/admin/departments");
  const create = admin.getByRole("form", { name: "Tạo đơn vị" });
  for (const [code, name] of [
    ["e2e.a", "Sở Kiểm thử A"],
    ["e2e.b", "Sở Kiểm thử B"],
  ]) {
    await create.getByLabel("Mã đơn vị").fill(code);
    await create.getByLabel("Tên đơn vị").fill(name);
    await create.getByLabel("Có hiệu lực từ năm").fill("2022");
    await create.getByRole("button", { name: "Tạo đơn vị" }).click();
    await expect(create.getByRole("status")).toHaveText(`Đã tạo đơn vị "${name}" có hiệu lực từ năm 2022`);
  }
  // An indicator of A in 2024, so the merge has something to move.
  expect(
    (
      await admin.request.post("/api/v1/indicators", {
        data: {
          year: 2024,
          code: "e2e.cua_a",
          name: "Chỉ tiêu của A",
          unit: "cái",
          kind: "cumulative",
          department: "e2e.a",
        },
      })
    ).status(),
  ).toBe(200);

  await admin.getByRole("button", { name: "Đổi tên e2e.b" }).click();
  const rename = admin.getByRole("form", { name: "Đổi tên e2e.b" });
  await rename.getByLabel("Tên mới").fill("Sở Kiểm thử B (mới)");
  await rename.getByRole("button", { name: "Lưu tên" }).click();
  await expect(admin.locator('[data-department="e2e.b"]')).toContainText("Sở Kiểm thử B (mới)");

  const merge = admin.getByRole("form", { name: "Sáp nhập đơn vị" });
  await merge.getByLabel("Đơn vị được sáp nhập", { exact: true }).selectOption("e2e.a");
  await merge.getByLabel("Vào đơn vị").selectOption("e2e.b");
  await merge.getByLabel("Từ năm kế hoạch").fill("2023");
  await merge.getByRole("button", { name: "Sáp nhập" }).click();
  await expect(merge.getByRole("status").or(merge.getByRole("alert"))).toContainText("khóa sổ");
  await merge.getByLabel("Từ năm kế hoạch").fill("2024");
  await merge.getByRole("button", { name: "Sáp nhập" }).click();
  await expect(merge.getByRole("status")).toContainText(
    "Đã sáp nhập e2e.a vào e2e.b từ năm 2024: 1 chỉ tiêu chuyển sang",
  );
  await expect(admin.locator('[data-department="e2e.a"]')).toContainText("2022–2023");
  await expect(admin.locator('[data-department="e2e.a"]')).toContainText("sáp nhập vào e2e.b");
  const list = await admin.request.get("/api/v1/indicators?year=2024");
  expect((await list.json()).indicators.find((i: { code: string }) => i.code === "e2e.cua_a").department).toBe("e2e.b");
});

test("[ADMIN] users: create, change role and department, reset the password; the new password signs in", async ({
  browser,
}) => {
  const admin = await as(browser, "admin");
  await admin.goto("/admin/users");
  const create = admin.getByRole("form", { name: "Tạo người dùng" });
  await create.getByLabel("Tên đăng nhập").fill("admin.e2e.moi");
  await create.getByLabel("Họ tên").fill("Nguyễn Văn Kiểm");
  await create.getByLabel("Vai trò").selectOption("officer");
  await create.getByLabel("Mật khẩu ban đầu").fill("ngan");
  await create.getByRole("button", { name: "Tạo người dùng" }).click();
  await expect(create.getByText("Mật khẩu phải có ít nhất 8 ký tự").first()).toBeVisible();
  await create.getByLabel("Mật khẩu ban đầu").fill(E2E_PASSWORD);
  await create.getByRole("button", { name: "Tạo người dùng" }).click();
  await expect(create.getByRole("alert")).toContainText("Cán bộ và lãnh đạo sở, ngành phải thuộc một đơn vị");
  await create.getByLabel("Đơn vị").selectOption("syt");
  await create.getByRole("button", { name: "Tạo người dùng" }).click();
  await expect(create.getByRole("status")).toHaveText("Đã tạo tài khoản");

  const row = admin.locator('[data-username="admin.e2e.moi"]');
  await expect(row).toContainText("Sở Y tế");
  await row.getByRole("button", { name: "Sửa admin.e2e.moi" }).click();
  const role = admin.getByRole("form", { name: "Vai trò của admin.e2e.moi" });
  await role.getByLabel("Vai trò").selectOption("dept_head");
  await role.getByLabel("Đơn vị").selectOption("sct");
  // the e-mail address the reminders go to (lib/reminders): refused with the field named, then kept and shown
  await expect(row.locator("[data-email]")).toHaveText("Chưa có e-mail");
  await role.getByLabel("E-mail").fill("kiem@langson");
  await role.getByRole("button", { name: "Lưu" }).click();
  await expect(role.getByText(/E-mail không hợp lệ/)).toBeVisible();
  await role.getByLabel("E-mail").fill("kiem@langson.gov.vn");
  await role.getByRole("button", { name: "Lưu" }).click();
  await expect(row).toContainText("Lãnh đạo sở, ngành");
  await expect(row).toContainText("Sở Công Thương");
  await expect(row.locator("[data-email]")).toHaveText("kiem@langson.gov.vn");
  await expect(role.getByRole("status")).toHaveText("Đã lưu vai trò, đơn vị và e-mail");
  const password = admin.getByRole("form", { name: "Đặt lại mật khẩu admin.e2e.moi" });
  await password.getByLabel("Mật khẩu mới").fill("MatKhauMoi2025");
  await password.getByRole("button", { name: "Đặt lại mật khẩu" }).click();
  await expect(password.getByRole("status")).toHaveText("Đã đặt mật khẩu mới");
  // the admin's reset is the same password change as the CLI's: one audit action, naming the user, at Vietnam time
  await admin.goto("/admin/audit");
  const entry = admin.locator('[data-action="user_password"]').filter({ hasText: "admin.e2e.moi" }).first();
  await expect(entry.getByTestId("audit-sentence")).toHaveText(
    /^Quản trị hệ thống đã đặt lại mật khẩu của tài khoản .* \(admin\.e2e\.moi\)$/,
  );
  await expect(entry.locator("td").first()).toHaveText(/^\d{2}:\d{2}:\d{2} \d{1,2}\/\d{1,2}\/20\d\d$/);
  await expect(admin.locator('[data-action="user_password_reset"]')).toHaveCount(0);

  const user = await browser.newPage();
  await login(user, "admin.e2e.moi", "MatKhauMoi2025");
  await expect(user).toHaveURL(/\/entry\/sct/);
});

test("[ADMIN] API tokens: shown once, work as their user, revoked at once", async ({ browser, playwright }) => {
  const admin = await as(browser, "admin");
  await admin.goto("/admin/tokens");
  const create = admin.getByRole("form", { name: "Cấp mã truy cập" });
  await create.getByRole("button", { name: "Cấp mã truy cập" }).click();
  await expect(create.locator("#token-user-error")).toHaveText("Chọn người dùng");
  const userId = await create
    .getByLabel("Người dùng")
    .locator("option", { hasText: /^chq\.canbo · / })
    .getAttribute("value");
  await create.getByLabel("Người dùng").selectOption(userId!);
  await create.getByLabel("Tên (dùng để làm gì)").fill("Đồng bộ kiểm thử");
  await create.getByRole("button", { name: "Cấp mã truy cập" }).click();
  const token = (await admin.getByTestId("issued-token").locator("code").textContent())!.trim();
  expect(token).toMatch(/^ct_/);

  const api = await playwright.request.newContext({
    baseURL: test.info().project.use.baseURL,
    extraHTTPHeaders: { Authorization: `Bearer ${token}` },
  });
  const own = await api.get("/api/v1/submissions/chq/2024/12");
  expect(own.status()).toBe(200);
  expect((await api.get("/api/v1/submissions/sct/2024/12")).status()).toBe(403);

  await admin.reload();
  await expect(admin.getByText(token)).toHaveCount(0);
  admin.on("dialog", (dialog) => dialog.accept());
  await admin.getByRole("button", { name: "Thu hồi Đồng bộ kiểm thử" }).click();
  await expect(admin.locator('[data-token="Đồng bộ kiểm thử"]')).toContainText("Đã thu hồi");
  expect((await api.get("/api/v1/submissions/chq/2024/12")).status()).toBe(401);
  await api.dispose();
});
