"use client";

import { useRouter } from "next/navigation";
import { useEffect, useMemo, useState, useTransition } from "react";
import { useHydrated } from "@/app/_components/use-hydrated";
import { showToast } from "@/app/_components/toast";
import { regenerateSectionAction, saveDraftAction } from "@/lib/draft/actions";
import { emptySectionsWarning, type EmptySection } from "@/lib/draft/empty-sections";
import { setFigureText } from "@/lib/draft/figure-edit";
import type { FigureTexts } from "@/lib/draft/figures";
import { figureStates, type FigureFlagKind } from "@/lib/draft/flags";
import { paragraphText, type DraftBlock, type DraftDocument } from "@/lib/draft/model";
import { regenerateSection } from "@/lib/draft/regenerate-section";
import { DownloadLink } from "../../../_components/download-link";
import { exportHref } from "../../../_components/version-list";
import { EditableBlock } from "./editable-block";
import { FigurePanel, revealAbovePanel } from "./figure-panel";
import { FlagList } from "./flag-list";
import { FinalizeButton } from "./finalize-button";

export interface EditorVersion {
  id: number;
  number: number;
  final: boolean;
  /** the sections the saved version leaves empty (its download asks first) */
  emptySections: EmptySection[];
}

type Message = { ok: boolean; text: string } | null;

/**
 * The figure whose panel is open. `focus`: the panel takes the keyboard (opened with Enter or
 * from the list of figures to check); a click on a chip in the text leaves the caret in the
 * text, so that what is typed next goes on in the paragraph, never into the panel.
 */
type Selected = { blockId: string; ordinal: number; focus: boolean };

const DOWNLOAD_BUTTON = "rounded px-3 py-1.5 text-sm ring-1 ring-slate-300 hover:bg-slate-100 disabled:opacity-50";
const TOOL_BUTTON =
  "rounded px-2 py-0.5 text-xs text-slate-700 ring-1 ring-slate-300 hover:bg-slate-100 disabled:opacity-50";

