import { describe, expect, it } from "vitest";
import { AUDIT_PHRASES, actorText, auditSentence, describeAudit, type AuditNames, type AuditRecord } from ".";

const names: AuditNames = {
  indicator: (code) =>
    ({
      "dtc.giai_ngan": { name: "Giải ngân vốn đầu tư công", unit: "tỷ đồng", precision: 1 },
      "knxnk.xk": { name: "Xuất khẩu", unit: "triệu USD", precision: 1 },
      grdp: { name: "Tốc độ tăng trưởng GRDP", unit: "%", precision: 2 },
    })[code],
  department: (ref) =>
    ({ 8: "Sở Công Thương", sct: "Sở Công Thương", 2: "Sở Kế hoạch và Đầu tư", chq: "Cục Hải quan" })[ref],
  user: (id) => (id === 40 ? { username: "admin.e2e.moi", fullName: "Trần Văn Mới" } : undefined),
  submission: (id) => (id === 77 ? { departmentId: 8, year: 2024, month: 10 } : undefined),
  section: (code) => (code === "I.3" ? "Công nghiệp" : undefined),
};

const officer = {
  fullName: "Nguyễn Văn A",
  role: "officer" as const,
  departmentId: 8,
  departmentName: "Sở Công Thương",
};
const planner = {
  fullName: "Nguyễn Thị Tổng Hợp",
  role: "planner" as const,
  departmentId: 2,
  departmentName: "Sở Kế hoạch và Đầu tư",
};
const admin = { fullName: "Quản trị hệ thống", role: "admin" as const, departmentId: null, departmentName: null };

const entry = (action: string, fields: Partial<AuditRecord> = {}): AuditRecord => ({
  action,
  entity: "x",
  entityId: "1",
  before: null,
  after: null,
  reason: null,
  ...fields,
});

const sentence = (e: AuditRecord, actor: Parameters<typeof describeAudit>[1] = officer) =>
  auditSentence(describeAudit(e, actor, names));

