import Link from "next/link";
import { templateForDisplay } from "@/lib/draft/template-names";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { adminIndicators, indicatorDetail, sectionOutline, unitReportingOf } from "@/lib/admin/queries";
import { can, canChangePlanYear, canEditIndicator, canSeePlanYear } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/guards";
import { listDepartmentsForYear } from "@/lib/catalogue/queries";
import { INDICATOR_KIND_LABELS, PLAN_YEAR_STATUS_LABELS, UNIT_KIND_PLURALS, lowerLabel } from "@/lib/vocabulary/labels";
import { Card } from "../../_components/field";
import { EditIndicatorForm } from "./_components/edit-indicator-form";
import { DeleteIndicatorButton, ReassignForm, RetireForm } from "./_components/lifecycle-forms";
import { UnitReportingForm } from "./_components/unit-reporting-form";
import { WithdrawUnitReporting } from "./_components/withdraw-unit-reporting";

export const metadata = { title: "Sửa chỉ tiêu" };

export default async function AdminIndicatorPage({ params }: { params: Promise<{ code: string }> }) {
  const user = await requirePageUser("plan.edit");
  const db = getDb();
  const found = indicatorDetail(db, decodeURIComponent((await params).code));
  if (!found) notFound();
  // the years of a plan in preparation the user may not see are left out; an indicator only in such years does not exist for them
  const plans = found.plans.filter((p) => canSeePlanYear(user, p));
  if (found.plans.length > 0 && plans.length === 0) notFound();
  const indicator = { ...found, plans };
  const editable = canEditIndicator(user, plans);
  const latest = indicator.plans.at(-1)?.year;
  const openYears = indicator.plans.filter((p) => p.status !== "closed").map((p) => p.year);
  const sections = sectionOutline(db).map((s) => ({
    value: s.code,
    label: `${"\u00a0\u00a0".repeat(s.depth)}${s.code} ${s.title}`,
  }));
  const parents = latest
    ? adminIndicators(db, latest)
        .filter((r) => r.code !== indicator.code && r.shareOf === null)
        .map((r) => ({ value: r.code, label: `${r.code} · ${r.name}` }))
    : [];
  const departments = latest ? listDepartmentsForYear(db, latest).map((d) => ({ value: d.code, label: d.name })) : [];
  const visibleYears = new Set(plans.map((p) => p.year));
  const byUnits = unitReportingOf(db, indicator.id).filter((r) => visibleYears.has(r.year));
  const shareOf = indicator.shareOfId === null ? null : indicatorDetail(db, indicator.shareOfCode!);
  const unitYears = plans.filter((p) => canChangePlanYear(user, p)).map((p) => p.year);
  return (
    <div className="space-y-6">
      <div>
        <Link href="/admin/indicators" className="text-sm text-brand-700 hover:underline">
          ← Danh sách chỉ tiêu
        </Link>
        <h1 className="text-2xl font-bold">{indicator.name}</h1>
        <p className="text-sm text-slate-600">
          Mã <span className="font-mono">{indicator.code}</span> · {indicator.valueCount} số liệu
          {indicator.retiredFromYear !== null && ` · ngừng theo dõi từ năm ${indicator.retiredFromYear}`}
        </p>
      </div>
      <Card title="Thông tin chỉ tiêu" id="edit">
        {editable ? (
          <EditIndicatorForm
            hasValues={indicator.valueCount > 0}
            sections={sections}
            parents={parents}
            values={{
              code: indicator.code,
              version: indicator.version,
              name: indicator.name,
              sentenceName: indicator.sentenceName ?? "",
              unit: indicator.unit,
              kind: indicator.kind,
              section: indicator.sectionCode,
              parent: indicator.parentCode,
              precision: indicator.precision,
              direction: indicator.direction,
              sentenceTemplate: templateForDisplay(indicator.sentenceTemplate ?? ""),
            }}
          />
        ) : (
          <>
            <p className="mb-3 text-sm text-slate-600" data-testid="read-only-notice">
              Chỉ xem: chỉ tiêu không thuộc năm kế hoạch nào quản trị hệ thống cho phép chuyên viên tổng hợp sửa.
            </p>
            <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]" aria-label="Thông tin chỉ tiêu">
              {(
                [
                  ["Tên chỉ tiêu", indicator.name],
                  ["Tên dùng trong câu báo cáo", indicator.sentenceName || "—"],
                  ["Đơn vị tính", indicator.unit],
                  ["Loại", INDICATOR_KIND_LABELS[indicator.kind]],
                  ["Mục báo cáo", indicator.sectionCode || "—"],
                  ["Chỉ tiêu cha", indicator.parentCode || "—"],
                  ["Số chữ số thập phân", String(indicator.precision)],
                  ["Chiều tốt", indicator.direction === "down" ? "Càng thấp càng tốt" : "Càng cao càng tốt"],
                  ["Mẫu câu", indicator.sentenceTemplate ? templateForDisplay(indicator.sentenceTemplate) : "Mặc định"],
                ] as const
              ).map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="font-medium text-slate-600">{label}</dt>
                  <dd className="mb-1 break-words sm:mb-0">{value}</dd>
                </div>
              ))}
            </dl>
          </>
        )}
      </Card>
      <Card title="Đơn vị chủ trì theo năm" id="plans">
        <ul className="divide-y divide-slate-100 text-sm">
          {indicator.plans.map((p) => (
            <li key={p.year} className="flex flex-wrap gap-x-3 py-1.5" data-plan-year={p.year}>
              <span className="w-12 font-medium">{p.year}</span>
              <span>{p.departmentName}</span>
              <span className="text-slate-500">({lowerLabel(PLAN_YEAR_STATUS_LABELS[p.status])})</span>
            </li>
          ))}
          {indicator.plans.length === 0 && <li className="py-1.5 text-slate-600">Không thuộc kế hoạch năm nào.</li>}
        </ul>
        {can(user, "plan.administer") && openYears.length > 0 && (
          <ReassignForm code={indicator.code} years={openYears} departments={departments} />
        )}
      </Card>
      {shareOf ? (
        <Card title="Phần của một đơn vị" id="units">
          <p className="text-sm text-slate-600">
            Chỉ tiêu này là phần của {indicator.plans.at(-1)?.departmentName ?? "một đơn vị"} trong chỉ tiêu{" "}
            <Link
              href={`/admin/indicators/${encodeURIComponent(shareOf.code)}`}
              className="text-brand-700 hover:underline"
            >
              {shareOf.name}
            </Link>{" "}
            của tỉnh: đơn vị nhập số liệu, kế hoạch giao cho đơn vị; số của tỉnh là tổng các đơn vị.
          </p>
        </Card>
      ) : (
        (byUnits.length > 0 || unitYears.length > 0) && (
          <Card title="Báo cáo theo từng đơn vị" id="units">
            <p className="text-sm text-slate-600">
              Chỉ tiêu do từng huyện, thành phố hoặc từng xã, phường báo cáo: mỗi đơn vị có phần riêng (kế hoạch, số
              liệu, báo cáo tháng); số của tỉnh là tổng các đơn vị, trừ khi đơn vị chủ trì nhập số của tỉnh.
            </p>
            {byUnits.length > 0 && (
              <ul className="divide-y divide-slate-100 text-sm" aria-label="Đơn vị báo cáo theo năm">
                {byUnits.map((r) => (
                  <li key={r.year} className="py-1.5" data-unit-reporting={r.year}>
                    <span className="font-medium">{r.year}</span>: {UNIT_KIND_PLURALS[r.kind]} báo cáo,{" "}
                    <span data-share-count>{r.shares.length} đơn vị có phần</span>
                    {unitYears.includes(r.year) && (
                      <WithdrawUnitReporting
                        code={indicator.code}
                        year={r.year}
                        unitsLabel={UNIT_KIND_PLURALS[r.kind]}
                        shareCount={r.shares.length}
                      />
                    )}
                    <span className="block text-xs text-slate-500">{r.shares.map((s) => s.unit).join(", ")}</span>
                  </li>
                ))}
              </ul>
            )}
            {unitYears.length > 0 && <UnitReportingForm code={indicator.code} years={unitYears} />}
          </Card>
        )
      )}
      {can(user, "plan.administer") && (
        <Card title="Ngừng theo dõi hoặc xóa" id="lifecycle">
          <p className="text-sm text-slate-600">
            Ngừng theo dõi bỏ chỉ tiêu khỏi kế hoạch từ năm đã chọn trở đi; các năm trước giữ nguyên số liệu và lịch sử.
            Chỉ xóa hẳn được chỉ tiêu chưa từng có số liệu.
          </p>
          <RetireForm
            code={indicator.code}
            version={indicator.version}
            years={openYears.length ? openYears : [new Date().getFullYear()]}
          />
          <DeleteIndicatorButton code={indicator.code} version={indicator.version} />
        </Card>
      )}
    </div>
  );
}
