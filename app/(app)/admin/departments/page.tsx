import { getDb } from "@/db/client";
import { UNIT_KINDS } from "@/db/schema/vocabulary";
import { adminDepartments } from "@/lib/admin/queries";
import { requirePageUser } from "@/lib/auth/guards";
import { defaultPlanYear } from "@/lib/catalogue/queries";
import { UNIT_KIND_LABELS } from "@/lib/vocabulary/labels";
import { unitSpanText } from "@/lib/units/unit-span";
import { FoldButton } from "../../_components/fold";
import { Card } from "../_components/field";
import {
  CreateDepartmentForm,
  DeclareSuccessionForm,
  EndUnit,
  MergeDepartmentForm,
  RemoveSuccessionButton,
  RenameDepartment,
} from "./_components/department-forms";

export const metadata = { title: "Đơn vị" };

/** Rows of a kind shown before the rest fold (a province has a hundred communes and wards). */
const SHOWN_UNITS = 30;

export default async function DepartmentsPage() {
  await requirePageUser("plan.administer");
  const db = getDb();
  const rows = adminDepartments(db);
  const year = defaultPlanYear(db);
  const active = rows.filter((d) => d.validTo === null).map((d) => ({ value: d.code, label: d.name }));
  const nameOf = new Map(rows.map((d) => [d.code, d.name]));
  const everyUnit = rows.map((d) => ({ value: d.code, label: `${d.name} (${unitSpanText(d)})` }));
  const successors = rows.filter((d) => d.predecessors.length > 0);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Đơn vị</h1>
        <p className="text-sm text-slate-600">
          Đơn vị báo cáo (sở, ban, ngành; huyện, thành phố; xã, phường) có hiệu lực theo năm kế hoạch. Sáp nhập từ một
          năm chuyển chỉ tiêu của năm đó trở đi sang đơn vị tiếp nhận; các năm trước giữ nguyên đơn vị cũ, số liệu và
          báo cáo. Một đơn vị có thể bắt đầu hoặc kết thúc giữa năm (huyện báo cáo đến tháng 6/2025, xã, phường từ tháng
          7/2025): &ldquo;Kết thúc&rdquo; đặt tháng cuối cùng đơn vị báo cáo.
        </p>
      </div>
      {UNIT_KINDS.map((kind) => {
        const group = rows.filter((d) => d.kind === kind);
        if (group.length === 0) return null;
        const id = `units-${kind}`;
        return (
          <section key={kind} aria-labelledby={`${id}-heading`} className="space-y-2" data-unit-kind={kind}>
            <h2 id={`${id}-heading`} className="text-lg font-semibold">
              {UNIT_KIND_LABELS[kind]} ({group.length})
            </h2>
            <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
              <table id={id} className="card-table min-w-full text-sm">
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
                  {group.map((d, i) => (
                    <tr
                      key={d.code}
                      className="border-t border-slate-100 align-top"
                      data-department={d.code}
                      data-fold-extra={i >= SHOWN_UNITS || undefined}
                    >
                      <td className="px-3 py-2 font-mono text-xs max-md:col-span-6" data-label="Mã">
                        {d.code}
                      </td>
                      <td className="px-3 py-2">
                        <span className="block">{d.name}</span>
                        <span className="text-xs text-slate-500">{d.shortName}</span>{" "}
                        <RenameDepartment
                          code={d.code}
                          name={d.name}
                          shortName={d.shortName}
                          version={d.version}
                          kind={d.kind}
                        />
                      </td>
                      <td className="px-3 py-2 md:whitespace-nowrap max-md:col-span-4" data-label="Hiệu lực">
                        {unitSpanText(d)}
                        {d.mergedInto && (
                          <span className="block text-xs text-slate-500">sáp nhập vào {d.mergedInto}</span>
                        )}
                        {d.predecessors.length > 0 && (
                          <span className="block text-xs text-slate-500">
                            kế tục {d.predecessors.map((p) => p.code).join(", ")} từ {d.predecessors[0].fromYear}
                          </span>
                        )}
                        {d.validTo === null && (
                          <EndUnit
                            code={d.code}
                            name={d.name}
                            version={d.version}
                            defaultYear={Math.max(year, d.validFrom)}
                          />
                        )}
                      </td>
                      <td className="px-3 py-2 max-md:col-span-2" data-label="Tài khoản">
                        {d.users}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {group.length > SHOWN_UNITS && (
              <FoldButton controls={id} more={`Xem thêm ${group.length - SHOWN_UNITS} đơn vị`} />
            )}
          </section>
        );
      })}
      <Card title="Tạo đơn vị" id="create-department">
        <CreateDepartmentForm defaultYear={year} />
      </Card>
      <Card title="Sáp nhập đơn vị từ một năm" id="merge-department">
        <MergeDepartmentForm active={active} defaultYear={year + 1} />
      </Card>
      <Card title="Kế tục đơn vị (sáp nhập, chia tách, sắp xếp đơn vị hành chính)" id="successions">
        <p className="text-sm text-slate-600">
          Một đơn vị kế tục nhiệm vụ của một hay nhiều đơn vị năm trước (sáp nhập: nhiều đơn vị; chia tách: khai báo
          từng đơn vị mới với cùng đơn vị cũ). Khi so sánh cùng kỳ theo đơn vị, số năm trước của đơn vị kế tục là tổng
          số của các đơn vị trước. Số liệu các năm trước không thay đổi.
        </p>
        {successors.length === 0 ? (
          <p className="text-sm text-slate-600">Chưa khai báo kế tục nào.</p>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm" aria-label="Các khai báo kế tục">
            {successors.map((d) => (
              <li
                key={d.code}
                className="flex flex-wrap items-center justify-between gap-2 py-2"
                data-successor={d.code}
              >
                <span>
                  <strong className="font-medium">{d.name}</strong> kế tục{" "}
                  {d.predecessors.map((p) => nameOf.get(p.code) ?? p.code).join(", ")} từ năm{" "}
                  {d.predecessors[0].fromYear}
                </span>
                <RemoveSuccessionButton successor={d.code} label={d.name} />
              </li>
            ))}
          </ul>
        )}
        <DeclareSuccessionForm units={everyUnit} defaultYear={year + 1} />
      </Card>
    </div>
  );
}
