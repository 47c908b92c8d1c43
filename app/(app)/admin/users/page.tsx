import { getDb } from "@/db/client";
import { ROLES } from "@/db/schema";
import { adminUsers } from "@/lib/admin/queries";
import { requirePageUser } from "@/lib/auth/guards";
import { restrictedUsernames } from "@/lib/auth/throttle";

import { defaultPlanYear, listDepartmentsForYear } from "@/lib/catalogue/queries";
import { ROLE_LABELS } from "@/lib/vocabulary/labels";
import { Card } from "../_components/field";
import { ActiveToggle } from "./_components/active-toggle";
import { UnlockLogin } from "./_components/unlock-login";
import { CreateUserForm, EditUser } from "./_components/user-forms";

export const metadata = { title: "Người dùng" };

export default async function UsersPage() {
  await requirePageUser("users.manage");
  const db = getDb();
  const rows = adminUsers(db);
  const restricted = restrictedUsernames(db);
  const roles = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));
  const departments = listDepartmentsForYear(db, defaultPlanYear(db)).map((d) => ({ value: d.code, label: d.name }));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Người dùng</h1>
      <p className="text-sm text-slate-600">
        {rows.length} tài khoản. Tài khoản bị vô hiệu hóa mất quyền truy cập ngay ở lần yêu cầu kế tiếp; đổi vai trò,
        đơn vị hay đặt lại mật khẩu cũng kết thúc mọi phiên đăng nhập của người đó. Cán bộ và lãnh đạo sở, ngành có
        e-mail nhận thư nhắc hạn báo cáo tháng.
      </p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-sm">
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="px-3 py-2">
                Tên đăng nhập
              </th>
              <th scope="col" className="px-3 py-2">
                Họ tên
              </th>
              <th scope="col" className="px-3 py-2">
                Vai trò
              </th>
              <th scope="col" className="px-3 py-2">
                Đơn vị
              </th>
              <th scope="col" className="px-3 py-2">
                Trạng thái
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((u) => (
              <tr key={u.id} className="border-t border-slate-100 align-top" data-username={u.username}>
                <td className="px-3 py-2 font-mono">{u.username}</td>
                <td className="px-3 py-2">
                  {u.fullName}
                  <span className="block text-xs text-slate-600" data-email>
                    {u.email ?? "Chưa có e-mail"}
                  </span>
                  <EditUser
                    userId={u.id}
                    username={u.username}
                    role={u.role}
                    department={u.department ?? ""}
                    email={u.email ?? ""}
                    roles={roles}
                    departments={departments}
                  />
                </td>
                <td className="px-3 py-2">{ROLE_LABELS[u.role]}</td>
                <td className="px-3 py-2">{u.departmentName ?? "—"}</td>
                <td className="px-3 py-2">
                  <span className={`mr-2 ${u.active ? "text-emerald-700" : "text-slate-500"}`}>
                    {u.active ? "Đang hoạt động" : "Đã vô hiệu hóa"}
                  </span>
                  <ActiveToggle userId={u.id} active={u.active} username={u.username} />
                  {restricted.has(u.username) && (
                    <UnlockLogin userId={u.id} username={u.username} failures={restricted.get(u.username)!} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Card title="Tạo người dùng" id="create-user">
        <CreateUserForm roles={roles} departments={departments} />
      </Card>
    </div>
  );
}
