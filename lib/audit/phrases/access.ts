import { ROLE_LABELS, lowerLabel } from "@/lib/vocabulary/labels";
import type { Role } from "@/db/schema/vocabulary";
import { isPeriodCode, periodShortLabel } from "@/lib/periods";
import { departmentName, did, int, obj, quote, str, userName } from "./read";
import type { PhraseBuilder, PhraseContext } from "./types";

/** Who gets in: signing in, accounts, API tokens; and what the system itself did. */

/** " từ 1.2.3.4", nothing when the address is unknown ("local"). */
const fromAddress = (after: unknown) => {
  const ip = str(obj(after).ip);
  return ip && ip !== "local" ? ` từ địa chỉ ${ip}` : "";
};

const login: PhraseBuilder = (entry, context) => did(context, `đã đăng nhập${fromAddress(entry.after)}`);

/** login_failed: the user is known only when the username exists; the entity id is the name typed. */
const loginFailed: PhraseBuilder = (entry, context) =>
  context.actorKnown
    ? did(context, `đăng nhập không thành công${fromAddress(entry.after)}`)
    : {
        subject: null,
        text: `Đăng nhập không thành công với tên đăng nhập ${quote(entry.entityId, 60)}${fromAddress(entry.after)}`,
        changes: [],
      };

const roleText = (role: unknown, departmentId: unknown, context: PhraseContext) => {
  const label = ROLE_LABELS[role as Role] ?? str(role) ?? "?";
  return int(departmentId) !== null ? `${label}, ${departmentName(context, int(departmentId))}` : label;
};

const userCreate: PhraseBuilder = (entry, context) => {
  const after = obj(entry.after);
  return did(
    context,
    `đã tạo tài khoản ${str(after.username) ?? entry.entityId} (${lowerLabel(roleText(after.role, after.departmentId, context))})`,
  );
};

const userActive =
  (active: boolean): PhraseBuilder =>
  (entry, context) =>
    did(context, `đã ${active ? "mở lại" : "khóa"} tài khoản ${userName(context, entry.entityId)}`);

const userUpdate: PhraseBuilder = (entry, context) => {
  const before = obj(entry.before);
  const after = obj(entry.after);
  const changes = [
    {
      label: "Vai trò, đơn vị",
      before: roleText(before.role, before.departmentId, context),
      after: roleText(after.role, after.departmentId, context),
    },
    { label: "Thư điện tử", before: str(before.email), after: str(after.email) },
  ].filter((c) => c.before !== c.after);
  return did(context, `đã sửa tài khoản ${userName(context, entry.entityId)}`, changes);
};

const userPassword: PhraseBuilder = (entry, context) =>
  did(context, `đã đặt lại mật khẩu của tài khoản ${userName(context, entry.entityId, obj(entry.after).username)}`);

/** account_password: a user's change of their own password (/account); their other sessions ended with it. */
const accountPassword: PhraseBuilder = (_entry, context) =>
  did(context, "đã đổi mật khẩu của mình (các phiên đăng nhập khác kết thúc)");

/** account_end_sessions: "Đăng xuất khỏi các thiết bị khác" on /account. */
const accountEndSessions: PhraseBuilder = (_entry, context) => did(context, "đã đăng xuất khỏi các thiết bị khác");

/** logout: signing out ends every session of the account (its session version moves on). */
const logout: PhraseBuilder = (_entry, context) => did(context, "đã đăng xuất");

const userUnlockLogin: PhraseBuilder = (entry, context) => {
  const after = obj(entry.after);
  const cleared = int(after.cleared) ?? 0;
  return did(
    context,
    `đã mở khóa đăng nhập của tài khoản ${userName(context, entry.entityId, after.username)}${cleared > 0 ? ` (xóa ${cleared} lần đăng nhập sai)` : ""}`,
  );
};

const tokenCreate: PhraseBuilder = (entry, context) => {
  const after = obj(entry.after);
  return did(context, `đã tạo mã truy cập API ${quote(after.name, 80)} cho tài khoản ${str(after.user) ?? "?"}`);
};

const tokenRevoke: PhraseBuilder = (entry, context) => did(context, `đã thu hồi mã truy cập API số ${entry.entityId}`);

const seedDemo: PhraseBuilder = (entry, context) => {
  const after = obj(entry.after);
  return did(
    context,
    `đã nạp dữ liệu mẫu tỉnh Lạng Sơn (${int(after.indicators) ?? 0} chỉ tiêu, ${int(after.values) ?? 0} số liệu, ${int(after.narratives) ?? 0} thuyết minh)`,
  );
};

/** preference_report_period: "đã chọn kỳ báo cáo mặc định 9 tháng", before → after in the selectors' words */
const periodWords = (v: unknown) => {
  const code = str(obj(v).period);
  return code && isPeriodCode(code) ? periodShortLabel(code) : code;
};
const preferenceReportPeriod: PhraseBuilder = (entry, context) =>
  did(context, `đã chọn kỳ báo cáo mặc định ${lowerLabel(periodWords(entry.after) ?? "?")}`, [
    { label: "Kỳ báo cáo mặc định", before: periodWords(entry.before), after: periodWords(entry.after) },
  ]);

export const ACCESS_PHRASES: Record<string, PhraseBuilder> = {
  login,
  login_failed: loginFailed,
  logout,
  user_unlock_login: userUnlockLogin,
  user_create: userCreate,
  user_enable: userActive(true),
  user_disable: userActive(false),
  user_update: userUpdate,
  user_password: userPassword,
  account_password: accountPassword,
  account_end_sessions: accountEndSessions,
  token_create: tokenCreate,
  token_revoke: tokenRevoke,
  seed_demo: seedDemo,
  preference_report_period: preferenceReportPeriod,
};
