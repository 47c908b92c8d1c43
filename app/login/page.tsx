import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { homePathFor } from "@/lib/auth/navigation";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { LoginForm } from "./_components/login-form";

export const metadata: Metadata = { title: "Đăng nhập" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await currentUser();
  if (user) redirect(homePathFor(user));
  const params = await searchParams;
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">UBND tỉnh Lạng Sơn</p>
          <h1 className="mt-1 text-2xl font-bold">Chỉ tiêu kế hoạch KT-XH</h1>
          <p className="mt-1 text-sm text-slate-600">Đăng nhập để nhập, tổng hợp và theo dõi số liệu</p>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <LoginForm callbackUrl={safeRedirectPath(params.callbackUrl)} />
        </div>
        {/* no self-service reset: an admin sets a new password (audited, every session ends); the user changes it on /account */}
        <p className="mt-4 text-center text-sm text-slate-600" data-testid="forgot-password">
          Quên mật khẩu? Liên hệ quản trị hệ thống để được đặt lại, rồi đổi mật khẩu tại trang Tài khoản.
        </p>
      </div>
    </main>
  );
}
