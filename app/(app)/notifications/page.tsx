import Link from "next/link";
import { getDb } from "@/db/client";
import { requirePageUser } from "@/lib/auth/guards";
import { userNotifications } from "@/lib/notifications/queries";

export const metadata = { title: "Thông báo" };

const STYLE = {
  overdue: "border-red-300 bg-red-50",
  returned: "border-red-200 bg-white",
  ready: "border-sky-300 bg-sky-50",
  due_soon: "border-amber-300 bg-amber-50",
  awaiting_review: "border-sky-200 bg-white",
  approved: "border-emerald-200 bg-white",
} as const;

export default async function NotificationsPage() {
  const user = await requirePageUser("notifications.view");
  const list = userNotifications(getDb(), user);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Thông báo</h1>
      {list.length === 0 ? (
        <p className="text-slate-600">Không có thông báo mới.</p>
      ) : (
        <ul className="space-y-2">
          {list.map((n) => (
            <li
              key={`${n.kind}:${n.href}`}
              data-kind={n.kind}
              className={`rounded-md border px-3 py-2 text-sm ${STYLE[n.kind]}`}
            >
              <Link href={n.href} className="hover:underline">
                {n.text}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
