export const SUBMISSION_STATE_LABELS = {
  draft: "Đang nhập",
  submitted: "Đã gửi",
  approved: "Đã duyệt",
  returned: "Bị trả lại",
} as const;

export const VALUE_STATUS_LABELS = { estimate: "Ước tính", preliminary: "Sơ bộ", official: "Chính thức" } as const;
export const VALUE_STATUS_SHORT = { estimate: "ước", preliminary: "sơ bộ", official: "chính thức" } as const;
