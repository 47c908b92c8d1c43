import { getDb } from "@/db/client";
import { recentAudit } from "@/lib/admin/queries";
import { requirePageUser } from "@/lib/auth/guards";
import { formatViDateTime } from "@/lib/text/datetime";

export const metadata = { title: "Nhật ký thay đổi" };

const short = (v: unknown) => {
  if (v === null || v === undefined) return "";
  const text = typeof v === "string" ? v : JSON.stringify(v);
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
};

export default async function AuditPage() {
  await requirePageUser("audit.view");
  const rows = recentAudit(getDb());
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold">Nhật ký thay đổi</h1>
        <p className="text-sm text-slate-600">200 thay đổi gần nhất: ai, lúc nào, trước và sau, lý do.</p>
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-xs">
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="px-2 py-2">
                Lúc
              </th>
              <th scope="col" className="px-2 py-2">
                Ai
              </th>
              <th scope="col" className="px-2 py-2">
                Thao tác
              </th>
              <th scope="col" className="px-2 py-2">
                Đối tượng
              </th>
              <th scope="col" className="px-2 py-2">
                Trước
              </th>
              <th scope="col" className="px-2 py-2">
                Sau
              </th>
              <th scope="col" className="px-2 py-2">
                Lý do
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-t border-slate-100 align-top" data-action={r.action}>
                <td className="px-2 py-1.5 whitespace-nowrap">{formatViDateTime(r.at)}</td>
                <td className="px-2 py-1.5 font-mono">{r.username ?? "hệ thống"}</td>
                <td className="px-2 py-1.5 font-mono">{r.action}</td>
                <td className="px-2 py-1.5 font-mono">
                  {r.entity} {r.entityId}
                </td>
                <td className="max-w-64 px-2 py-1.5 break-all text-slate-600">{short(r.before)}</td>
                <td className="max-w-64 px-2 py-1.5 break-all">{short(r.after)}</td>
                <td className="px-2 py-1.5">{r.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
