import Link from "next/link";
import { getDb } from "@/db/client";
import { requirePageUser } from "@/lib/auth/guards";
import { templateList, type TemplateListRow } from "@/lib/draft/template-preview";
import { templateForDisplay } from "@/lib/draft/template-names";
import { HOUSE_STYLE_LABELS } from "@/lib/draft/house-style";
import { loadHouseStyle } from "@/lib/draft/house-style-store";
import { periodLabel } from "@/lib/periods";
import { reportParams } from "@/lib/reports/report-params";
import { ReportControls } from "../_components/report-controls";
import type { SearchParams } from "../_components/page-params";

export const metadata = { title: "Mẫu câu" };

/** "Mẫu câu": every indicator's sentence template and the sentence it gives for the chosen period (planners, admins). */
export default async function TemplatesPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser("template.edit");
  const db = getDb();
  const params = reportParams(db, await searchParams, user);
  const rows = templateList(db, params);
  const { style } = loadHouseStyle(db);
  const sections = new Map<string, { title: string; rows: TemplateListRow[] }>();
  for (const row of rows) {
    const entry = sections.get(row.section) ?? { title: row.sectionTitle || "Chưa xếp mục", rows: [] };
    entry.rows.push(row);
    sections.set(row.section, entry);
  }
  const query = `year=${params.year}&period=${params.period}&counting=${params.counting}`;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">Mẫu câu dự thảo báo cáo</h1>
          <p className="max-w-3xl text-sm text-slate-600">
            Mỗi chỉ tiêu được viết thành một câu trong dự thảo báo cáo theo mẫu câu của nó. Câu bên dưới là câu của{" "}
            {periodLabel(params.period, params.year)} từ số liệu thực tế.
          </p>
          <p className="max-w-3xl text-sm text-slate-600" data-testid="house-style">
            Văn phong của tỉnh: tỷ lệ % {HOUSE_STYLE_LABELS.pctDecimals[style.pctDecimals].toLocaleLowerCase("vi")}; mức
            giảm nhỏ viết {HOUSE_STYLE_LABELS.smallFall[style.smallFall]}; cuối năm trước viết{" "}
            {HOUSE_STYLE_LABELS.yearEndName[style.yearEndName]}.
          </p>
        </div>
        <ReportControls params={params} />
      </div>
      {[...sections].map(([code, section]) => (
        <section
          key={code}
          aria-labelledby={`section-${code}`}
          className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
        >
          <h2 id={`section-${code}`} className="mb-3 font-semibold text-slate-800">
            {code} {section.title}
          </h2>
          <ul className="divide-y divide-slate-100">
            {section.rows.map((row) => (
              <li key={row.code} className="py-3" data-indicator={row.code}>
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div className="min-w-0 flex-1">
                    <p className="font-medium">
                      {row.name}{" "}
                      <span
                        className={`ml-1 rounded px-1.5 py-0.5 text-xs ${row.own ? "bg-brand-50 text-brand-800 ring-1 ring-brand-100" : "bg-slate-100 text-slate-600"}`}
                      >
                        {row.own ? "Mẫu riêng" : "Mặc định"}
                      </span>
                    </p>
                    <code className="mt-1 block break-words text-xs text-slate-600">
                      {templateForDisplay(row.template)}
                    </code>
                    <p className="mt-1 text-sm text-slate-800">
                      {row.parentName ? (
                        <span className="text-slate-500">Viết trong câu của “{row.parentName}”.</span>
                      ) : row.sentence === null ? (
                        <span className="text-amber-700">
                          Chưa có số liệu kỳ này: câu được bỏ qua và liệt kê là thiếu số liệu.
                        </span>
                      ) : (
                        row.sentence
                      )}
                    </p>
                  </div>
                  <Link
                    href={`/templates/${encodeURIComponent(row.code)}?${query}`}
                    className="shrink-0 rounded bg-brand-700 px-3 py-1 text-sm font-medium text-white hover:bg-brand-800"
                    aria-label={`Sửa mẫu câu: ${row.name}`}
                  >
                    Sửa
                  </Link>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
