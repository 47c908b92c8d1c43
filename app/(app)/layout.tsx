import Link from "next/link";
import { getDb } from "@/db/client";
import { requirePageUser } from "@/lib/auth/guards";
import { userNotifications } from "@/lib/notifications/queries";
import { plannersMayEditSomeYear } from "@/lib/admin/queries";
import { navigationFor } from "@/lib/auth/navigation";
import { can } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/vocabulary/labels";
import { HeaderMenu } from "./_components/header-menu";
import { SignOutButton } from "./_components/sign-out-button";
import { Toaster } from "../_components/toast";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser();
  const notifications = userNotifications(getDb(), user).length;
  const navigation = navigationFor(user, {
    plannersMayEditSomeYear:
      can(user, "plan.edit") && !can(user, "plan.administer") && plannersMayEditSomeYear(getDb()),
  });
  return (
    <div className="min-h-screen">
      <header className="no-print bg-brand-700 text-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/" className="shrink-0 font-bold tracking-tight max-lg:mr-auto">
            Chỉ tiêu KT-XH
          </Link>
          {can(user, "notifications.view") && (
            <Link
              href="/notifications"
              className="shrink-0 whitespace-nowrap rounded px-2 py-1 text-sm hover:bg-white/10 lg:order-2"
              aria-label={`Thông báo: ${notifications} mục`}
            >
              Thông báo
              {notifications > 0 && (
                <span className="ml-1 rounded-full bg-white px-1.5 text-xs font-bold text-brand-700">
                  {notifications}
                </span>
              )}
            </Link>
          )}
          {/* below lg the links fold behind a menu button, so a phone's header is one row */}
          <HeaderMenu>
            <nav
              aria-label="Điều hướng chính"
              className="flex flex-col gap-1 lg:order-1 lg:flex-1 lg:flex-row lg:flex-wrap"
            >
              {navigation.map((item) => (
                <Link
                  key={item.href}
                  href={item.href}
                  className="whitespace-nowrap rounded px-2 py-1 text-sm hover:bg-white/10"
                >
                  {item.label}
                </Link>
              ))}
            </nav>
            <div
              className="flex flex-wrap items-center gap-2 border-t border-white/20 pt-2 text-sm lg:order-3 lg:border-0 lg:pt-0"
              data-testid="current-user"
            >
              <Link href="/help" className="rounded px-2 py-1 hover:bg-white/10">
                Hướng dẫn
              </Link>
              <Link
                href="/account"
                className="rounded px-2 py-1 text-white/90 underline-offset-2 hover:bg-white/10 hover:underline lg:px-0"
                title="Tài khoản của tôi: mật khẩu, phiên đăng nhập"
              >
                {user.fullName} · {ROLE_LABELS[user.role]}
                {user.departmentName ? ` · ${user.departmentName}` : ""}
              </Link>
              <SignOutButton />
            </div>
          </HeaderMenu>
        </div>
      </header>
      <main className="mx-auto max-w-7xl px-4 py-6">{children}</main>
      <Toaster />
    </div>
  );
}
