"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { formatViNumber, parseViNumber } from "@/lib/numbers";
import { createResultAction, deleteResultAction, updateResultAction } from "@/lib/results/actions";
import type { ResultItemView } from "@/lib/results/store";
import { checkItemText, itemSentence, MAX_FIGURES } from "@/lib/results/text";

interface Props {
  department: string;
  year: number;
  month: number;
  items: ResultItemView[];
  /** sections of the outline that take figures: code and title */
  sections: { code: string; title: string }[];
  canEdit: boolean;
}

interface Draft {
  id: number | null;
  version: number;
  date: string;
  section: string;
  text: string;
  figures: { value: string; unit: string }[];
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The month's result items (kết quả, sự kiện): listed with how the báo cáo writes them, added,
 * changed and deleted in place. Keyboard: Enter in a field saves, Escape cancels; focus goes
 * back to the list's button after each step.
 */
export function ResultsPanel({ department, year, month, items, sections, canEdit }: Props) {
  const router = useRouter();
  const [editing, setEditing] = useState<Draft | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const addButton = useRef<HTMLButtonElement>(null);
  // after saving or cancelling, focus goes back to "Thêm kết quả" once it is shown again
  const returnFocus = useRef(false);
  useEffect(() => {
    if (editing || !returnFocus.current) return;
    returnFocus.current = false;
    addButton.current?.focus();
  }, [editing, items]);
  const ref = { department, year, month };
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const sectionTitle = new Map(sections.map((s) => [s.code, s.title]));

  function open(item: ResultItemView | null) {
    setErrors({});
    setMessage(null);
    setEditing(
      item
        ? {
            id: item.id,
            version: item.version,
            date: item.date,
            section: item.section,
            text: item.text,
            figures: item.figures.map((f) => ({ value: formatViNumber(f.value, 4), unit: f.unit })),
          }
        : {
            id: null,
            version: 0,
            date: `${year}-${pad(month)}-${pad(lastDay)}`,
            section: sections[0]?.code ?? "",
            text: "",
            figures: [],
          },
    );
  }

  function close() {
    returnFocus.current = true;
    setEditing(null);
    setErrors({});
  }

  const parsedFigures = (editing?.figures ?? []).map((f) => {
    const parsed = parseViNumber(f.value);
    return parsed.ok ? { value: Math.round(parsed.value * 10_000), unit: f.unit } : null;
  });
  const preview =
    editing &&
    checkItemText(editing.text, editing.figures.length).length === 0 &&
    parsedFigures.every((f) => f !== null)
      ? itemSentence(editing.text, parsedFigures as { value: number; unit: string }[])
      : null;

  function save() {
    if (!editing) return;
    const item = { date: editing.date, section: editing.section, text: editing.text, figures: editing.figures };
    startTransition(async () => {
      const result =
        editing.id === null
          ? await createResultAction({ ...ref, ...item })
          : await updateResultAction({ ...ref, ...item, id: editing.id, version: editing.version });
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setMessage({ ok: false, text: result.error });
        return;
      }
      setMessage({ ok: true, text: editing.id === null ? "Đã thêm kết quả" : "Đã lưu kết quả" });
      close();
      router.refresh();
    });
  }

  function remove(item: ResultItemView) {
    startTransition(async () => {
      const result = await deleteResultAction({ ...ref, id: item.id, version: item.version });
      setConfirming(null);
      setMessage(result.ok ? { ok: true, text: "Đã xóa kết quả" } : { ok: false, text: result.error });
      if (result.ok) router.refresh();
      addButton.current?.focus();
    });
  }

  const set = (patch: Partial<Draft>) => setEditing((d) => (d ? { ...d, ...patch } : d));
  const onKey = (e: React.KeyboardEvent) => {
    if (e.key === "Escape") {
      e.preventDefault();
      close();
    } else if (e.key === "Enter" && !(e.target instanceof HTMLTextAreaElement && !e.ctrlKey && !e.metaKey)) {
      e.preventDefault();
      save();
    }
  };

