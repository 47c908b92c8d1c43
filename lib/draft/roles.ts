import type { Role } from "@/db/schema";

/** Planners (and admins) generate, edit, save and regenerate the draft báo cáo. */
export const DRAFT_EDIT_ROLES: readonly Role[] = ["planner", "admin"];
/** Leaders read it and mark a version final (chốt). */
export const DRAFT_FINALIZE_ROLES: readonly Role[] = ["leader"];
export const DRAFT_VIEW_ROLES: readonly Role[] = [...DRAFT_EDIT_ROLES, ...DRAFT_FINALIZE_ROLES];
