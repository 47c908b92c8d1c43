import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { departments, users } from "@/db/schema";
import { requirePageUser } from "@/lib/auth/guards";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { ActiveToggle } from "./_components/active-toggle";

export const metadata = { title: "Người dùng" };

export default async function UsersPage() {
  await requirePageUser(["admin"]);
  const rows = getDb()
    .select({ id: users.id, username: users.username, fullName: users.fullName, role: users.role, active: users.active, department: departments.name })
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .orderBy(asc(users.id))
    .all();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Người dùng</h1>
      <p className="text-sm text-slate-600">{rows.length} tài khoản. Tài khoản bị vô hiệu hóa mất quyền truy cập ngay ở lần yêu cầu kế tiếp.</p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-sm">
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="px-3 py-2">Tên đăng nhập</th>
              <th scope="col" className="px-3 py-2">Họ tên</th>
              <th scope="col" className="px-3 py-2">Vai trò</th>
              <th scope="col" className="px-3 py-2">Đơn vị</th>
              <th scope="col" className="px-3 py-2">Trạng thái</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((u) => (
              <tr key={u.id} className="border-t border-slate-100" data-username={u.username}>
                <td className="px-3 py-2 font-mono">{u.username}</td>
                <td className="px-3 py-2">{u.fullName}</td>
                <td className="px-3 py-2">{ROLE_LABELS[u.role]}</td>
                <td className="px-3 py-2">{u.department ?? "—"}</td>
                <td className="px-3 py-2">
                  <span className={`mr-2 ${u.active ? "text-emerald-700" : "text-slate-500"}`}>{u.active ? "Đang hoạt động" : "Đã vô hiệu hóa"}</span>
                  <ActiveToggle userId={u.id} active={u.active} username={u.username} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