  return (
    <section
      aria-labelledby="results-heading"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-3"
      data-testid="results-panel"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="results-heading" className="text-sm font-semibold">
          Kết quả, sự kiện trong tháng
        </h2>
        {canEdit && !editing && (
          <button
            ref={addButton}
            type="button"
            onClick={() => open(null)}
            className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800"
          >
            Thêm kết quả
          </button>
        )}
      </div>
      <p className="text-xs text-slate-600">
        Mỗi kết quả được đưa vào báo cáo tháng {month} và các báo cáo quý, 6 tháng, 9 tháng, năm {year} chứa ngày của
        nó, sau các câu số liệu của mục đã chọn. Dùng {"{1}"}, {"{2}"} để đặt số liệu vào câu; bao một vế bằng [ ] để vế
        đó được bỏ khi số liệu bằng 0.
      </p>
      {items.length === 0 ? (
        <p className="text-sm text-slate-500">Chưa có kết quả nào trong tháng này.</p>
      ) : (
        <ul className="divide-y divide-slate-100" aria-label="Danh sách kết quả">
          {items.map((item) => (
            <li
              key={item.id}
              className="flex flex-wrap items-start justify-between gap-2 py-2 text-sm"
              data-result={item.id}
            >
              <div className="min-w-0 flex-1">
                <p data-testid="result-written">
                  {item.written ?? (
                    <span className="text-slate-500">(không đưa vào báo cáo: có số liệu bằng 0 ngoài vế [ ])</span>
                  )}
                </p>
                <p className="text-xs text-slate-500">
                  Ngày {item.date.split("-").reverse().join("/")} · Mục {item.section}{" "}
                  {sectionTitle.get(item.section) ?? ""}
                </p>
              </div>
              {canEdit && !editing && (
                <div className="flex gap-1">
                  {confirming === item.id ? (
                    <>
                      <button
                        type="button"
                        disabled={pending}
                        onClick={() => remove(item)}
                        className="rounded bg-red-700 px-2 py-1 text-xs text-white"
                      >
                        Xóa hẳn
                      </button>
                      <button
                        type="button"
                        onClick={() => setConfirming(null)}
                        className="rounded px-2 py-1 text-xs ring-1 ring-slate-300"
                        autoFocus
                      >
                        Thôi
                      </button>
                    </>
                  ) : (
                    <>
                      <button
                        type="button"
                        onClick={() => open(item)}
                        className="rounded px-2 py-1 text-xs ring-1 ring-slate-300"
                        aria-label={`Sửa kết quả: ${item.written ?? item.text}`}
                      >
                        Sửa
                      </button>
                      <button
                        type="button"
                        onClick={() => setConfirming(item.id)}
                        className="rounded px-2 py-1 text-xs text-red-800 ring-1 ring-red-200"
                        aria-label={`Xóa kết quả: ${item.written ?? item.text}`}
                      >
                        Xóa
                      </button>
                    </>
                  )}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {editing && (
        <div
          role="group"
          aria-label={editing.id === null ? "Thêm kết quả" : "Sửa kết quả"}
          className="space-y-2 rounded-md bg-slate-50 p-3"
          onKeyDown={onKey}
        >
          <div className="flex flex-wrap gap-3">
            <label className="text-sm">
              <span className="block font-medium">Ngày</span>
              <input
                type="date"
                value={editing.date}
                min={`${year}-${pad(month)}-01`}
                max={`${year}-${pad(month)}-${pad(lastDay)}`}
                onChange={(e) => set({ date: e.target.value })}
                className="rounded border border-slate-300 px-2 py-1"
                aria-invalid={errors.date ? "true" : "false"}
              />
              {errors.date && <span className="block text-xs text-red-700">{errors.date}</span>}
            </label>
            <label className="text-sm">
              <span className="block font-medium">Mục báo cáo</span>
              <select
                value={editing.section}
                onChange={(e) => set({ section: e.target.value })}
                className="max-w-xs rounded border border-slate-300 px-2 py-1"
                aria-invalid={errors.section ? "true" : "false"}
              >
                {sections.map((s) => (
                  <option key={s.code} value={s.code}>
                    {s.code} {s.title}
                  </option>
                ))}
              </select>
              {errors.section && <span className="block text-xs text-red-700">{errors.section}</span>}
            </label>
          </div>
          <label className="block text-sm">
            <span className="block font-medium">Nội dung</span>
            <textarea
              autoFocus
              rows={2}
              value={editing.text}
              onChange={(e) => set({ text: e.target.value })}
              placeholder="Ví dụ: Đã thành lập {1}"
              className="w-full rounded border border-slate-300 p-2"
              aria-invalid={errors.text ? "true" : "false"}
            />
            {errors.text && <span className="block text-xs text-red-700">{errors.text}</span>}
          </label>
          <fieldset className="space-y-1">
            <legend className="text-sm font-medium">Số liệu (không bắt buộc)</legend>
            {editing.figures.map((f, i) => (
              <div key={i} className="flex flex-wrap items-center gap-2 text-sm">
                <span className="w-8 font-mono text-xs">{`{${i + 1}}`}</span>
                <input
                  aria-label={`Số liệu ${i + 1}`}
                  inputMode="decimal"
                  value={f.value}
                  onChange={(e) =>
                    set({ figures: editing.figures.map((x, j) => (j === i ? { ...x, value: e.target.value } : x)) })
                  }
                  className="num w-28 rounded border border-slate-300 px-2 py-1 text-right"
                />
                <input
                  aria-label={`Đơn vị tính của số liệu ${i + 1}`}
                  value={f.unit}
                  placeholder="cụm công nghiệp"
                  onChange={(e) =>
                    set({ figures: editing.figures.map((x, j) => (j === i ? { ...x, unit: e.target.value } : x)) })
                  }
                  className="w-48 rounded border border-slate-300 px-2 py-1"
                />
                <button
                  type="button"
                  onClick={() => set({ figures: editing.figures.filter((_, j) => j !== i) })}
                  className="rounded px-2 py-1 text-xs ring-1 ring-slate-300"
                  aria-label={`Bỏ số liệu ${i + 1}`}
                >
                  Bỏ
                </button>
                {(errors[`figures.${i}.value`] ?? errors[`figures.${i}.unit`]) && (
                  <span className="text-xs text-red-700">
                    {errors[`figures.${i}.value`] ?? errors[`figures.${i}.unit`]}
                  </span>
                )}
              </div>
            ))}
            {editing.figures.length < MAX_FIGURES && (
              <button
                type="button"
                onClick={() =>
                  set({
                    figures: [...editing.figures, { value: "", unit: "" }],
                    text: `${editing.text.trimEnd()} {${editing.figures.length + 1}}`.trimStart(),
                  })
                }
                className="rounded px-2 py-1 text-xs ring-1 ring-slate-300"
              >
                Thêm số liệu
              </button>
            )}
          </fieldset>
          <p className="text-sm" aria-live="polite">
            <span className="text-slate-600">Câu trong báo cáo: </span>
            <span data-testid="result-preview">{preview ?? "—"}</span>
          </p>
          <div className="flex gap-2">
            <button
              type="button"
              disabled={pending}
              onClick={save}
              className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60"
            >
              {pending ? "Đang lưu…" : "Lưu kết quả"}
            </button>
            <button type="button" onClick={close} className="rounded-md px-3 py-1.5 text-sm ring-1 ring-slate-300">
              Hủy
            </button>
          </div>
        </div>
      )}
      {message && (
        <p
          role={message.ok ? "status" : "alert"}
          className={`text-sm ${message.ok ? "text-emerald-700" : "text-red-700"}`}
        >
          {message.text}
        </p>
      )}
    </section>
  );
}
