import Link from "next/link";
import { getDb } from "@/db/client";
import { adminIndicators, sectionOutline } from "@/lib/admin/queries";
import { requirePageUser } from "@/lib/auth/guards";
import { INDICATOR_KIND_LABELS } from "@/lib/vocabulary/labels";
import { listDepartmentsForYear } from "@/lib/catalogue/queries";
import { Card } from "../_components/field";
import { adminYear } from "../_components/admin-year";
import { YearLinks } from "../_components/year-select";
import { CreateIndicatorForm } from "./_components/create-indicator-form";

export const metadata = { title: "Chỉ tiêu" };

export default async function AdminIndicatorsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageUser("plan.edit");
  const db = getDb();
  const { year, status, editable, years } = await adminYear(db, user, searchParams);
  // the units' shares are counted under their province indicator, not listed (a hundred communes each)
  const rows = adminIndicators(db, year).filter((r) => r.shareOf === null);
  const departments = listDepartmentsForYear(db, year).map((d) => ({ value: d.code, label: d.name }));
  const sections = sectionOutline(db)
    .filter((s) => !s.narrativeOnly)
    .map((s) => ({ value: s.code, label: `${"\u00a0\u00a0".repeat(s.depth)}${s.code} ${s.title}` }));
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">Chỉ tiêu năm {year}</h1>
          <p className="text-sm text-slate-600">
            {rows.length} chỉ tiêu trong kế hoạch năm. Chỉ tiêu đã có số liệu không bao giờ bị xóa, chỉ ngừng theo dõi
            từ một năm và giữ nguyên lịch sử.
          </p>
        </div>
        <YearLinks years={years} current={year} basePath="/admin/indicators" />
      </div>
      {!editable && (
        <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700" data-testid="read-only-notice">
          {status === "closed"
            ? `Năm ${year} đã khóa sổ: danh mục chỉ xem, không thêm được chỉ tiêu.`
            : `Danh mục năm ${year} chỉ xem: quản trị hệ thống chưa cho phép chuyên viên tổng hợp sửa chỉ tiêu, kế hoạch năm này.`}
        </p>
      )}
      {editable && (
        <Card title={`Thêm chỉ tiêu vào kế hoạch năm ${year}`} id="add-indicator">
          <CreateIndicatorForm
            key={year}
            year={year}
            departments={departments}
            sections={sections}
            parents={rows.map((r) => ({ value: r.code, label: `${r.code} · ${r.name}` }))}
          />
        </Card>
      )}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-sm">
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="px-3 py-2">
                Mã
              </th>
              <th scope="col" className="px-3 py-2">
                Chỉ tiêu
              </th>
              <th scope="col" className="px-3 py-2">
                ĐVT
              </th>
              <th scope="col" className="px-3 py-2">
                Loại
              </th>
              <th scope="col" className="px-3 py-2">
                Mục
              </th>
              <th scope="col" className="px-3 py-2">
                Đơn vị chủ trì
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.code} className="border-t border-slate-100" data-indicator={r.code}>
                <td className="px-3 py-2 font-mono text-xs">
                  <Link
                    href={`/admin/indicators/${encodeURIComponent(r.code)}`}
                    className="text-brand-700 hover:underline"
                  >
                    {r.code}
                  </Link>
                </td>
                <td className={`px-3 py-2 ${r.parentId ? "pl-8" : ""}`}>{r.name}</td>
                <td className="px-3 py-2 text-slate-600">{r.unit}</td>
                <td className="px-3 py-2">{INDICATOR_KIND_LABELS[r.kind]}</td>
                <td className="px-3 py-2">{r.section ?? "—"}</td>
                <td className="px-3 py-2">
                  {r.departmentName}
                  {r.shares > 0 && (
                    <Link
                      href={`/admin/indicators/${encodeURIComponent(r.code)}#units`}
                      className="block text-xs text-brand-700 hover:underline"
                      data-shares={r.shares}
                    >
                      {r.shares} đơn vị báo cáo
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
