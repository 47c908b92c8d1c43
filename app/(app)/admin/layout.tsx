import { getDb } from "@/db/client";
import { plannersMayEditSomeYear } from "@/lib/admin/queries";
import { requirePageUser } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { adminTabsFor } from "@/lib/auth/navigation";
import { AdminTabs } from "./_components/admin-tabs";

/** The admin area: admins, and planners for the plan pages when an admin allowed them. Every page checks its own role. */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser("plan.edit");
  const tabs = adminTabsFor(user, {
    plannersMayEditSomeYear: !can(user, "plan.administer") && plannersMayEditSomeYear(getDb()),
  });
  return (
    <div className="space-y-4">
      {tabs.length > 0 && <AdminTabs tabs={tabs} />}
      {children}
    </div>
  );
}
