import { getDb } from "@/db/client";
import { requirePageUser } from "@/lib/auth/guards";
import { canChangePlanYear } from "@/lib/auth/permissions";
import { adminYear } from "../_components/admin-year";
import { ImportForm } from "./_components/import-form";

export const metadata = { title: "Nhập kế hoạch từ Excel" };

export default async function PlanImportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageUser("plan.edit");
  const { year, years } = await adminYear(getDb(), user, searchParams);
  // only the years whose plan the user may change now: an import into any other is refused
  const editable = years.filter((y) => canChangePlanYear(user, y)).map((y) => y.year);
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold">Nhập kế hoạch từ Excel</h1>
        <p className="text-sm text-slate-600">
          Tệp .xlsx theo phụ lục nghị quyết HĐND: các cột <strong>STT</strong>, <strong>Chỉ tiêu</strong>,{" "}
          <strong>ĐVT</strong>, <strong>Kế hoạch</strong> (giá trị, khoảng &quot;7-7,5&quot; hoặc cận &quot;≥
          7,5&quot;), <strong>Đơn vị chủ trì</strong> (mã hoặc tên), và nếu có <strong>Mã chỉ tiêu</strong>,{" "}
          <strong>Nguồn</strong> (HĐND, TW, Phấn đấu), <strong>Loại</strong>. Dòng &quot;1.1&quot; thuộc chỉ tiêu
          &quot;1&quot;; dòng &quot;-&quot; thuộc chỉ tiêu đánh số ngay trên. Xem trước cho biết sẽ tạo, thay đổi gì và
          lỗi từng dòng; chỉ khi xác nhận mới ghi, ghi tất cả hoặc không ghi gì.
        </p>
      </div>
      {editable.length === 0 ? (
        <p className="text-sm text-slate-600">Không có năm kế hoạch nào bạn được sửa (đang chuẩn bị hoặc đang mở).</p>
      ) : (
        <ImportForm years={editable} defaultYear={editable.includes(year) ? year : editable[0]} />
      )}
    </div>
  );
}
