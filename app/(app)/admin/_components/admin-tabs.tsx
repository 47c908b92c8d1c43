"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export interface AdminTab {
  href: string;
  label: string;
}

/** The admin area's own navigation (each page still checks its role on the server). */
export function AdminTabs({ tabs }: { tabs: AdminTab[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Quản trị" className="no-print -mx-1 flex gap-1 overflow-x-auto border-b border-slate-200 pb-2">
      {tabs.map((tab) => {
        const current = pathname === tab.href || pathname.startsWith(`${tab.href}/`);
        return (
          <Link
            key={tab.href}
            href={tab.href}
            aria-current={current ? "page" : undefined}
            className={`shrink-0 rounded-md px-3 py-1.5 text-sm ${current ? "bg-brand-700 font-medium text-white" : "text-slate-700 hover:bg-slate-100"}`}
          >
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}
