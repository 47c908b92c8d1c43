import nodemailer from "nodemailer";
import { z } from "@/lib/validation/zod";
import type { ReminderMail } from "./message";

/** Sends one mail; resolves when the SMTP server accepted it, rejects otherwise. */
export interface Mailer {
  send(mail: ReminderMail): Promise<void>;
  close(): void;
}

const flag = (name: string) =>
  z
    .enum(["true", "false", "1", "0", ""], { message: `${name} phải là true hoặc false` })
    .optional()
    .transform((v) => v === "true" || v === "1");

/** The SMTP settings, from the environment (docs/operations.md, "Nhắc hạn qua e-mail"). */
export const smtpEnvSchema = z.object({
  SMTP_HOST: z
    .string({ message: "Chưa đặt SMTP_HOST (máy chủ gửi thư)" })
    .trim()
    .min(1, "Chưa đặt SMTP_HOST (máy chủ gửi thư)"),
  SMTP_PORT: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "") return undefined;
      const port = Number(v);
      if (!Number.isInteger(port) || port < 1 || port > 65535) {
        ctx.addIssue({ code: "custom", message: "SMTP_PORT phải là số cổng từ 1 đến 65535" });
        return z.NEVER;
      }
      return port;
    }),
  SMTP_SECURE: flag("SMTP_SECURE"),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  SMTP_FROM: z
    .string({ message: "Chưa đặt SMTP_FROM (địa chỉ người gửi)" })
    .trim()
    .min(3, "Chưa đặt SMTP_FROM (địa chỉ người gửi)")
    .refine((v) => v.includes("@"), "SMTP_FROM phải là một địa chỉ e-mail"),
});

export type SmtpSettings = z.output<typeof smtpEnvSchema>;

/** The settings, or the Vietnamese problems with them, one per line. */
export function smtpSettings(
  env: Partial<Record<string, string>>,
): { ok: true; settings: SmtpSettings } | { ok: false; problems: string[] } {
  const parsed = smtpEnvSchema.safeParse(env);
  if (parsed.success) return { ok: true, settings: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((i) => i.message) };
}

/** The public address of the application, for the links in the mails: APP_URL, else NEXTAUTH_URL. */
export function appUrl(env: Partial<Record<string, string>>): string | null {
  const url = (env.APP_URL || env.NEXTAUTH_URL || "").trim();
  return /^https?:\/\/[^/\s]+/.test(url) ? url.replace(/\/+$/, "") : null;
}

export function smtpMailer(settings: SmtpSettings): Mailer {
  const secure = settings.SMTP_SECURE;
  const transport = nodemailer.createTransport({
    host: settings.SMTP_HOST,
    port: settings.SMTP_PORT ?? (secure ? 465 : 587),
    secure,
    auth: settings.SMTP_USER ? { user: settings.SMTP_USER, pass: settings.SMTP_PASSWORD ?? "" } : undefined,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  return {
    async send(mail) {
      await transport.sendMail({ from: settings.SMTP_FROM, ...mail });
    },
    close: () => transport.close(),
  };
}
