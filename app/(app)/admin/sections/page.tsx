import { getDb } from "@/db/client";
import { moveSectionAction } from "@/lib/admin/actions/catalogue";
import { sectionOutline } from "@/lib/admin/queries";
import { requirePageUser } from "@/lib/auth/guards";
import { ActionButton } from "../_components/action-button";
import { Card } from "../_components/field";
import { EditSection, SectionForm } from "./_components/section-form";

export const metadata = { title: "Mục báo cáo" };

const arrow = "rounded px-2 py-0.5 text-xs ring-1 ring-slate-300 hover:bg-slate-50 disabled:opacity-40";

export default async function SectionsPage() {
  await requirePageUser("plan.administer");
  const outline = sectionOutline(getDb());
  const parents = outline.map((s) => ({
    value: s.code,
    label: `${"\u00a0\u00a0".repeat(s.depth)}${s.code} ${s.title}`,
  }));
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Mục báo cáo</h1>
        <p className="text-sm text-slate-600">
          Thứ tự và cấp của các mục như đề cương báo cáo tình hình kinh tế - xã hội; chỉ tiêu được xếp vào mục.
        </p>
      </div>
      <ol
        className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white"
        aria-label="Đề cương báo cáo"
      >
        {outline.map((s) => (
          <li
            key={s.id}
            className="px-3 py-2"
            style={{ paddingLeft: `${0.75 + s.depth * 1.5}rem` }}
            data-section={s.code}
          >
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-mono text-xs text-slate-500">{s.code}</span>
              <span className={s.depth === 0 ? "font-semibold" : ""}>{s.title}</span>
              {s.narrativeOnly && <span className="rounded bg-slate-100 px-1.5 text-xs text-slate-600">lời văn</span>}
              <span className="ml-auto inline-flex gap-1">
                {!s.first && (
                  <ActionButton
                    action={moveSectionAction}
                    payload={{ id: s.id, direction: "up" }}
                    label="↑"
                    ariaLabel={`Đưa ${s.code} lên`}
                    className={arrow}
                  />
                )}
                {!s.last && (
                  <ActionButton
                    action={moveSectionAction}
                    payload={{ id: s.id, direction: "down" }}
                    label="↓"
                    ariaLabel={`Đưa ${s.code} xuống`}
                    className={arrow}
                  />
                )}
              </span>
            </div>
            <EditSection
              values={{
                id: s.id,
                code: s.code,
                title: s.title,
                parent: s.parentCode ?? "",
                narrativeOnly: s.narrativeOnly,
              }}
              parents={parents}
            />
          </li>
        ))}
      </ol>
      <Card title="Thêm mục" id="add-section">
        <SectionForm values={{ code: "", title: "", parent: "", narrativeOnly: false }} parents={parents} />
      </Card>
    </div>
  );
}
