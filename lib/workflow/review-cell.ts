import type { SubmissionState } from "@/db/schema";
import { deadlineStanding } from "@/lib/periods";

/**
 * A department month on the review grid: its real state ("none": nothing entered yet;
 * "not_reporting": a month the unit does not report in, as a district after June 2025) and,
 * beside it, whether it is overdue.
 */
export type ReviewStatus = SubmissionState | "none" | "not_reporting";

export interface ReviewCell {
  status: ReviewStatus;
  /** past its due date (by a day or more, as the notifications count) and not yet sent */
  overdue: boolean;
}

/** The filters of the review grid (?state=…): a state, or the overdue months whatever their state. */
export const REVIEW_FILTERS = ["submitted", "returned", "draft", "none", "approved", "overdue"] as const;
export type ReviewFilter = (typeof REVIEW_FILTERS)[number];

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  none: "Chưa nhập",
  draft: "Đang nhập",
  submitted: "Đã gửi",
  returned: "Bị trả lại",
  approved: "Đã duyệt",
  not_reporting: "Không báo cáo",
};

export const REVIEW_FILTER_LABELS: Record<ReviewFilter, string> = { ...REVIEW_STATUS_LABELS, overdue: "Quá hạn" };

/** The cell of a month: overdue never replaces the state (a returned month stays "Bị trả lại", marked overdue). */
export function reviewCell(state: SubmissionState | null, due: Date, today: Date, reports = true): ReviewCell {
  if (!reports && state === null) return { status: "not_reporting", overdue: false };
  const status: ReviewStatus = state ?? "none";
  const open = status === "none" || status === "draft" || status === "returned";
  return { status, overdue: open && deadlineStanding(due, today)?.kind === "overdue" };
}

/** ?state= as a filter; anything else shows every month. */
export function parseReviewFilter(raw: unknown): ReviewFilter | null {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return (REVIEW_FILTERS as readonly unknown[]).includes(value) ? (value as ReviewFilter) : null;
}

export function matchesReviewFilter(cell: ReviewCell, filter: ReviewFilter | null): boolean {
  if (filter === null) return true;
  return filter === "overdue" ? cell.overdue : cell.status === filter;
}
