import type { Db } from "@/db/client";
import { z } from "@/lib/validation/zod";
import type { Mailer } from "./mailer";
import { reminderMail, type ReminderMail } from "./message";
import { dueMonths, type DueMonth, type ReminderRecipient } from "./select";
import { readReminderFacts, recordReminder, remindedOn, wasReminded } from "./store";

/** The day of a run, as `--date` takes it. */
export const reminderDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày phải có dạng YYYY-MM-DD, ví dụ 2024-06-16")
  .refine((v) => {
    const date = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(v);
  }, "Ngày không có thật");

/** Today in the province (Asia/Ho_Chi_Minh), YYYY-MM-DD: a run at 07:30 local time is that day's. */
export function provinceToday(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(now);
}

export interface PlannedReminder {
  month: DueMonth;
  recipient: ReminderRecipient;
  mail: ReminderMail;
  /** already sent on this day: not sent again */
  alreadySent: boolean;
}

export interface ReminderReport {
  day: string;
  planned: PlannedReminder[];
  /** department months due with nobody to mail (no active officer or head with an e-mail address) */
  unreachable: DueMonth[];
  sent: PlannedReminder[];
  failed: { reminder: PlannedReminder; error: string }[];
}

/** What a run on `day` would mail, without sending or writing anything (`--dry-run`). */
export function planReminders(db: Db, day: string, appUrl: string): ReminderReport {
  const today = new Date(`${day}T00:00:00Z`);
  const months = dueMonths(readReminderFacts(db), today);
  const sent = remindedOn(db, day);
  const planned = months.flatMap((month) =>
    month.recipients.map((recipient) => ({
      month,
      recipient,
      mail: reminderMail(month, recipient, appUrl),
      alreadySent: wasReminded(sent, month, recipient),
    })),
  );
  return { day, planned, unreachable: months.filter((m) => m.recipients.length === 0), sent: [], failed: [] };
}

/**
 * Sends the day's reminders not sent yet, one mail at a time. Each one the SMTP server accepted
 * is recorded with its audit entry (`recordReminder`); one that failed is reported and, not
 * being recorded, tried again by the next run.
 */
export async function sendReminders(db: Db, day: string, appUrl: string, mailer: Mailer): Promise<ReminderReport> {
  const report = planReminders(db, day, appUrl);
  for (const reminder of report.planned) {
    if (reminder.alreadySent) continue;
    try {
      await mailer.send(reminder.mail);
    } catch (error) {
      report.failed.push({ reminder, error: error instanceof Error ? error.message : String(error) });
      continue;
    }
    recordReminder(db, { month: reminder.month, recipient: reminder.recipient, day, subject: reminder.mail.subject });
    report.sent.push(reminder);
  }
  return report;
}
