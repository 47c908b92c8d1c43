/** Which values count in reports: approved only, approved + submitted (default), or everything including drafts. */
export const COUNTING_MODES = ["approved", "submitted", "all"] as const;
export type CountingMode = (typeof COUNTING_MODES)[number];

export const COUNTING_LABELS: Record<CountingMode, string> = {
  approved: "Chỉ số liệu đã duyệt",
  submitted: "Đã duyệt và đã gửi",
  all: "Tất cả, kể cả đang nhập",
};
