import { getDb } from "@/db/client";
import { revokeTokenAction } from "@/lib/admin/actions/organisation";
import { adminTokens, adminUsers } from "@/lib/admin/queries";
import { requirePageUser } from "@/lib/auth/guards";
import { ActionButton } from "../_components/action-button";
import { Card, dangerButtonClass } from "../_components/field";
import { CreateTokenForm } from "./_components/create-token-form";
import { formatViDateTime } from "@/lib/text/datetime";

export const metadata = { title: "Mã truy cập API" };

const at = (iso: string | null) => (iso ? formatViDateTime(iso) : "—");

export default async function TokensPage() {
  await requirePageUser("users.manage");
  const db = getDb();
  const tokens = adminTokens(db);
  const users = adminUsers(db)
    .filter((u) => u.active)
    .map((u) => ({ value: u.id, label: `${u.username} · ${u.fullName}` }));
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Mã truy cập API</h1>
        <p className="text-sm text-slate-600">
          Mã truy cập cho phần mềm khác gọi /api/v1 thay một người dùng, với đúng quyền và phạm vi đơn vị của người đó.
          Thu hồi có hiệu lực ngay.
        </p>
      </div>
      <Card title="Cấp mã mới" id="create-token">
        <CreateTokenForm users={users} />
      </Card>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-sm">
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="px-3 py-2">
                Tên
              </th>
              <th scope="col" className="px-3 py-2">
                Người dùng
              </th>
              <th scope="col" className="px-3 py-2">
                Tạo lúc
              </th>
              <th scope="col" className="px-3 py-2">
                Trạng thái
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((t) => (
              <tr key={t.id} className="border-t border-slate-100" data-token={t.name}>
                <td className="px-3 py-2">{t.name}</td>
                <td className="px-3 py-2 font-mono text-xs">{t.username}</td>
                <td className="px-3 py-2 whitespace-nowrap">{at(t.createdAt)}</td>
                <td className="px-3 py-2">
                  {t.revokedAt ? (
                    <span className="text-slate-500">Đã thu hồi {at(t.revokedAt)}</span>
                  ) : (
                    <ActionButton
                      action={revokeTokenAction}
                      payload={{ tokenId: t.id }}
                      label="Thu hồi"
                      ariaLabel={`Thu hồi ${t.name}`}
                      confirm={`Thu hồi mã "${t.name}"? Phần mềm dùng mã này sẽ bị từ chối ngay.`}
                      className={dangerButtonClass}
                    />
                  )}
                </td>
              </tr>
            ))}
            {tokens.length === 0 && (
              <tr>
                <td colSpan={4} className="px-3 py-3 text-slate-600">
                  Chưa có mã truy cập nào.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
