import { getDb } from "@/db/client";
import { currentSessionTimes } from "@/lib/auth/current-session";
import { requirePageUser } from "@/lib/auth/guards";
import { sessionLimits } from "@/lib/auth/session-policy";
import { formatViDateTime } from "@/lib/text/datetime";
import { accountOverview, accountSignIns } from "@/lib/users/account-queries";
import { ROLE_LABELS } from "@/lib/vocabulary/labels";
import { EndOtherSessionsButton, PasswordForm } from "./account-forms";

export const metadata = { title: "Tài khoản của tôi" };

const time = (seconds: number) => formatViDateTime(new Date(seconds * 1000));

/** Every signed-in user's own account: who they are here, their sessions, their password. */
export default async function AccountPage() {
  const user = await requirePageUser("account.manage");
  const { email, events } = accountOverview(getDb(), user.id);
  const session = await currentSessionTimes();
  const limits = sessionLimits();
  const { mine, others } = accountSignIns(events, session?.loginAt ?? null, limits.maxAge);
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">Tài khoản của tôi</h1>

      <section aria-labelledby="profile-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="profile-heading" className="mb-3 text-lg font-semibold">
          Thông tin tài khoản
        </h2>
        <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]" data-testid="account-profile">
          <dt className="text-slate-600">Họ tên</dt>
          <dd className="font-medium">{user.fullName}</dd>
          <dt className="text-slate-600">Tên đăng nhập</dt>
          <dd className="font-medium">{user.username}</dd>
          <dt className="text-slate-600">Vai trò</dt>
          <dd className="font-medium" data-testid="account-role">
            {ROLE_LABELS[user.role]}
          </dd>
          <dt className="text-slate-600">Đơn vị</dt>
          <dd className="font-medium" data-testid="account-department">
            {user.departmentName ?? "Không thuộc đơn vị (theo dõi toàn tỉnh)"}
          </dd>
          <dt className="text-slate-600">E-mail nhận nhắc hạn</dt>
          <dd className="font-medium">{email ?? "Chưa có"}</dd>
        </dl>
        <p className="mt-3 text-sm text-slate-600">
          Vai trò, đơn vị và e-mail do quản trị hệ thống thay đổi trên trang Người dùng.
        </p>
      </section>

      <section aria-labelledby="sessions-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="sessions-heading" className="text-lg font-semibold">
          Phiên đăng nhập
        </h2>
        {session && (
          <p className="text-sm" data-testid="current-session">
            Phiên này đăng nhập lúc <strong>{time(session.loginAt)}</strong>
            {mine?.ip && mine.ip !== "local" ? ` từ địa chỉ ${mine.ip}` : ""}, hoạt động gần nhất lúc{" "}
            {time(session.lastSeen)}; tự kết thúc chậm nhất lúc {time(session.endsAt)} (sau{" "}
            {Math.round(limits.idle / 60)} phút không dùng hoặc {Math.round(limits.maxAge / 3600)} giờ kể từ khi đăng
            nhập).
          </p>
        )}
        <div className="text-sm">
          <h3 className="font-medium">Các lần đăng nhập khác có thể còn mở</h3>
          {others.length === 0 ? (
            <p className="text-slate-600" data-testid="other-sessions">
              Không có: tài khoản chỉ còn mở trên thiết bị này.
            </p>
          ) : (
            <ul className="mt-1 list-disc pl-5" data-testid="other-sessions">
              {others.map((s) => (
                <li key={s.at}>
                  {formatViDateTime(s.at)}
                  {s.ip && s.ip !== "local" ? ` từ địa chỉ ${s.ip}` : ""}
                </li>
              ))}
            </ul>
          )}
          <p className="mt-2 text-xs text-slate-600">
            Máy chủ không giữ danh sách phiên: đây là các lần đăng nhập trong {Math.round(limits.maxAge / 3600)} giờ
            qua, kể từ lần đăng xuất hoặc đổi mật khẩu gần nhất. Một phiên bỏ không quá {Math.round(limits.idle / 60)}{" "}
            phút đã tự kết thúc.
          </p>
        </div>
        <EndOtherSessionsButton />
      </section>

      <section aria-labelledby="password-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="password-heading" className="text-lg font-semibold">
          Đổi mật khẩu
        </h2>
        <PasswordForm />
        <p className="text-sm text-slate-600" data-testid="forgot-password">
          Quên mật khẩu? Liên hệ quản trị viên để được đặt lại mật khẩu; mỗi lần đặt lại đều được ghi vào nhật ký hệ
          thống và kết thúc mọi phiên đăng nhập của tài khoản.
        </p>
      </section>
    </div>
  );
}
