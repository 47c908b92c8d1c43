import { describe, expect, it } from "vitest";
import { appUrl, smtpSettings } from "./mailer";

const FROM = "Chỉ tiêu <nhac-han@langson.gov.vn>";

describe("the reminders' SMTP settings from the environment", () => {
  it("reads host, port, TLS, login and sender", () => {
    expect(
      smtpSettings({
        SMTP_HOST: "mail.langson.gov.vn",
        SMTP_PORT: "465",
        SMTP_SECURE: "true",
        SMTP_USER: "nhac-han",
        SMTP_PASSWORD: "bi-mat",
        SMTP_FROM: FROM,
      }),
    ).toEqual({
      ok: true,
      settings: {
        SMTP_HOST: "mail.langson.gov.vn",
        SMTP_PORT: 465,
        SMTP_SECURE: true,
        SMTP_USER: "nhac-han",
        SMTP_PASSWORD: "bi-mat",
        SMTP_FROM: FROM,
      },
    });
    const defaults = smtpSettings({ SMTP_HOST: "mail", SMTP_FROM: FROM, SMTP_PORT: "" });
    expect(defaults).toMatchObject({ ok: true, settings: { SMTP_SECURE: false } });
    expect(defaults.ok && defaults.settings.SMTP_PORT).toBeUndefined(); // 587, or 465 with TLS
  });

  it("names every wrong or missing setting in Vietnamese", () => {
    expect(smtpSettings({})).toEqual({
      ok: false,
      problems: ["Chưa đặt SMTP_HOST (máy chủ gửi thư)", "Chưa đặt SMTP_FROM (địa chỉ người gửi)"],
    });
    expect(smtpSettings({ SMTP_HOST: "mail", SMTP_FROM: "nhac-han", SMTP_PORT: "70000", SMTP_SECURE: "co" })).toEqual({
      ok: false,
      problems: [
        "SMTP_PORT phải là số cổng từ 1 đến 65535",
        "SMTP_SECURE phải là true hoặc false",
        "SMTP_FROM phải là một địa chỉ e-mail",
      ],
    });
  });

  it("links to APP_URL, else NEXTAUTH_URL, without a trailing slash; nothing usable is null", () => {
    expect(appUrl({ APP_URL: "https://chitieu.langson.gov.vn/", NEXTAUTH_URL: "https://x.vn" })).toBe(
      "https://chitieu.langson.gov.vn",
    );
    expect(appUrl({ NEXTAUTH_URL: "https://x.vn" })).toBe("https://x.vn");
    expect(appUrl({ APP_URL: "chitieu.langson.gov.vn" })).toBeNull();
    expect(appUrl({})).toBeNull();
  });
});