/** An id for a paragraph the planner adds (a click, never a render). */
function newParagraphId(): string {
  return `t:${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** The draft báo cáo in the browser: blocks edited in place, figures linked to their data and flagged. */
export function DraftEditor(props: {
  initial: DraftDocument;
  version: EditorVersion | null;
  /** the version a save goes on top of (the latest one when this is it) */
  baseVersionId: number | null;
  canEdit: boolean;
  canFinalize: boolean;
  current: FigureTexts;
  names: Record<string, string>;
  children?: React.ReactNode;
}) {
  const router = useRouter();
  const [doc, setDoc] = useState(props.initial);
  const [revs, setRevs] = useState<Record<string, number>>({});
  const [dirty, setDirty] = useState(false);
  const [selected, setSelected] = useState<Selected | null>(null);
  /** text typed in the figure panel and not applied yet: applied before saving, on closing and on opening another figure */
  const [figureDraft, setFigureDraft] = useState<string | null>(null);
  const [note, setNote] = useState("");
  const [message, setMessage] = useState<Message>(null);
  const ready = useHydrated();
  const [focusId, setFocusId] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const editable = props.canEdit;

  /** changes the saved version does not hold: edits, and text typed in the figure panel not applied yet */
  const unsaved = dirty || figureDraft !== null;

  useEffect(() => {
    if (!unsaved) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);

  const { current } = props;
  const states = useMemo(() => figureStates(doc, current), [doc, current]);
  const flagsByBlock = useMemo(() => {
    const map = new Map<string, FigureFlagKind[][]>();
    for (const s of states) map.set(s.blockId, [...(map.get(s.blockId) ?? []), s.kinds]);
    return map;
  }, [states]);
  const selectedState = selected ? states.filter((s) => s.blockId === selected.blockId)[selected.ordinal] : undefined;

  // the figure whose panel opened stays in sight, above the panel
  useEffect(() => {
    if (!selected) return;
    const block = [...document.querySelectorAll<HTMLElement>("[data-block]")].find(
      (el) => el.dataset.block === selected.blockId,
    );
    const chip = block?.querySelectorAll<HTMLElement>("[data-fig]")[selected.ordinal];
    if (chip) revealAbovePanel(chip);
  }, [selected]);

  const remount = (ids: string[]) =>
    setRevs((r) => ({ ...r, ...Object.fromEntries(ids.map((id) => [id, (r[id] ?? 0) + 1])) }));

  function changeBlock(block: DraftBlock) {
    setDoc((d) => ({ ...d, blocks: d.blocks.map((b) => (b.id === block.id ? block : b)) }));
    setDirty(true);
  }

  function applyFigure(text: string, generated?: string) {
    if (!selected || !selectedState) return;
    const target = { ...selected, figure: selectedState.figure };
    setDoc((d) => setFigureText(d, target, text, generated));
    setFigureDraft(null);
    remount([selected.blockId]);
    setDirty(true);
  }

  /**
   * Applies what was typed in the figure panel and not applied yet, and gives the document
   * with it (what a save sends): typed text is never dropped on the way.
   */
  function commitFigureDraft(): DraftDocument {
    if (!selected || !selectedState || figureDraft === null) return doc;
    const next = setFigureText(doc, { ...selected, figure: selectedState.figure }, figureDraft);
    setFigureDraft(null);
    if (next === doc) return doc;
    setDoc(next);
    remount([selected.blockId]);
    setDirty(true);
    return next;
  }

  function openFigure(blockId: string, ordinal: number, focus: boolean) {
    commitFigureDraft();
    setSelected({ blockId, ordinal, focus });
  }

  function closeFigure() {
    if (commitFigureDraft() !== doc) setMessage({ ok: true, text: "Đã áp dụng nội dung số liệu vừa sửa." });
    setSelected(null);
  }

  /** A paragraph the planner writes, at the end of the section's own blocks. */
  function addParagraph(section: string) {
    const id = newParagraphId();
    setDoc((d) => {
      const last = d.blocks.findLastIndex((b) => b.section === section);
      const block: DraftBlock = { id, type: "paragraph", section, origin: "text", runs: [] };
      return { ...d, blocks: [...d.blocks.slice(0, last + 1), block, ...d.blocks.slice(last + 1)] };
    });
    setFocusId(id);
    setDirty(true);
  }

  function removeBlock(id: string) {
    setDoc((d) => ({ ...d, blocks: d.blocks.filter((b) => b.id !== id) }));
    setDirty(true);
  }

  function regenerate(section: string) {
    commitFigureDraft();
    startTransition(async () => {
      const result = await regenerateSectionAction({
        year: doc.year,
        period: doc.period,
        counting: doc.counting,
        section,
      });
      if (!result.ok) return setMessage({ ok: false, text: result.error });
      setDoc((d) => regenerateSection(d, result.data, section));
      remount(result.data.blocks.map((b) => b.id));
      setSelected(null);
      setDirty(true);
      setMessage({ ok: true, text: `Đã tạo lại mục ${section} từ số liệu hiện nay; các mục khác giữ nguyên.` });
    });
  }

  function save() {
    const current = commitFigureDraft();
    startTransition(async () => {
      const blocks = current.blocks.filter(
        (b) => !(b.type === "paragraph" && b.origin === "text" && !paragraphText(b).trim()),
      );
      const result = await saveDraftAction({
        year: current.year,
        period: current.period,
        counting: current.counting,
        baseVersionId: props.baseVersionId,
        generatedAt: current.generatedAt,
        blocks,
        missing: current.missing,
        note,
      });
      if (!result.ok) return setMessage({ ok: false, text: result.error });
      setDirty(false);
      setMessage(null);
      // a toast: the page moves to the saved version, and the message must survive it
      showToast(`Đã lưu phiên bản ${result.data.number} của dự thảo.`);
      router.push(`/draft/${doc.year}/${doc.period}?version=${result.data.id}`);
    });
  }

  return (
    <div
      className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_22rem]"
      data-ready={ready ? "true" : "false"}
      data-testid="draft-editor"
      onKeyDown={(e) => {
        if (editable && (e.ctrlKey || e.metaKey) && e.key === "s") {
          e.preventDefault();
          save();
        }
      }}
    >
      {(editable || message) && (
        <div className="sticky top-0 z-10 order-first flex flex-wrap items-center gap-2 rounded-lg border border-slate-200 bg-white/95 p-2 shadow-sm backdrop-blur lg:order-none lg:col-span-2">
          {editable && (
            <form
              className="flex min-w-0 flex-1 basis-80 flex-wrap items-center gap-2"
              onSubmit={(e) => {
                e.preventDefault();
                save();
              }}
            >
              <label htmlFor="version-note" className="sr-only">
                Ghi chú phiên bản
              </label>
              <input
                id="version-note"
                value={note}
                maxLength={500}
                onChange={(e) => setNote(e.target.value)}
                placeholder="Ghi chú phiên bản, vd: sửa số liệu xuất khẩu"
                className="min-w-0 flex-1 basis-56 rounded border border-slate-300 px-2 py-1 text-sm"
              />
              <button
                type="submit"
                disabled={pending}
                className="rounded bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-50"
              >
                Lưu phiên bản
              </button>
              <span className="text-xs text-slate-600" aria-live="polite">
                {unsaved ? "Có thay đổi chưa lưu" : "Không có thay đổi chưa lưu"}
              </span>
            </form>
          )}
          {message && (
            <p
              role={message.ok ? "status" : "alert"}
              className={`basis-full rounded px-3 py-1.5 text-sm ${message.ok ? "bg-emerald-50 text-emerald-900" : "bg-red-50 text-red-900"}`}
            >
              {message.text}
            </p>
          )}
        </div>
      )}
      <article
        aria-label="Nội dung dự thảo"
        className="min-w-0 rounded-lg border border-slate-200 bg-white px-3 py-4 shadow-sm sm:px-8"
      >
        <p className="text-center font-semibold">BÁO CÁO</p>
        <p className="mb-4 text-center font-semibold first-letter:uppercase">{doc.subject}</p>
        {doc.blocks.map((block) => (
          <EditableBlock
            key={`${block.id}:${revs[block.id] ?? 0}`}
            block={block}
            editable={editable}
            flags={flagsByBlock.get(block.id) ?? []}
            onChange={changeBlock}
            onFigure={openFigure}
            onRemove={removeBlock}
            names={props.names}
            autoFocus={block.id === focusId}
            headingAction={
              editable && block.type === "heading" && block.section ? (
                <span className="no-print flex shrink-0 gap-1">
                  <button
                    type="button"
                    onClick={() => addParagraph(block.section!)}
                    aria-label={`Thêm đoạn văn vào mục ${block.section}`}
                    className={TOOL_BUTTON}
                  >
                    Thêm đoạn
                  </button>
                  <button
                    type="button"
                    disabled={pending}
                    onClick={() => regenerate(block.section!)}
                    aria-label={`Tạo lại mục ${block.section}`}
                    className={TOOL_BUTTON}
                  >
                    Tạo lại mục này
                  </button>
                </span>
              ) : null
            }
          />
        ))}
      </article>

      <aside className="order-first space-y-4 lg:order-none" aria-label="Công cụ dự thảo">
        {props.canFinalize && props.version && !props.version.final && <FinalizeButton version={props.version} />}
        {props.version && (
          <VersionDownloads year={doc.year} period={doc.period} version={props.version} unsaved={editable && unsaved} />
        )}
        <FlagList
          states={states}
          names={props.names}
          onSelect={(blockId, ordinal) => openFigure(blockId, ordinal, true)}
        />
        {doc.missing.length > 0 && (
          <section className="rounded-lg border border-slate-200 bg-white p-3" aria-labelledby="missing-heading">
            <h2 id="missing-heading" className="text-sm font-semibold">
              Chỉ tiêu thiếu số liệu ({doc.missing.length})
            </h2>
            <p className="text-xs text-slate-600">Không đưa vào dự thảo; cần đôn đốc đơn vị bổ sung.</p>
            <ul className="mt-1 max-h-60 space-y-1 overflow-y-auto text-sm">
              {doc.missing.map((m) => (
                <li key={m.indicator}>
                  <span className="font-medium">{m.name}</span>{" "}
                  <span className="text-slate-600">
                    ({m.section}): {m.reason}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}
        {props.children}
      </aside>

      {selectedState && (
        <FigurePanel
          figure={selectedState}
          name={props.names[selectedState.figure.indicator] ?? selectedState.figure.indicator}
          counting={doc.counting}
          editable={editable}
          takeFocus={selected!.focus}
          onDraft={setFigureDraft}
          onApply={applyFigure}
          onClose={closeFigure}
        />
      )}
    </div>
  );
}

/**
 * The opened version's Word and Excel files. The Word file asks first when the version leaves
 * a section empty; both ask when there are unsaved changes (the file is the saved version).
 */
function VersionDownloads(props: {
  year: number;
  period: DraftDocument["period"];
  version: EditorVersion;
  unsaved: boolean;
}) {
  const { number, id } = props.version;
  const unsaved = props.unsaved
    ? [
        `Có thay đổi chưa lưu: tệp tải về là phiên bản ${number} đã lưu, không gồm các thay đổi này. Hãy lưu phiên bản trước.`,
      ]
    : [];
  const empty = emptySectionsWarning(props.version.emptySections);
  const ref = { id, year: props.year, period: props.period };
  return (
    <section
      aria-labelledby="version-downloads-heading"
      className="flex flex-wrap items-center gap-2 rounded-lg border border-slate-200 bg-white p-3"
    >
      <h2 id="version-downloads-heading" className="basis-full text-sm font-semibold">
        Tải phiên bản {number}
      </h2>
      <DownloadLink
        href={exportHref(ref, "docx")}
        label="Tải Word"
        warnings={[...(empty ? [empty] : []), ...unsaved]}
        className={DOWNLOAD_BUTTON}
      />
      <DownloadLink href={exportHref(ref, "xlsx")} label="Tải Excel" warnings={unsaved} className={DOWNLOAD_BUTTON} />
    </section>
  );
}
