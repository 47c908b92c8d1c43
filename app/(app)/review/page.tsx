import { getDb } from "@/db/client";
import Link from "next/link";
import { indicatorAssignments, planYears, submissions } from "@/db/schema";
import { submissionDueDate } from "@/lib/periods";
import { eq } from "drizzle-orm";
import { requirePageUser } from "@/lib/auth/guards";
import { listDepartmentsForYear } from "@/lib/catalogue/queries";
import { reportsInMonth } from "@/lib/units/unit-months";
import { PLAN_YEAR_DEFAULTS, UNIT_KINDS } from "@/db/schema/vocabulary";
import {
  REVIEW_FILTERS,
  REVIEW_FILTER_LABELS,
  matchesReviewFilter,
  parseReviewFilter,
  reviewCell,
  type ReviewFilter,
} from "@/lib/workflow/review-cell";
import { YearPicker } from "../_components/year-picker";
import { pickYear, type SearchParams } from "../_components/page-params";
import { ReviewGrid, type ReviewRow } from "./_components/review-grid";

export const metadata = { title: "Tiếp nhận báo cáo" };

/** Planner overview: units (grouped by kind) × months with each month's real state, overdue marked beside it; filter by state, approve several at once. */
export default async function ReviewPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser("submission.review");
  const db = getDb();
  const { year, years } = await pickYear(db, searchParams, user);
  const filter = parseReviewFilter((await searchParams).state);
  const rows = db.select().from(submissions).where(eq(submissions.year, year)).all();
  // the units of the year's plan (an indicator to report) and any that has a month on record;
  // departments first, then districts, then communes (local governments add many rows)
  const reporting = new Set([
    ...db
      .selectDistinct({ id: indicatorAssignments.departmentId })
      .from(indicatorAssignments)
      .where(eq(indicatorAssignments.year, year))
      .all()
      .map((r) => r.id),
    ...rows.map((r) => r.departmentId),
  ]);
  const departments = listDepartmentsForYear(db, year)
    .filter((d) => reporting.has(d.id))
    .sort((a, b) => UNIT_KINDS.indexOf(a.kind) - UNIT_KINDS.indexOf(b.kind));
  const byMonth = new Map(rows.map((r) => [`${r.departmentId}:${r.month}`, r]));
  const plan = db.select().from(planYears).where(eq(planYears.year, year)).get();
  const calendar = {
    cutoffDay: plan?.cutoffDay ?? PLAN_YEAR_DEFAULTS.cutoffDay,
    dueDay: plan?.dueDay ?? PLAN_YEAR_DEFAULTS.dueDay,
  };
  const today = new Date();
  const grid: (Omit<ReviewRow, "cells"> & { cells: Omit<ReviewRow["cells"][number], "matches">[] })[] = departments.map(
    (d) => ({
      code: d.code,
      name: d.name,
      kind: d.kind,
      cells: Array.from({ length: 12 }, (_, i) => {
        const row = byMonth.get(`${d.id}:${i + 1}`);
        const cell = reviewCell(
          row?.state ?? null,
          submissionDueDate(year, i + 1, calendar),
          today,
          reportsInMonth(d, year, i + 1),
        );
        return { month: i + 1, ...cell, version: row?.version ?? 0 };
      }),
    }),
  );
  const counts = Object.fromEntries(
    REVIEW_FILTERS.map((f) => [
      f,
      grid.reduce((n, r) => n + r.cells.filter((c) => matchesReviewFilter(c, f)).length, 0),
    ]),
  ) as Record<ReviewFilter, number>;
  const shown = grid
    .map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c, matches: matchesReviewFilter(c, filter) })) }))
    .filter((r) => r.cells.some((c) => c.matches));
  const href = (f: ReviewFilter | null) => `/review?year=${year}${f ? `&state=${f}` : ""}`;
  const chip = (active: boolean) =>
    `inline-block whitespace-nowrap rounded-full px-3 py-1 text-sm ${active ? "bg-slate-800 text-white" : "bg-white text-slate-700 ring-1 ring-slate-300 hover:bg-slate-100"}`;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Tiếp nhận báo cáo năm {year}</h1>
        <YearPicker years={years} current={year} basePath="/review" />
      </div>
      <nav aria-label="Lọc theo trạng thái" className="flex flex-wrap gap-2">
        <Link href={href(null)} aria-current={filter === null ? "page" : undefined} className={chip(filter === null)}>
          Tất cả
        </Link>
        {REVIEW_FILTERS.map((f) => (
          <Link key={f} href={href(f)} aria-current={filter === f ? "page" : undefined} className={chip(filter === f)}>
            {REVIEW_FILTER_LABELS[f]} ({counts[f]})
          </Link>
        ))}
      </nav>
      {shown.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white px-3 py-4 text-slate-600">
          Không có tháng nào ở trạng thái &ldquo;{REVIEW_FILTER_LABELS[filter!]}&rdquo; trong năm {year}.
        </p>
      ) : (
        <ReviewGrid year={year} rows={shown} filtered={filter !== null} />
      )}
    </div>
  );
}
