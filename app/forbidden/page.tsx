import Link from "next/link";

export const metadata = { title: "Không có quyền truy cập" };

export default function ForbiddenPage() {
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="max-w-md text-center">
        <p className="text-5xl font-bold text-brand-700">403</p>
        <h1 className="mt-2 text-xl font-semibold">Không có quyền truy cập</h1>
        <p className="mt-2 text-slate-600">Trang này không thuộc phạm vi công việc của tài khoản bạn đang dùng.</p>
        <Link href="/" className="mt-4 inline-block rounded-md bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">
          Về trang chính
        </Link>
      </div>
    </main>
  );
}
