import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { requirePageUser } from "@/lib/auth/guards";
import { currentSnapshot } from "@/lib/draft/current-data";
import { generatedFigureTexts } from "@/lib/draft/figures";
import { finalDifferences } from "@/lib/draft/final-diff";
import { generateDraft } from "@/lib/draft/generate";
import { can } from "@/lib/auth/permissions";
import { visiblePlanYear } from "@/lib/auth/plan-years";
import { latestFinalVersion, listDraftVersions, loadDraftVersion, withEmptySections } from "@/lib/draft/versions";
import { REPORT_PERIODS, periodLabel, type ReportPeriod } from "@/lib/periods";
import { DEFAULT_COUNTING, isCountingMode, type CountingMode } from "@/db/schema/vocabulary";
import { COUNTING_LABELS } from "@/lib/vocabulary/labels";
import { provinceReport } from "@/lib/reports/province-report";
import type { SearchParams } from "../../../_components/page-params";
import { FinalDiffPanel } from "../../_components/final-diff-panel";
import { VersionList } from "../../_components/version-list";
import { CommentsPanel } from "./_components/comments-panel";
import { DraftEditor } from "./_components/draft-editor";
import { commentsForVersion } from "@/lib/draft/comments";
import { formatViDateTime } from "@/lib/text/datetime";

export const metadata = { title: "Soạn dự thảo báo cáo" };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function DraftEditorPage({
  params,
  searchParams,
}: {
  params: Promise<{ year: string; period: string }>;
  searchParams: SearchParams;
}) {
  const user = await requirePageUser("draft.view");
  const db = getDb();
  const route = await params;
  const query = await searchParams;
  const year = Number(route.year);
  if (
    !Number.isInteger(year) ||
    !visiblePlanYear(db, user, year) ||
    !(REPORT_PERIODS as readonly string[]).includes(route.period)
  )
    notFound();
  const period = route.period as ReportPeriod;
  const canEdit = can(user, "draft.edit");
  const canFinalize = can(user, "draft.finalize");
  const canComment = can(user, "draft.comment");
  const canResolve = can(user, "draft.resolve_comment");

  const versions = withEmptySections(db, listDraftVersions(db, year, period));
  const latest = versions[0] ?? null;
  const asked = Number(first(query.version));
  const opened = asked ? versions.find((v) => v.id === asked) : first(query.fresh) && canEdit ? undefined : latest;
  if (asked && !opened) notFound();
  const askedCounting = first(query.counting) as CountingMode;
  const counting =
    opened?.counting ?? latest?.counting ?? (isCountingMode(askedCounting) ? askedCounting : DEFAULT_COUNTING);
  const request = { year, period, counting };

  const fresh = generateDraft(db, request);
  const doc = opened ? loadDraftVersion(db, opened.id)! : canEdit ? fresh : null;
  const isLatest = !opened || opened.id === latest?.id;
  const names = Object.fromEntries(provinceReport(db, request).map((r) => [r.indicator.code, r.indicator.name]));
  const final = latestFinalVersion(db, year, period);
  const differences = final ? finalDifferences(final.snapshot, currentSnapshot(db, request)) : null;
  const comments = opened ? commentsForVersion(db, opened) : [];
  const headings = doc ? doc.blocks.flatMap((b) => (b.type === "heading" ? [{ id: b.id, text: b.text }] : [])) : [];

  return (
    <div className="space-y-4">
      <nav aria-label="Đường dẫn" className="text-sm text-slate-600">
        <Link href={`/draft?year=${year}&period=${period}`} className="hover:underline">
          Dự thảo báo cáo
        </Link>{" "}
        / {periodLabel(period, year)}
      </nav>
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-2xl font-bold">Dự thảo báo cáo {periodLabel(period, year)}</h1>
          <p className="text-sm text-slate-600" data-testid="draft-status">
            {opened
              ? `Phiên bản ${opened.number}${opened.final ? " (đã chốt)" : ""} · lưu bởi ${opened.createdByName ?? "—"} lúc ${formatViDateTime(opened.createdAt)}`
              : doc
                ? `Bản tạo từ số liệu lúc ${formatViDateTime(fresh.generatedAt)}, chưa lưu`
                : "Chưa có phiên bản nào được lưu"}
            {" · "}
            {COUNTING_LABELS[counting]}
          </p>
        </div>
        {canEdit && latest && (
          <Link
            href={`/draft/${year}/${period}?fresh=1`}
            className="rounded px-3 py-1.5 text-sm ring-1 ring-slate-300 hover:bg-slate-100"
          >
            Tạo lại toàn bộ từ số liệu
          </Link>
        )}
      </div>
      {opened && !isLatest && (
        <p role="note" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Đây là phiên bản cũ (chỉ xem).{" "}
          <Link href={`/draft/${year}/${period}`} className="font-semibold underline">
            Mở phiên bản mới nhất ({latest!.number})
          </Link>
        </p>
      )}
      {doc ? (
        <DraftEditor
          key={opened?.id ?? "fresh"}
          initial={doc}
          version={
            opened
              ? { id: opened.id, number: opened.number, final: opened.final, emptySections: opened.emptySections }
              : null
          }
          baseVersionId={latest?.id ?? null}
          canEdit={canEdit && isLatest}
          canFinalize={canFinalize}
          current={generatedFigureTexts(fresh)}
          names={names}
        >
          {opened && (
            <CommentsPanel
              version={{ id: opened.id, number: opened.number }}
              comments={comments}
              headings={headings}
              canComment={canComment}
              canResolve={canResolve}
            />
          )}
          {differences && final && <FinalDiffPanel finalNumber={final.number} differences={differences} />}
          <section aria-labelledby="versions-heading" className="space-y-2">
            <h2 id="versions-heading" className="text-sm font-semibold">
              Các phiên bản
            </h2>
            <VersionList versions={versions} openedId={opened?.id ?? null} />
          </section>
        </DraftEditor>
      ) : (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">
          Chưa có phiên bản dự thảo nào của kỳ này. Chuyên viên tổng hợp tạo và lưu dự thảo trước.
        </p>
      )}
    </div>
  );
}