describe("the audit log in words", () => {
  it("names the actor with their department, or their role when they have none", () => {
    expect(actorText(officer)).toBe("Nguyễn Văn A (Sở Công Thương)");
    expect(actorText({ ...admin, fullName: "Lê Văn Quản" })).toBe("Lê Văn Quản (Quản trị hệ thống)");
    expect(actorText(admin)).toBe("Quản trị hệ thống");
    expect(actorText(null)).toBe("Hệ thống");
  });

  it.each([
    [entry("login", { after: { ip: "10.0.0.5" } }), "Nguyễn Văn A (Sở Công Thương) đã đăng nhập từ địa chỉ 10.0.0.5"],
    [entry("login", { after: { ip: "local" } }), "Nguyễn Văn A (Sở Công Thương) đã đăng nhập"],
    [
      entry("account_password", { entity: "user", entityId: "5" }),
      "Nguyễn Văn A (Sở Công Thương) đã đổi mật khẩu của mình (các phiên đăng nhập khác kết thúc)",
    ],
    [
      entry("account_end_sessions", { entity: "user", entityId: "5" }),
      "Nguyễn Văn A (Sở Công Thương) đã đăng xuất khỏi các thiết bị khác",
    ],
    [
      entry("submission_submit", { after: { state: "submitted", departmentId: 8, year: 2024, month: 10 } }),
      "Nguyễn Văn A (Sở Công Thương) đã gửi báo cáo tháng 10/2024",
    ],
    [
      entry("submission_ready", { after: { state: "draft", departmentId: 8, year: 2024, month: 11 } }),
      "Nguyễn Văn A (Sở Công Thương) đã báo lãnh đạo đơn vị: số liệu tháng 11/2024 đã nhập xong, chờ gửi",
    ],
    [
      entry("submission_reopen", { after: { state: "draft", departmentId: 8, year: 2024, month: 3 } }),
      "Nguyễn Văn A (Sở Công Thương) đã mở lại báo cáo tháng 3/2024 để sửa",
    ],
    [
      entry("draft_finalize", { after: { final: true, year: 2024, period: "9T", version: 3, figures: 120 } }),
      "Nguyễn Văn A (Sở Công Thương) đã chốt phiên bản 3 của dự thảo báo cáo 9 tháng năm 2024 (120 số liệu được giữ lại để đối chiếu)",
    ],
    [
      entry("draft_regenerate_section", { entityId: "2024:6T", after: { section: "I.3" } }),
      "Nguyễn Văn A (Sở Công Thương) đã tạo lại mục I.3 “Công nghiệp” của dự thảo báo cáo 6 tháng đầu năm 2024 từ số liệu",
    ],
    [
      entry("indicator_reassign", {
        entityId: "knxnk.xk",
        before: [{ year: 2025, department: "sct" }],
        after: { fromYear: 2025, department: "chq", years: [2025] },
      }),
      "Nguyễn Văn A (Sở Công Thương) đã chuyển chỉ tiêu Xuất khẩu từ Sở Công Thương sang Cục Hải quan từ năm 2025",
    ],
    [
      entry("unit_reporting_set", {
        entityId: "knxnk.xk",
        after: { year: 2024, kind: "district", added: ["knxnk.xk@a", "knxnk.xk@b"] },
      }),
      "Nguyễn Văn A (Sở Công Thương) đã giao chỉ tiêu Xuất khẩu năm 2024 cho các huyện, thành phố cùng báo cáo (thêm 2 đơn vị)",
    ],
    [
      entry("unit_reporting_unset", {
        entityId: "knxnk.xk",
        before: { year: 2024, kind: "commune", shares: ["knxnk.xk@a", "knxnk.xk@b", "knxnk.xk@c"] },
      }),
      "Nguyễn Văn A (Sở Công Thương) đã thôi giao chỉ tiêu Xuất khẩu năm 2024 cho các xã, phường cùng báo cáo (3 đơn vị)",
    ],
    [
      entry("department_succession_set", {
        entityId: "sct",
        after: { successor: "sct", predecessors: [2, "chq"], fromYear: 2025 },
      }),
      "Nguyễn Văn A (Sở Công Thương) đã khai báo Sở Công Thương kế tục Sở Kế hoạch và Đầu tư, Cục Hải quan từ năm 2025",
    ],
    [
      entry("department_succession_remove", {
        entityId: "sct",
        before: { successor: "sct", predecessors: ["chq"], fromYear: 2025 },
      }),
      "Nguyễn Văn A (Sở Công Thương) đã bỏ khai báo Sở Công Thương kế tục Cục Hải quan từ năm 2025",
    ],
    [
      entry("department_create", {
        entityId: "x.tan_thanh",
        after: { name: "Xã Tân Thành", shortName: "Tân Thành", kind: "commune", validFrom: 2025 },
      }),
      "Nguyễn Văn A (Sở Công Thương) đã thêm đơn vị “Xã Tân Thành” (Tân Thành) thuộc loại xã, phường từ năm 2025",
    ],
    [
      entry("user_password", { entityId: "40", after: { username: "admin.e2e.moi" } }),
      "Nguyễn Văn A (Sở Công Thương) đã đặt lại mật khẩu của tài khoản Trần Văn Mới (admin.e2e.moi)",
    ],
    [
      entry("user_unlock_login", { entityId: "40", after: { username: "admin.e2e.moi", cleared: 7 } }),
      "Nguyễn Văn A (Sở Công Thương) đã mở khóa đăng nhập của tài khoản Trần Văn Mới (admin.e2e.moi) (xóa 7 lần đăng nhập sai)",
    ],
    [entry("logout", { entityId: "40" }), "Nguyễn Văn A (Sở Công Thương) đã đăng xuất"],
    [
      entry("preference_report_period", { entityId: "40", before: { period: "6T" }, after: { period: "9T" } }),
      "Nguyễn Văn A (Sở Công Thương) đã chọn kỳ báo cáo mặc định 9 tháng",
    ],
  ])("%#: %s", (e, expected) => {
    expect(sentence(e)).toBe(expected);
  });

  it("says whose month it was when another department's staff acted on it, with the flagged figures", () => {
    const phrase = describeAudit(
      entry("submission_return", {
        after: { state: "returned", departmentId: 8, year: 2024, month: 12, fields: ["knxnk.xk"] },
        reason: "Số liệu xuất khẩu chưa khớp",
      }),
      planner,
      names,
    );
    expect(auditSentence(phrase)).toBe(
      "Nguyễn Thị Tổng Hợp (Sở Kế hoạch và Đầu tư) đã trả lại báo cáo tháng 12/2024 của Sở Công Thương",
    );
    expect(phrase.changes).toEqual([{ label: "Số liệu cần sửa", before: null, after: "Xuất khẩu" }]);
  });

  it("states one changed figure in the sentence, before → after at the indicator's precision", () => {
    const e = entry("values_save", {
      entity: "submission",
      entityId: "77",
      before: {
        year: 2024,
        month: 10,
        values: [
          { valueId: 5, indicator: "dtc.giai_ngan", period: "T10", value: "12.5", status: "estimate", note: null },
        ],
      },
      after: {
        year: 2024,
        month: 10,
        values: [
          { valueId: 5, indicator: "dtc.giai_ngan", period: "T10", value: "13", status: "estimate", note: null },
        ],
      },
    });
    expect(sentence(e)).toBe(
      "Nguyễn Văn A (Sở Công Thương) đã sửa chỉ tiêu Giải ngân vốn đầu tư công tháng 10/2024: 12,5 → 13,0 tỷ đồng",
    );
    expect(sentence(e, planner)).toContain("tháng 10/2024 của Sở Công Thương: 12,5 → 13,0");
  });

  it("lists several figures as changes, with the period when it is not the month and the status when it changed", () => {
    const phrase = describeAudit(
      entry("values_save", {
        entityId: "77",
        before: {
          year: 2024,
          month: 12,
          values: [{ valueId: 9, indicator: "knxnk.xk", period: "T12", value: "100", status: "estimate", note: null }],
        },
        after: {
          year: 2024,
          month: 12,
          values: [
            { valueId: 9, indicator: "knxnk.xk", period: "T12", value: "100", status: "official", note: null },
            {
              valueId: 10,
              indicator: "grdp",
              period: "N",
              value: "6.5",
              status: "estimate",
              note: "Theo Cục Thống kê",
            },
          ],
        },
      }),
      officer,
      names,
    );
    expect(auditSentence(phrase)).toBe("Nguyễn Văn A (Sở Công Thương) đã lưu 2 số liệu tháng 12/2024");
    expect(phrase.changes).toEqual([
      { label: "Xuất khẩu (triệu USD)", before: "100,0 (ước)", after: "100,0 (chính thức)" },
      { label: "Tốc độ tăng trưởng GRDP (%, cả năm)", before: null, after: "6,50" },
      { label: "Tốc độ tăng trưởng GRDP: ghi chú", before: null, after: "“Theo Cục Thống kê”" },
    ]);
  });

  it("writes targets, settings and templates in the words of the pages", () => {
    const target = describeAudit(
      entry("target_set", {
        entityId: "dtc.giai_ngan:2024:hdnd",
        before: { value: 39494000, min: null, max: null },
        after: { value: 40000000, min: null, max: null },
      }),
      admin,
      names,
    );
    expect(auditSentence(target)).toBe(
      "Quản trị hệ thống đã đặt kế hoạch năm 2024 (HĐND tỉnh giao) của chỉ tiêu Giải ngân vốn đầu tư công",
    );
    expect(target.changes).toEqual([{ label: "Kế hoạch (tỷ đồng)", before: "3.949,4", after: "4.000" }]);

    const settings = describeAudit(
      entry("plan_year_settings", {
        entityId: "2041",
        before: { cutoffDay: 14, dueDay: 17, plannersMayEdit: true },
        after: { cutoffDay: 14, dueDay: 18, plannersMayEdit: false },
      }),
      admin,
      names,
    );
    expect(settings.changes).toEqual([
      { label: "Hạn gửi báo cáo hằng tháng", before: "17", after: "18" },
      { label: "Chuyên viên tổng hợp được sửa chỉ tiêu, kế hoạch", before: "có", after: "không" },
    ]);

    const template = describeAudit(
      entry("indicator.sentence_template", {
        entityId: "knxnk.xk",
        before: { template: null, version: 0 },
        after: { template: "{name} {verb} {value}[, {pctOfPlan}]", version: 1 },
      }),
      planner,
      names,
    );
    expect(template.text).toBe("đã sửa mẫu câu của chỉ tiêu Xuất khẩu");
    expect(template.changes[0]).toEqual({
      label: "Mẫu câu",
      before: "mẫu mặc định",
      after: "“{Tên chỉ tiêu} {Đạt / ước đạt} {Giá trị}[, {Phần trăm kế hoạch}]”",
    });
  });

  it("has no subject for a sign-in under an unknown name, and the system for entries of no user", () => {
    expect(sentence(entry("login_failed", { entityId: "khongco", after: { ip: "1.2.3.4" } }), null)).toBe(
      "Đăng nhập không thành công với tên đăng nhập “khongco” từ địa chỉ 1.2.3.4",
    );
    expect(sentence(entry("login_failed", { entityId: "sct.canbo", after: { ip: "local" } }))).toBe(
      "Nguyễn Văn A (Sở Công Thương) đăng nhập không thành công",
    );
    expect(sentence(entry("seed_demo", { after: { indicators: 97, values: 5000, narratives: 60 } }), null)).toBe(
      "Hệ thống đã nạp dữ liệu mẫu tỉnh Lạng Sơn (97 chỉ tiêu, 5000 số liệu, 60 thuyết minh)",
    );
  });

  it("writes the reminders, the leaders' comments and account changes", () => {
    expect(
      sentence(
        entry("reminder_sent", {
          entityId: "sct:2024:12",
          after: {
            department: "sct",
            year: 2024,
            month: 12,
            to: "a@x.vn",
            userId: 40,
            standing: { kind: "overdue", daysLate: 3 },
            recorded: true,
          },
        }),
        null,
      ),
    ).toBe(
      "Hệ thống đã gửi thư nhắc báo cáo tháng 12/2024 của Sở Công Thương tới Trần Văn Mới (a@x.vn), đã quá hạn 3 ngày",
    );
    expect(
      sentence(
        entry("draft_comment_add", {
          entityId: "2024:9T",
          after: { comment: 1, version: 2, heading: "II. Khó khăn", text: "Bổ sung số liệu" },
        }),
        { ...admin, fullName: "Hoàng Văn Lãnh Đạo", role: "leader" },
      ),
    ).toBe(
      "Hoàng Văn Lãnh Đạo (Lãnh đạo UBND tỉnh) đã góp ý phiên bản 2 của dự thảo báo cáo 9 tháng năm 2024, mục “II. Khó khăn”: “Bổ sung số liệu”",
    );
    const account = describeAudit(
      entry("user_update", {
        entityId: "40",
        before: { role: "officer", departmentId: 8, email: null },
        after: { role: "officer", departmentId: 8, email: "moi@x.vn" },
      }),
      admin,
      names,
    );
    expect(account.text).toBe("đã sửa tài khoản Trần Văn Mới (admin.e2e.moi)");
    expect(account.changes).toEqual([{ label: "Thư điện tử", before: null, after: "moi@x.vn" }]);
  });

  it("still writes a sentence for an action it does not know", () => {
    expect(sentence(entry("mark"))).toBe("Nguyễn Văn A (Sở Công Thương) đã thực hiện một thao tác khác (mã mark)");
  });

  it.each(Object.keys(AUDIT_PHRASES))("%s: an entry with missing fields still reads as words", (action) => {
    for (const e of [entry(action), entry(action, { before: "x", after: [1], entityId: "" })]) {
      const phrase = describeAudit(e, officer, names);
      const text = [auditSentence(phrase), ...phrase.changes.flatMap((c) => [c.label, c.before, c.after])].join(" ");
      expect(phrase.text.length).toBeGreaterThan(5);
      expect(text).not.toMatch(/undefined|\[object Object\]|NaN/);
      expect(text).not.toContain(action);
    }
  });
});
