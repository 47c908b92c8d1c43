import { formatViDate } from "@/lib/periods";
import type { DueMonth, ReminderRecipient } from "./select";

export interface ReminderMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** "đã quá hạn 3 ngày", "đến hạn hôm nay", "còn 2 ngày đến hạn". */
export function standingText(standing: DueMonth["standing"]): string {
  if (standing.kind === "overdue") return `đã quá hạn ${standing.daysLate} ngày`;
  return standing.daysLeft === 0 ? "đến hạn hôm nay" : `còn ${standing.daysLeft} ngày đến hạn`;
}

/** The entry page of the department month, on the public address of the application. */
export function entryLink(appUrl: string, month: DueMonth): string {
  return `${appUrl.replace(/\/+$/, "")}/entry/${encodeURIComponent(month.department.code)}/${month.year}/${month.month}`;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** The reminder to one officer or head: Vietnamese, plain text with a simple HTML twin. */
export function reminderMail(month: DueMonth, recipient: ReminderRecipient, appUrl: string): ReminderMail {
  const label = `tháng ${month.month}/${month.year}`;
  const due = formatViDate(month.due);
  const standing = standingText(month.standing);
  const link = entryLink(appUrl, month);
  const lines = [
    `Kính gửi ${recipient.fullName},`,
    "",
    `Báo cáo số liệu ${label} của ${month.department.name} chưa được gửi.`,
    `Hạn gửi: ${due} (${standing}).`,
    ...(month.state === "returned"
      ? [`Báo cáo đã bị trả lại${month.returnReason ? `: ${month.returnReason}` : ""}. Cần sửa và gửi lại.`]
      : []),
    "",
    `Nhập và gửi số liệu tại: ${link}`,
    "",
    "Thư này được gửi tự động từ hệ thống Chỉ tiêu, vui lòng không trả lời.",
  ];
  const html = lines
    .map((line) =>
      line.startsWith("Nhập và gửi số liệu tại: ")
        ? `<p>Nhập và gửi số liệu tại: <a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`
        : line === ""
          ? ""
          : `<p>${escapeHtml(line)}</p>`,
    )
    .filter(Boolean)
    .join("\n");
  return {
    to: recipient.email,
    subject: `[Chỉ tiêu] Báo cáo ${label} của ${month.department.name} ${standing} (hạn ${due})`,
    text: lines.join("\n"),
    html,
  };
}
