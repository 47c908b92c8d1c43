import Link from "next/link";

/**
 * The app's 404, 403 and 500 pages (issue 16 point 7): the code, what happened in Vietnamese
 * and the ways back. `standalone` adds the app's header bar, for pages shown outside the
 * signed-in layout (an unknown address, the forbidden page, an error of the whole page).
 */
export function StatusPage(props: {
  code: string;
  title: string;
  children: React.ReactNode;
  actions: React.ReactNode;
  standalone?: boolean;
}) {
  const body = (
    <div className="flex flex-1 items-center justify-center px-4 py-16">
      <div className="max-w-lg rounded-lg border border-slate-200 bg-white p-8 text-center shadow-sm">
        <p className="text-5xl font-bold text-brand-700" aria-hidden="true">
          {props.code}
        </p>
        <h1 className="mt-2 text-xl font-semibold">{props.title}</h1>
        <div className="mt-2 space-y-2 text-slate-600">{props.children}</div>
        <div className="mt-6 flex flex-wrap items-center justify-center gap-2">{props.actions}</div>
      </div>
    </div>
  );
  if (!props.standalone) return body;
  return (
    <div className="flex min-h-screen flex-col">
      <header className="bg-brand-700 text-white">
        <div className="mx-auto flex max-w-7xl items-center gap-3 px-4 py-3">
          <Link href="/" className="font-bold tracking-tight">
            Chỉ tiêu KT-XH
          </Link>
          <span className="text-sm text-white/80">UBND tỉnh Lạng Sơn</span>
        </div>
      </header>
      <main className="flex flex-1 flex-col">{body}</main>
    </div>
  );
}

export const primaryAction =
  "inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700";
export const secondaryAction =
  "inline-block rounded-md px-4 py-2 text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700";

export function HomeLink() {
  return (
    <Link href="/" className={primaryAction}>
      Về trang chính
    </Link>
  );
}
