import { parseArgs } from "node:util";
import type { Db } from "@/db/client";
import { appUrl, smtpMailer, smtpSettings, type Mailer } from "./mailer";
import { standingText } from "./message";
import { planReminders, provinceToday, reminderDaySchema, sendReminders, type PlannedReminder } from "./run";
import type { DueMonth } from "./select";

const what = (m: DueMonth) => `${m.department.name}, tháng ${m.month}/${m.year}: ${standingText(m.standing)}`;
const line = (r: PlannedReminder) => `  ${r.recipient.email} (${r.recipient.fullName}) ← ${what(r.month)}`;

/**
 * `npm run cli -- reminders:send [--dry-run] [--date YYYY-MM-DD]`: the day's e-mail reminders
 * (docs/operations.md). Returns the exit code: 1 when the settings are wrong or a mail failed.
 */
export async function remindersSendCommand(
  db: Db,
  args: string[],
  env: Partial<Record<string, string>>,
): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { "dry-run": { type: "boolean", default: false }, date: { type: "string" } },
  });
  const day = reminderDaySchema.safeParse(values.date ?? provinceToday());
  if (!day.success) {
    console.error(`--date: ${day.error.issues[0].message}`);
    return 1;
  }
  const url = appUrl(env);
  if (values["dry-run"]) {
    const report = planReminders(db, day.data, url ?? "<APP_URL>");
    console.log(`Nhắc hạn ngày ${day.data} (chạy thử, không gửi thư nào):`);
    for (const r of report.planned) console.log(line(r) + (r.alreadySent ? " [đã gửi hôm nay, bỏ qua]" : ""));
    for (const m of report.unreachable) console.log(`  Không có người nhận: ${what(m)}`);
    const toSend = report.planned.filter((r) => !r.alreadySent).length;
    console.log(`Sẽ gửi ${toSend} thư.`);
    if (!url) console.log("Chưa đặt APP_URL (hoặc NEXTAUTH_URL): cần có để gửi thật.");
    return 0;
  }
  const settings = smtpSettings(env);
  const problems = [
    ...(settings.ok ? [] : settings.problems),
    ...(url ? [] : ["Chưa đặt APP_URL (địa chỉ của ứng dụng cho đường dẫn trong thư)"]),
  ];
  if (!settings.ok || !url) {
    console.error(["Không gửi được thư nhắc hạn:", ...problems.map((p) => `  ${p}`)].join("\n"));
    return 1;
  }
  const mailer: Mailer = smtpMailer(settings.settings);
  try {
    const report = await sendReminders(db, day.data, url, mailer);
    for (const r of report.sent) console.log(`Đã gửi: ${line(r).trim()}`);
    for (const m of report.unreachable) console.log(`Không có người nhận: ${what(m)}`);
    for (const f of report.failed) console.error(`Gửi lỗi: ${line(f.reminder).trim()}: ${f.error}`);
    const skipped = report.planned.filter((r) => r.alreadySent).length;
    console.log(
      `Ngày ${day.data}: đã gửi ${report.sent.length} thư, lỗi ${report.failed.length}, bỏ qua ${skipped} thư đã gửi trước đó.`,
    );
    return report.failed.length > 0 ? 1 : 0;
  } finally {
    mailer.close();
  }
}
