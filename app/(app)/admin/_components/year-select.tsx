import Link from "next/link";

/** Links to the same admin page for each plan year (including years in preparation). */
export function YearLinks({
  years,
  current,
  basePath,
}: {
  years: { year: number; status: string }[];
  current: number;
  basePath: string;
}) {
  return (
    <nav aria-label="Chọn năm kế hoạch" className="flex flex-wrap gap-1">
      {years.map((y) => (
        <Link
          key={y.year}
          href={`${basePath}?year=${y.year}`}
          aria-current={y.year === current ? "page" : undefined}
          className={`rounded-md px-2.5 py-1 text-sm ring-1 ${y.year === current ? "bg-brand-700 text-white ring-brand-700" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50"}`}
        >
          {y.year}
          {y.status === "draft" ? " (chuẩn bị)" : y.status === "closed" ? " (khóa sổ)" : ""}
        </Link>
      ))}
    </nav>
  );
}
