import { getDb } from "@/db/client";
import { adminDepartments } from "@/lib/admin/queries";
import { requirePageUser } from "@/lib/auth/guards";
import { defaultPlanYear } from "@/lib/catalogue/queries";
import { Card } from "../_components/field";
import { CreateDepartmentForm, MergeDepartmentForm, RenameDepartment } from "./_components/department-forms";

export const metadata = { title: "Đơn vị" };

export default async function DepartmentsPage() {
  await requirePageUser("plan.administer");
  const db = getDb();
  const rows = adminDepartments(db);
  const year = defaultPlanYear(db);
  const active = rows.filter((d) => d.validTo === null).map((d) => ({ value: d.code, label: d.name }));
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Đơn vị</h1>
        <p className="text-sm text-slate-600">
          Đơn vị có hiệu lực theo năm kế hoạch. Sáp nhập từ một năm chuyển chỉ tiêu của năm đó trở đi sang đơn vị tiếp
          nhận; các năm trước giữ nguyên đơn vị cũ, số liệu và báo cáo.
        </p>
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-sm">
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="px-3 py-2">
                Mã
              </th>
              <th scope="col" className="px-3 py-2">
                Tên đơn vị
              </th>
              <th scope="col" className="px-3 py-2">
                Hiệu lực
              </th>
              <th scope="col" className="px-3 py-2">
                Tài khoản
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={d.code} className="border-t border-slate-100 align-top" data-department={d.code}>
                <td className="px-3 py-2 font-mono text-xs">{d.code}</td>
                <td className="px-3 py-2">
                  <span className="block">{d.name}</span>
                  <span className="text-xs text-slate-500">{d.shortName}</span>{" "}
                  <RenameDepartment code={d.code} name={d.name} shortName={d.shortName} version={d.version} />
                </td>
                <td className="px-3 py-2 whitespace-nowrap">
                  {d.validFrom}–{d.validTo ?? "nay"}
                  {d.mergedInto && <span className="block text-xs text-slate-500">sáp nhập vào {d.mergedInto}</span>}
                </td>
                <td className="px-3 py-2">{d.users}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Card title="Tạo đơn vị" id="create-department">
        <CreateDepartmentForm defaultYear={year} />
      </Card>
      <Card title="Sáp nhập đơn vị từ một năm" id="merge-department">
        <MergeDepartmentForm active={active} defaultYear={year + 1} />
      </Card>
    </div>
  );
}
