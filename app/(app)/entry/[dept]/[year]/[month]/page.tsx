import Link from "next/link";
import { notReportingMessage } from "@/lib/units/unit-months";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { requireDepartmentAccess, requirePageUser } from "@/lib/auth/guards";
import { allowedTransitions, can } from "@/lib/auth/permissions";
import { visiblePlanYear } from "@/lib/auth/plan-years";
import { findDepartmentByCode } from "@/lib/catalogue/queries";
import { monthFormData } from "@/lib/entry/month-form-data";
import { formatViDate, submissionDueDate } from "@/lib/periods";
import { SUBMISSION_STATE_LABELS } from "@/lib/vocabulary/labels";
import { isEditable } from "@/lib/workflow/transitions";
import { listResults } from "@/lib/results/store";
import { resultSections } from "@/lib/results/sections";
import { EntryForm } from "./_components/entry-form";
import { ResultsPanel } from "./_components/results-panel";
import { ExcelPanel } from "./_components/excel-panel";

export const metadata = { title: "Nhập số liệu tháng" };

type Params = Promise<{ dept: string; year: string; month: string }>;

export default async function MonthEntryPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<{ revise?: string }>;
}) {
  const user = await requirePageUser("entry.view");
  const raw = await params;
  const year = Number(raw.year);
  const month = Number(raw.month);
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) notFound();
  const db = getDb();
  const department = findDepartmentByCode(db, raw.dept);
  requireDepartmentAccess(user, department?.id);
  // a year without a plan the user may see (one in preparation, to departments) does not exist for them
  if (!visiblePlanYear(db, user, year)) notFound();
  const revise = (await searchParams).revise === "1";
  const data = monthFormData(db, department!.id, year, month, { revise });
  if (!data.plan) notFound();
  const open = data.plan.status === "open";
  const state = data.submission.state;
  const enters = can(user, "entry.edit", department!.id);
  // a month the unit does not report in (a district after June 2025): shown, not changed
  const notReporting = notReportingMessage(department!, year, month);
  const canEdit = enters && open && isEditable(state) && !notReporting;
  const allowed = notReporting ? [] : allowedTransitions(user, { departmentId: department!.id, state }, data.plan);
  const due = submissionDueDate(year, month, { cutoffDay: data.plan.cutoffDay, dueDay: data.plan.dueDay });
  return (
    <div className="space-y-4">
      <nav aria-label="Đường dẫn" className="text-sm text-slate-600">
        <Link href={`/entry/${department!.code}?year=${year}`} className="hover:underline">
          {department!.name}
        </Link>{" "}
        / Tháng {month}/{year}
      </nav>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">
            Số liệu tháng {month}/{year}
          </h1>
          <p className="text-sm text-slate-600">
            {department!.name} · Hạn gửi {formatViDate(due)} · Trạng thái:{" "}
            <strong data-testid="submission-state">{SUBMISSION_STATE_LABELS[state]}</strong>
            {!open && (data.plan.status === "draft" ? " · Kế hoạch năm đang chuẩn bị" : " · Năm kế hoạch đã khóa sổ")}
          </p>
        </div>
        <nav aria-label="Chọn tháng" className="flex flex-wrap gap-1">
          {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
            <Link
              key={m}
              href={`/entry/${department!.code}/${year}/${m}`}
              aria-current={m === month ? "page" : undefined}
              className={`rounded px-2 py-0.5 text-xs ${m === month ? "bg-brand-700 text-white" : "bg-white ring-1 ring-slate-200 hover:bg-slate-100"}`}
            >
              T{m}
            </Link>
          ))}
        </nav>
      </div>
      {state === "returned" && data.submission.returnReason && (
        <div role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-900 ring-1 ring-red-200">
          <strong>Báo cáo bị trả lại:</strong> <span data-testid="return-reason">{data.submission.returnReason}</span>
          {data.submission.returnFields.length > 0 && (
            <span className="block">Các chỉ tiêu cần sửa được tô đỏ bên dưới.</span>
          )}
        </div>
      )}
      {notReporting && (
        <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700" data-testid="not-reporting-notice">
          {notReporting}.
        </p>
      )}
      {enters && !canEdit && open && !notReporting && (
        <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700" data-testid="locked-notice">
          {state === "approved"
            ? "Báo cáo tháng này đã được duyệt và khóa."
            : "Báo cáo đã gửi, đang chờ duyệt: không sửa được số liệu."}
        </p>
      )}
      <p className="no-print text-sm">
        {revise ? (
          <Link href={`/entry/${department!.code}/${year}/${month}`} className="text-brand-700 hover:underline">
            ← Chỉ hiện số liệu tháng {month}
          </Link>
        ) : (
          <Link
            href={`/entry/${department!.code}/${year}/${month}?revise=1`}
            className="text-brand-700 hover:underline"
          >
            Điều chỉnh số liệu các tháng trước (ước → chính thức)
          </Link>
        )}
      </p>
      <ExcelPanel base={`/api/v1/submissions/${department!.code}/${year}/${month}`} canUpload={canEdit} />
      <EntryForm
        department={department!.code}
        year={year}
        month={month}
        data={data}
        canEdit={canEdit}
        canFlag={allowed.includes("return")}
        can={{
          submit: allowed.includes("submit"),
          approve: allowed.includes("approve"),
          return: allowed.includes("return"),
          reopen: allowed.includes("reopen"),
          // an officer (who does not send) tells the head the month is entered
          ready: canEdit && !can(user, "submission.submit", department!.id),
        }}
        workflow={{
          department: department!.code,
          departmentName: department!.name,
          unitKind: department!.kind,
          year,
          month,
          due: due.toISOString(),
          sends: can(user, "submission.submit", department!.id),
          readyAt: data.submission.readyAt,
        }}
      />
      <ResultsPanel
        department={department!.code}
        year={year}
        month={month}
        items={listResults(db, { departmentId: department!.id, year, month })}
        sections={resultSections(db)}
        canEdit={canEdit}
      />
    </div>
  );
}
