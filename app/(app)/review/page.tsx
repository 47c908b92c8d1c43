import { getDb } from "@/db/client";
import Link from "next/link";
import { planYears, submissions } from "@/db/schema";
import { submissionDueDate } from "@/lib/periods";
import { eq } from "drizzle-orm";
import { requirePageUser } from "@/lib/auth/guards";
import { listDepartmentsForYear } from "@/lib/catalogue/queries";
import { SUBMISSION_STATE_LABELS } from "@/lib/vocabulary/labels";
import { PLAN_YEAR_DEFAULTS } from "@/db/schema/vocabulary";
import { YearPicker } from "../_components/year-picker";
import { pickYear, type SearchParams } from "../_components/page-params";

export const metadata = { title: "Tiếp nhận báo cáo" };

const STATE_STYLE = {
  draft: "bg-slate-100 text-slate-600",
  submitted: "bg-amber-100 text-amber-900",
  approved: "bg-emerald-100 text-emerald-900",
  returned: "bg-red-100 text-red-900",
} as const;

/** Planner overview: departments × months with each submission's state. */
export default async function ReviewPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser("submission.review");
  const db = getDb();
  const { year, years } = await pickYear(db, searchParams, user);
  const departments = listDepartmentsForYear(db, year);
  const rows = db.select().from(submissions).where(eq(submissions.year, year)).all();
  const state = new Map(rows.map((r) => [`${r.departmentId}:${r.month}`, r.state]));
  const plan = db.select().from(planYears).where(eq(planYears.year, year)).get();
  const calendar = {
    cutoffDay: plan?.cutoffDay ?? PLAN_YEAR_DEFAULTS.cutoffDay,
    dueDay: plan?.dueDay ?? PLAN_YEAR_DEFAULTS.dueDay,
  };
  const today = new Date();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Tiếp nhận báo cáo năm {year}</h1>
        <YearPicker years={years} current={year} basePath="/review" />
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-xs">
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-2 text-left">
                Đơn vị
              </th>
              {Array.from({ length: 12 }, (_, i) => (
                <th key={i} scope="col" className="px-1 py-2">
                  T{i + 1}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {departments.map((d) => (
              <tr key={d.id} className="border-t border-slate-100">
                <th scope="row" className="px-3 py-1 text-left font-normal">
                  {d.name}
                </th>
                {Array.from({ length: 12 }, (_, i) => {
                  const s = state.get(`${d.id}:${i + 1}`) ?? "draft";
                  const overdue =
                    s !== "approved" && s !== "submitted" && submissionDueDate(year, i + 1, calendar) < today;
                  return (
                    <td key={i} className="px-1 py-1 text-center" data-cell={`${d.code}:${i + 1}`}>
                      <Link
                        href={`/entry/${d.code}/${year}/${i + 1}`}
                        className={`inline-block rounded px-1 hover:ring-1 hover:ring-brand-600 ${overdue ? "bg-red-600 text-white" : STATE_STYLE[s]}`}
                      >
                        {overdue ? `Quá hạn` : SUBMISSION_STATE_LABELS[s]}
                      </Link>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
