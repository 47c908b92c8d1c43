"use client";

import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { applyPlanImportAction, previewPlanImportAction } from "@/lib/admin/actions/plan-import";
import type { ImportPreview } from "@/lib/admin/plan-import/preview";
import { TARGET_SOURCE_SHORT_LABELS } from "@/lib/vocabulary/labels";
import { Message, buttonClass, inputClass, secondaryButtonClass } from "../../_components/field";

const ACTION_LABELS = { create: "Tạo mới", assign: "Đưa vào năm", reassign: "Đổi đơn vị", keep: "Đã có" } as const;

/** Upload → preview (what will be created and changed, errors by row) → confirm: applied all-or-nothing. */
export function ImportForm({ years, defaultYear }: { years: number[]; defaultYear: number }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  const run = (apply: boolean) =>
    startTransition(async () => {
      setMessage(null);
      const data = new FormData(formRef.current!);
      if (apply && preview) data.set("fingerprint", preview.fingerprint);
      const result = apply ? await applyPlanImportAction(data) : await previewPlanImportAction(data);
      if (!result.ok) {
        setMessage({ ok: false, text: result.error });
        if (!apply) setPreview(null);
        return;
      }
      if (apply) {
        const c = result.data as ImportPreview["counts"];
        setMessage({
          ok: true,
          text: `Đã nhập: ${c.create} chỉ tiêu mới, ${c.assign} chỉ tiêu đưa vào năm, ${c.reassign} đổi đơn vị, ${c.targets} kế hoạch.`,
        });
        setPreview(null);
        formRef.current?.reset();
        router.refresh();
      } else setPreview(result.data as ImportPreview);
    });

  return (
    <div className="space-y-4">
      <form
        ref={formRef}
        onSubmit={(e) => (e.preventDefault(), run(false))}
        className="flex flex-wrap items-end gap-3"
        aria-label="Nhập kế hoạch từ Excel"
      >
        <div>
          <label htmlFor="import-year" className="block text-sm font-medium text-slate-700">
            Năm kế hoạch
          </label>
          <select
            id="import-year"
            name="year"
            defaultValue={defaultYear}
            className={inputClass}
            onChange={() => setPreview(null)}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-0 flex-1">
          <label htmlFor="import-file" className="block text-sm font-medium text-slate-700">
            Tệp phụ lục (.xlsx)
          </label>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className={inputClass}
            onChange={() => setPreview(null)}
          />
        </div>
        <button type="submit" disabled={pending} className={secondaryButtonClass}>
          {pending && !preview ? "Đang đọc tệp…" : "Xem trước"}
        </button>
      </form>
      <Message message={message} />
      {preview && (
        <section aria-label="Xem trước" className="space-y-3">
          <p className="text-sm">
            Năm {preview.year}: <strong>{preview.counts.create}</strong> chỉ tiêu mới,{" "}
            <strong>{preview.counts.assign}</strong> chỉ tiêu có sẵn đưa vào năm,{" "}
            <strong>{preview.counts.reassign}</strong> đổi đơn vị chủ trì, <strong>{preview.counts.targets}</strong> kế
            hoạch đặt hoặc thay đổi. Chưa có gì được ghi.
          </p>
          {preview.errors.length > 0 && (
            <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
              <p className="font-medium">
                Tệp có {preview.errors.length} lỗi; sửa tệp rồi xem trước lại (không nhập gì khi còn lỗi):
              </p>
              <ul className="mt-1 list-disc pl-5">
                {preview.errors.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            </div>
          )}
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="min-w-full text-sm">
              <thead className="bg-slate-100 text-left">
                <tr>
                  <th scope="col" className="px-2 py-2">
                    Dòng
                  </th>
                  <th scope="col" className="px-2 py-2">
                    Thay đổi
                  </th>
                  <th scope="col" className="px-2 py-2">
                    Mã
                  </th>
                  <th scope="col" className="px-2 py-2">
                    Chỉ tiêu
                  </th>
                  <th scope="col" className="px-2 py-2">
                    ĐVT
                  </th>
                  <th scope="col" className="px-2 py-2">
                    Đơn vị chủ trì
                  </th>
                  <th scope="col" className="px-2 py-2">
                    Kế hoạch
                  </th>
                </tr>
              </thead>
              <tbody>
                {preview.items.map((i) => (
                  <tr key={i.row} className="border-t border-slate-100" data-import-row={i.code}>
                    <td className="px-2 py-1.5">{i.row}</td>
                    <td className="px-2 py-1.5">{ACTION_LABELS[i.action]}</td>
                    <td className="px-2 py-1.5 font-mono text-xs">
                      {i.code}
                      {i.parent && <span className="block text-slate-500">thuộc {i.parent}</span>}
                    </td>
                    <td className="px-2 py-1.5">{i.name}</td>
                    <td className="px-2 py-1.5">{i.unit}</td>
                    <td className="px-2 py-1.5">
                      {i.departmentName}
                      {i.previousDepartment && i.action === "reassign" && (
                        <span className="block text-xs text-slate-500">trước: {i.previousDepartment}</span>
                      )}
                    </td>
                    <td className="px-2 py-1.5 whitespace-nowrap">
                      {TARGET_SOURCE_SHORT_LABELS[i.source]}:{" "}
                      {i.targetChanged && i.targetBefore ? (
                        <span className="text-slate-500 line-through">{i.targetBefore}</span>
                      ) : null}{" "}
                      {i.targetAfter}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              disabled={pending || preview.errors.length > 0 || preview.items.length === 0}
              className={buttonClass}
              onClick={() => run(true)}
            >
              {pending ? "Đang nhập…" : "Xác nhận nhập"}
            </button>
            <button type="button" className={secondaryButtonClass} onClick={() => setPreview(null)}>
              Hủy
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
