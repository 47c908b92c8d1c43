import { getDb } from "@/db/client";
import { requirePageUser } from "@/lib/auth/guards";
import { seesWholeProvince } from "@/lib/auth/scope";
import { listIndicatorsForYear } from "@/lib/catalogue/queries";
import { searchKey } from "@/lib/text/search";
import { IndicatorTable } from "../_components/indicator-table";
import { YearPicker } from "../_components/year-picker";
import { pickYear, type SearchParams } from "../_components/page-params";

export const metadata = { title: "Danh mục chỉ tiêu" };

export default async function IndicatorsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser();
  const db = getDb();
  const { year, years } = await pickYear(db, searchParams, user);
  const whole = seesWholeProvince(user);
  const q = String((await searchParams).q ?? "").slice(0, 100);
  const all = listIndicatorsForYear(db, year, whole ? undefined : (user.departmentId ?? -1));
  const needle = searchKey(q);
  const indicators = needle ? all.filter((i) => searchKey(`${i.name} ${i.code}`).includes(needle)) : all;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">
            {whole ? "Danh mục chỉ tiêu" : "Chỉ tiêu của đơn vị"} năm {year}
          </h1>
          <p className="text-sm text-slate-600">
            {whole ? "Toàn tỉnh" : user.departmentName} · {indicators.length} chỉ tiêu
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <form method="get" role="search" className="flex gap-1">
            <input type="hidden" name="year" value={year} />
            <label htmlFor="indicator-search" className="sr-only">
              Tìm chỉ tiêu
            </label>
            <input
              id="indicator-search"
              type="search"
              name="q"
              defaultValue={q}
              placeholder="Tìm chỉ tiêu, gõ không dấu được"
              className="w-64 rounded border border-slate-300 px-2 py-1 text-sm"
            />
            <button className="rounded bg-brand-700 px-3 py-1 text-sm text-white">Tìm</button>
          </form>
          <YearPicker years={years} current={year} basePath="/indicators" />
        </div>
      </div>
      <IndicatorTable indicators={indicators} showDepartment={whole} />
    </div>
  );
}
