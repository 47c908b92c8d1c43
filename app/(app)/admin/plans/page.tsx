import { getDb } from "@/db/client";
import { reportOpeningsOf } from "@/lib/admin/plan-years";
import { adminPlanYears } from "@/lib/admin/queries";
import { requirePageUser } from "@/lib/auth/guards";
import { PLAN_YEAR_STATUS_LABELS } from "@/lib/vocabulary/labels";
import { Card } from "../_components/field";
import { loadHouseStyle } from "@/lib/draft/house-style-store";
import { CreatePlanYearForm } from "./_components/create-plan-year-form";
import { HouseStyleForm } from "./_components/house-style-form";
import { PlanYearSettingsForm } from "./_components/plan-year-settings-form";
import { ReportOpeningsForm } from "./_components/report-openings-form";
import { YearStatusActions } from "./_components/year-status-actions";

export const metadata = { title: "Năm kế hoạch" };

const STATUS_CLASS = {
  draft: "bg-amber-100 text-amber-900",
  open: "bg-emerald-100 text-emerald-900",
  closed: "bg-slate-200 text-slate-700",
} as const;

export default async function PlanYearsPage() {
  await requirePageUser("plan.administer");
  const db = getDb();
  const years = adminPlanYears(db);
  const houseStyle = loadHouseStyle(db);
  const latest = years[0]?.year ?? new Date().getFullYear();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Năm kế hoạch</h1>
        <p className="text-sm text-slate-600">
          Mỗi tháng 12, tạo năm mới từ năm trước (chỉ tiêu và đơn vị chủ trì được sao chép), điền kế hoạch HĐND giao,
          rồi mở năm cho các đơn vị nhập số liệu. Khóa sổ khóa mọi số liệu của năm; mở lại cần lý do và được ghi nhật
          ký.
        </p>
      </div>
      <Card title="Văn phong báo cáo của tỉnh" id="house-style">
        <p className="mb-2 text-sm text-slate-600">Dùng khi viết dự thảo báo cáo và trong Mẫu câu.</p>
        <HouseStyleForm {...houseStyle} />
      </Card>
      <Card title="Tạo năm kế hoạch mới" id="create-year">
        <CreatePlanYearForm nextYear={latest + 1} years={years.map((y) => y.year)} />
      </Card>
      <div className="space-y-4">
        {years.map((y) => (
          <section
            key={y.year}
            aria-label={`Năm ${y.year}`}
            data-year={y.year}
            className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
          >
            <div className="flex flex-wrap items-center gap-3">
              <h2 className="text-xl font-semibold">Năm {y.year}</h2>
              <span
                data-status={y.status}
                className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_CLASS[y.status]}`}
              >
                {PLAN_YEAR_STATUS_LABELS[y.status]}
              </span>
              <span className="text-sm text-slate-600">
                {y.indicators} chỉ tiêu · {y.targets} kế hoạch · {y.unapproved} báo cáo tháng chưa duyệt
              </span>
            </div>
            <YearStatusActions year={y.year} status={y.status} version={y.version} />
            <PlanYearSettingsForm
              year={y.year}
              cutoffDay={y.cutoffDay}
              dueDay={y.dueDay}
              plannersMayEdit={y.plannersMayEdit}
              version={y.version}
            />
            <ReportOpeningsForm year={y.year} version={y.version} openings={reportOpeningsOf(db, y.year)} />
          </section>
        ))}
      </div>
    </div>
  );
}
