import { getDb } from "@/db/client";
import { plannersMayEditSomeYear } from "@/lib/admin/queries";
import { requirePageUser } from "@/lib/auth/guards";
import { ADMIN_TABS, PLANNER_PLAN_TABS } from "@/lib/auth/roles";
import { AdminTabs } from "./_components/admin-tabs";

/** The admin area: admins, and planners for the plan pages when an admin allowed them. Every page checks its own role. */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser(["admin", "planner"]);
  const tabs = user.role === "admin" ? ADMIN_TABS : plannersMayEditSomeYear(getDb()) ? PLANNER_PLAN_TABS : [];
  return (
    <div className="space-y-4">
      {tabs.length > 0 && <AdminTabs tabs={tabs} />}
      {children}
    </div>
  );
}
