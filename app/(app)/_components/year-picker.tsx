import Link from "next/link";

/** Links to the same page for each plan year. */
export function YearPicker({ years, current, basePath }: { years: number[]; current: number; basePath: string }) {
  return (
    <nav aria-label="Chọn năm kế hoạch" className="flex flex-wrap gap-1">
      {years.map((year) => (
        <Link
          key={year}
          href={`${basePath}?year=${year}`}
          aria-current={year === current ? "page" : undefined}
          className={`rounded-md px-3 py-1 text-sm ${year === current ? "bg-brand-700 text-white" : "bg-white text-slate-700 ring-1 ring-slate-200 hover:bg-slate-100"}`}
        >
          {year}
        </Link>
      ))}
    </nav>
  );
}
