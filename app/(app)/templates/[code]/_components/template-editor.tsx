"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState, useTransition } from "react";
import { useHydrated } from "@/app/_components/use-hydrated";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { saveSentenceTemplateAction } from "@/lib/draft/template-actions";
import type { TemplateEditorData } from "@/lib/draft/template-preview";
import { sentenceTemplateSchema } from "@/lib/draft/template-schema";
import { previewSentence } from "@/lib/draft/sentence";
import {
  checkTemplate,
  KNOWN_PLACEHOLDERS,
  PLACEHOLDER_HELP,
  PLACEHOLDER_NAMES,
  type Placeholder,
} from "@/lib/draft/template";
import { templateForDisplay, templateForStorage } from "@/lib/draft/template-names";

type FormInput = z.input<typeof sentenceTemplateSchema>;
type FormOutput = z.output<typeof sentenceTemplateSchema>;

/** Edits an indicator's sentence template with a live preview from the period's real figures, rendered in the browser as the planner types. */
export function TemplateEditor({ data }: { data: TemplateEditorData }) {
  const router = useRouter();
  const ready = useHydrated();
  const [saving, startSaving] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const defaults = useMemo<FormInput>(
    () => ({ indicator: data.code, template: templateForDisplay(data.template ?? ""), version: data.version }),
    [data],
  );
  const { register, handleSubmit, control, setValue, setError, reset, formState } = useForm<
    FormInput,
    unknown,
    FormOutput
  >({
    resolver: zodResolver(sentenceTemplateSchema),
    defaultValues: defaults,
  });
  useEffect(() => reset(defaults), [defaults, reset]);
  const template = useWatch({ control, name: "template" }) ?? "";
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const { ref: registerRef, ...templateField } = register("template");

  // the planner reads and types Vietnamese names ("{Giá trị}"); checks and the preview run on the stored tokens
  const stored = templateForStorage(template);
  const problems = template.trim() === "" ? [] : checkTemplate(stored);
  const preview = useMemo(
    () => (problems.length ? undefined : previewSentence(data.input, data.code, stored)),
    [data, stored, problems.length],
  );

  function insert(placeholder: Placeholder) {
    const el = textarea.current;
    const text = `{${PLACEHOLDER_NAMES[placeholder]}}`;
    const start = el?.selectionStart ?? template.length;
    const end = el?.selectionEnd ?? template.length;
    setValue("template", template.slice(0, start) + text + template.slice(end), { shouldDirty: true });
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + text.length, start + text.length);
    });
  }

  function onSubmit(values: FormOutput) {
    setMessage(null);
    startSaving(async () => {
      const result = await saveSentenceTemplateAction(values);
      if (result.ok) {
        setMessage({
          ok: true,
          text: result.data.changed ? `Đã lưu mẫu câu (phiên bản ${result.data.version}).` : "Mẫu câu không thay đổi.",
        });
        reset({
          indicator: data.code,
          template: templateForDisplay(result.data.template ?? ""),
          version: result.data.version,
        });
        router.refresh();
        return;
      }
      if (result.fieldErrors?.template && result.status === 422)
        setError("template", { message: result.fieldErrors.template });
      setMessage({ ok: false, text: result.error });
    });
  }

  const error = formState.errors.template?.message;
  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      data-ready={ready ? "true" : "false"}
      className="space-y-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
    >
      <input type="hidden" {...register("indicator")} />
      <div>
        <label htmlFor="template" className="block font-medium text-slate-800">
          Mẫu câu
        </label>
        <p id="template-hint" className="text-xs text-slate-600">
          Để trống để dùng mẫu mặc định: <code className="break-words">{templateForDisplay(data.defaultTemplate)}</code>
        </p>
        <textarea
          id="template"
          rows={3}
          spellCheck={false}
          aria-describedby={`template-hint${problems.length || error ? " template-problems" : ""}`}
          aria-invalid={problems.length || error ? "true" : "false"}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 font-mono text-sm focus:border-brand-600 focus:ring-2 focus:ring-brand-600/30 focus:outline-none"
          {...templateField}
          ref={(el) => {
            registerRef(el);
            textarea.current = el;
          }}
        />
        <div className="mt-2 flex flex-wrap items-center gap-1" role="group" aria-labelledby="insert-label">
          <span id="insert-label" className="mr-1 text-xs text-slate-600">
            Chèn trường:
          </span>
          {KNOWN_PLACEHOLDERS.map((p) => (
            <button
              key={p}
              type="button"
              onClick={() => insert(p)}
              title={PLACEHOLDER_HELP[p]}
              data-placeholder={p}
              className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700 hover:bg-slate-200"
            >
              {PLACEHOLDER_NAMES[p]}
            </button>
          ))}
        </div>
        {(problems.length > 0 || error) && (
          <ul id="template-problems" role="alert" className="mt-2 list-disc space-y-0.5 pl-5 text-sm text-red-700">
            {problems.length > 0 ? problems.map((p) => <li key={p.message}>{p.message}</li>) : <li>{error}</li>}
          </ul>
        )}
      </div>

      <div>
        <h2 className="text-sm font-medium text-slate-800">Xem trước</h2>
        <div
          data-testid="template-preview"
          aria-live="polite"
          className="mt-1 rounded-md bg-slate-50 p-3 text-[15px] leading-relaxed ring-1 ring-slate-200"
        >
          {problems.length > 0 ? (
            <span className="text-slate-500">Sửa lỗi của mẫu câu để xem trước.</span>
          ) : preview === null || preview === undefined ? (
            <span className="text-amber-700">
              Chưa có số liệu kỳ này: câu sẽ được bỏ qua và liệt kê là thiếu số liệu, không viết là 0.
            </span>
          ) : (
            <p>
              {preview.continues && <span className="text-slate-400">(nối vào câu trước) … </span>}
              {preview.runs.map((run, i) =>
                run.figure ? (
                  <mark
                    key={i}
                    className={
                      run.figure.indicator === data.code
                        ? "rounded bg-amber-100 px-0.5 text-slate-900"
                        : "bg-transparent text-slate-900"
                    }
                  >
                    {run.text}
                  </mark>
                ) : (
                  <span key={i}>{run.text}</span>
                ),
              )}
              {!preview.continues && "."}
            </p>
          )}
        </div>
        {data.parentName && (
          <p className="mt-1 text-xs text-slate-600">
            Chỉ tiêu thành phần được viết trong câu của “{data.parentName}”.
          </p>
        )}
      </div>

      <div className="flex flex-wrap items-center gap-2">
        <button
          type="submit"
          disabled={!ready || saving || problems.length > 0}
          className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-50"
        >
          {saving ? "Đang lưu…" : "Lưu mẫu câu"}
        </button>
        <button
          type="button"
          onClick={() => setValue("template", "", { shouldDirty: true })}
          className="rounded px-3 py-2 text-sm text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50"
        >
          Dùng mẫu mặc định
        </button>
        {message && (
          <p
            role={message.ok ? "status" : "alert"}
            className={`text-sm ${message.ok ? "text-emerald-700" : "text-red-700"}`}
          >
            {message.text}
          </p>
        )}
      </div>
    </form>
  );
}
