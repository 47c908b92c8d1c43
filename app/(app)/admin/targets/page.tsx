import { getDb } from "@/db/client";
import { targetGrid } from "@/lib/admin/queries";
import { requirePageUser } from "@/lib/auth/guards";
import { adminYear } from "../_components/admin-year";
import { YearLinks } from "../_components/year-select";
import { TargetGrid } from "./_components/target-grid";

export const metadata = { title: "Kế hoạch chỉ tiêu" };

export default async function TargetsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageUser("plan.edit");
  const db = getDb();
  const { year, status, editable, years } = await adminYear(db, user, searchParams);
  const rows = targetGrid(db, year);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">Kế hoạch chỉ tiêu năm {year}</h1>
          <p className="text-sm text-slate-600">
            Nhập như nghị quyết ghi: giá trị <code>3.800</code>, khoảng <code>7-7,5</code>, cận <code>≥ 7,5</code> hoặc{" "}
            <code>≤ 2</code>. Xóa trống một ô để bỏ kế hoạch đó.
          </p>
        </div>
        <YearLinks years={years} current={year} basePath="/admin/targets" />
      </div>
      {!editable && (
        <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700" data-testid="read-only-notice">
          {status === "closed"
            ? `Năm ${year} đã khóa sổ: kế hoạch chỉ xem, không sửa được.`
            : `Kế hoạch năm ${year} chỉ xem: quản trị hệ thống chưa cho phép chuyên viên tổng hợp sửa chỉ tiêu, kế hoạch năm này.`}
        </p>
      )}
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">Năm {year} chưa có chỉ tiêu nào.</p>
      ) : (
        <TargetGrid key={year} year={year} rows={rows} readOnly={!editable} />
      )}
    </div>
  );
}
