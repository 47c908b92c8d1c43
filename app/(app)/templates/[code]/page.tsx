import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { requirePageUser } from "@/lib/auth/guards";
import { templateEditorData } from "@/lib/draft/template-preview";
import { KNOWN_PLACEHOLDERS, PLACEHOLDER_HELP, PLACEHOLDER_NAMES } from "@/lib/draft/template";
import { periodLabel } from "@/lib/periods";
import { reportParams } from "@/lib/reports/report-params";
import { ReportControls } from "../../_components/report-controls";
import type { SearchParams } from "../../_components/page-params";
import { TemplateEditor } from "./_components/template-editor";

export const metadata = { title: "Sửa mẫu câu" };

export default async function TemplateEditPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: SearchParams;
}) {
  const user = await requirePageUser("template.edit");
  const db = getDb();
  const { code } = await params;
  const report = reportParams(db, await searchParams, user);
  const data = templateEditorData(db, decodeURIComponent(code), report);
  if (!data) notFound();
  const back = `/templates?year=${report.year}&period=${report.period}&counting=${report.counting}`;
  return (
    <div className="space-y-4">
      <nav aria-label="Đường dẫn" className="text-sm">
        <Link href={back} className="text-brand-700 hover:underline">
          ← Mẫu câu
        </Link>
      </nav>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{data.name}</h1>
          <p className="text-sm text-slate-600">
            Mã {data.code} · {data.unit}
            {data.parentName ? ` · thành phần của “${data.parentName}”` : ""} · xem trước với số liệu{" "}
            {periodLabel(report.period, report.year)}
          </p>
        </div>
        <ReportControls params={report} />
      </div>
      <TemplateEditor data={data} />
      <section aria-labelledby="placeholder-help" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
        <h2 id="placeholder-help" className="mb-2 font-semibold">
          Cách viết mẫu câu
        </h2>
        <ul className="mb-3 list-disc space-y-1 pl-5 text-sm text-slate-700">
          <li>Các trường trong dấu {"{ }"} được thay bằng số liệu của kỳ báo cáo.</li>
          <li>
            Phần trong dấu [ ] được bỏ đi khi trường bên trong không có số liệu (ví dụ chưa có kế hoạch, chưa có số cùng
            kỳ).
          </li>
          <li>
            Mẫu bắt đầu bằng dấu + được nối tiếp vào câu trước trong cùng mục, ví dụ “+, với tổng số vốn đăng ký{" "}
            {`{${PLACEHOLDER_NAMES.value}}`}”.
          </li>
          <li>
            Để trống mẫu câu để dùng mẫu mặc định. Chỉ tiêu chưa có số liệu không bao giờ được viết là 0: câu được bỏ
            qua.
          </li>
        </ul>
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
          {KNOWN_PLACEHOLDERS.map((p) => (
            <div key={p} className="contents">
              <dt>
                <code className="text-brand-800" title={`{${p}}`}>
                  {`{${PLACEHOLDER_NAMES[p]}}`}
                </code>
              </dt>
              <dd className="mb-1 text-slate-700 sm:mb-0">{PLACEHOLDER_HELP[p]}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
