"use client";
import type { ReactNode } from "react";
import { usePathname, useRouter } from "next/navigation";
import { rememberReportPeriodAction } from "@/lib/preferences/actions";

/**
 * A report page's GET form that remembers the period the user picks (lib/preferences): the
 * next visit without ?period= opens on it. Without JavaScript it is the plain GET form.
 */
export function PeriodForm({ label, className, children }: { label: string; className: string; children: ReactNode }) {
  const router = useRouter();
  const pathname = usePathname();
  return (
    <form
      method="get"
      aria-label={label}
      className={className}
      onSubmit={async (event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const query = new URLSearchParams([...data.entries()].map(([k, v]) => [k, String(v)]));
        const period = query.get("period");
        // a refusal only means the choice is not remembered: the page still opens on the period picked
        if (period) await rememberReportPeriodAction({ period });
        router.push(`${pathname}?${query.toString()}`);
      }}
    >
      {children}
    </form>
  );
}
