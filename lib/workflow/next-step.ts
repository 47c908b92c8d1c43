import { formatViDate } from "@/lib/periods";
import type { UnitKind } from "@/db/schema/vocabulary";
import { UNIT_HEAD_LABELS } from "@/lib/vocabulary/labels";
import type { WorkflowAction } from "./transitions";

/** What just happened to a department's month. */
export type WorkflowEvent = "save" | "ready" | WorkflowAction;

export interface NextStepContext {
  event: WorkflowEvent;
  /** whether the one who acted sends the month himself (the dept_head), or waits for the head (an officer) */
  sends: boolean;
  departmentName: string;
  /** whose head sends the month: "lãnh đạo sở", a district's "lãnh đạo UBND huyện" (default: a department) */
  unitKind?: UnitKind;
  year: number;
  month: number;
  /** the month's due date (lib/periods submissionDueDate, from the plan year's cut-off settings) */
  due: Date;
  today: Date;
}

const DAY = 86_400_000;

/**
 * The message after an action on a month, in words (issue 16 point 3): what was done and who
 * must do what next, by when. "Đã lưu. Lãnh đạo sở cần gửi báo cáo trước 17/12/2024."
 */
export function nextStepMessage(c: NextStepContext): string {
  const label = `tháng ${c.month}/${c.year}`;
  const of = `${label} của ${c.departmentName}`;
  const late = c.today.getTime() - c.due.getTime() >= DAY;
  const deadline = late ? `ngay (đã quá hạn ${formatViDate(c.due)})` : `trước ${formatViDate(c.due)}`;
  const head = UNIT_HEAD_LABELS[c.unitKind ?? "department"];
  const Head = head.charAt(0).toUpperCase() + head.slice(1);
  switch (c.event) {
    case "save":
      return c.sends
        ? `Đã lưu. Kiểm tra rồi bấm "Gửi báo cáo" ${deadline}.`
        : `Đã lưu. ${Head} cần gửi báo cáo ${deadline}.`;
    case "ready":
      return `Đã báo ${head}: số liệu ${label} đã nhập xong. ${Head} cần gửi báo cáo ${deadline}.`;
    case "submit":
      return `Đã gửi báo cáo ${of}. Chuyên viên tổng hợp sẽ xem xét, duyệt hoặc trả lại.`;
    case "approve":
      return `Đã duyệt báo cáo ${of}. Số liệu tháng này đã khóa.`;
    case "return":
      return `Đã trả lại báo cáo ${of}. Đơn vị sửa các số liệu được nêu rồi gửi lại.`;
    case "reopen":
      return `Đã mở lại báo cáo ${of}. Đơn vị điều chỉnh rồi gửi lại.`;
  }
}

/** After a bulk approval: how many, and which (the first five, then how many more). */
export function bulkApprovedMessage(
  months: readonly { departmentName: string; year: number; month: number }[],
): string {
  const named = months.slice(0, 5).map((m) => `${m.departmentName} tháng ${m.month}/${m.year}`);
  const more = months.length > 5 ? ` và ${months.length - 5} báo cáo khác` : "";
  return `Đã duyệt ${months.length} báo cáo: ${named.join("; ")}${more}. Số liệu các tháng này đã khóa.`;
}
