import Link from "next/link";
import { emptySectionsWarning } from "@/lib/draft/empty-sections";
import type { DraftVersionInfo, DraftVersionListed } from "@/lib/draft/versions";
import { periodLabel } from "@/lib/periods";
import { formatViDateTime } from "@/lib/text/datetime";
import { DownloadLink } from "./download-link";

const capitalised = (s: string) => s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
const DOWNLOAD = "text-brand-700 hover:underline disabled:opacity-50";

/** Export links the report export route serves for a saved version. */
export function exportHref(v: Pick<DraftVersionInfo, "id" | "year" | "period">, format: "docx" | "xlsx"): string {
  return `/api/v1/reports/${v.year}/${v.period}/export?format=${format}&version=${v.id}`;
}

/** What is asked before a saved version's Word file is downloaded: the sections it leaves empty. */
export function versionWarnings(v: Pick<DraftVersionListed, "emptySections">): string[] {
  const empty = emptySectionsWarning(v.emptySections);
  return empty ? [empty] : [];
}

/** Saved versions: number, who saved it and when, the note, final or not, open and download (Word asks first when a section is empty). */
export function VersionList(props: {
  versions: DraftVersionListed[];
  openedId?: number | null;
  showPeriod?: boolean;
  wide?: boolean;
}) {
  if (props.versions.length === 0) return <p className="text-sm text-slate-600">Chưa có phiên bản nào được lưu.</p>;
  return (
    <ul
      className={props.wide ? "grid gap-2 md:grid-cols-2 xl:grid-cols-3" : "max-h-96 space-y-2 overflow-y-auto"}
      data-testid="version-list"
    >
      {props.versions.map((v) => (
        <li
          key={v.id}
          data-version={v.number}
          className={`rounded-lg border bg-white p-3 text-sm ${v.id === props.openedId ? "border-brand-600" : "border-slate-200"}`}
        >
          <div className="flex flex-wrap items-center justify-between gap-2">
            <Link
              href={`/draft/${v.year}/${v.period}?version=${v.id}`}
              className="font-semibold text-brand-700 hover:underline"
            >
              {props.showPeriod ? `${capitalised(periodLabel(v.period, v.year))} · ` : ""}Phiên bản {v.number}
            </Link>
            {v.final && (
              <span className="rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-900">
                Đã chốt
              </span>
            )}
          </div>
          <p className="text-slate-600">
            {v.createdByName ?? "—"} · {formatViDateTime(v.createdAt)}
          </p>
          {v.note && <p className="text-slate-800">{v.note}</p>}
          {v.final && v.finalizedAt && (
            <p className="text-xs text-emerald-900">
              Chốt bởi {v.finalizedByName ?? "—"} lúc {formatViDateTime(v.finalizedAt)}
            </p>
          )}
          <div className="mt-1 flex flex-wrap items-center gap-3 text-xs">
            <DownloadLink
              href={exportHref(v, "docx")}
              label="Tải Word"
              warnings={versionWarnings(v)}
              className={DOWNLOAD}
            />
            <DownloadLink href={exportHref(v, "xlsx")} label="Tải Excel" warnings={[]} className={DOWNLOAD} />
            {v.emptySections.length > 0 && <span className="text-amber-800">{v.emptySections.length} mục trống</span>}
          </div>
        </li>
      ))}
    </ul>
  );
}
