import Link from "next/link";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { isDepartmentRole } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/guards";
import { defaultPlanYear, listDepartmentsForYear } from "@/lib/catalogue/queries";

export const metadata = { title: "Số liệu các đơn vị" };

/** Officers and department heads go straight to their department; planners and admins pick one. */
export default async function EntryIndexPage() {
  const user = await requirePageUser("entry.view");
  if (isDepartmentRole(user.role)) {
    if (!user.departmentCode) redirect("/forbidden");
    redirect(`/entry/${user.departmentCode}`);
  }
  const db = getDb();
  const departments = listDepartmentsForYear(db, defaultPlanYear(db));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Số liệu các đơn vị</h1>
      <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {departments.map((d) => (
          <li key={d.id}>
            <Link
              href={`/entry/${d.code}`}
              className="block rounded-md bg-white px-3 py-2 ring-1 ring-slate-200 hover:ring-brand-600"
            >
              {d.name}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
