import { PACE_LABELS } from "@/lib/reports/pace-labels";
import type { PaceStatus } from "@/lib/rollup/pace";

const STYLE: Record<PaceStatus, string> = {
  exceeded: "bg-emerald-700 text-white",
  achieved: "bg-emerald-100 text-emerald-900",
  on_track: "bg-sky-100 text-sky-900",
  behind: "bg-amber-100 text-amber-900",
  at_risk: "bg-red-600 text-white",
  not_yet: "bg-slate-200 text-slate-800",
  not_achieved: "bg-red-100 text-red-900",
  no_target: "bg-slate-100 text-slate-600",
  no_data: "bg-slate-100 text-slate-600",
};

export function PaceBadge({ status }: { status: PaceStatus }) {
  return (
    <span
      className={`inline-block whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold ${STYLE[status]}`}
      data-pace={status}
    >
      {PACE_LABELS[status]}
    </span>
  );
}
