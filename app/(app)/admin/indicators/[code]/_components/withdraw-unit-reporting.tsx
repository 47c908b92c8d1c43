"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { ConfirmDialog } from "@/app/_components/confirm-dialog";
import { showToast } from "@/app/_components/toast";
import { withdrawUnitReportingAction } from "@/lib/admin/actions/catalogue";
import { dangerButtonClass } from "../../../_components/field";

/**
 * "Thôi giao" for a year in which every unit of a kind reports the indicator: after a
 * confirmation naming the year and how many units, the shares leave the year's plan (refused,
 * with the reason, once a unit has entered a figure of its share).
 */
export function WithdrawUnitReporting({
  code,
  year,
  unitsLabel,
  shareCount,
}: {
  code: string;
  year: number;
  unitsLabel: string;
  shareCount: number;
}) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  function confirm() {
    startTransition(async () => {
      const result = await withdrawUnitReportingAction({ code, year });
      if (!result.ok) return setError(result.error);
      setAsking(false);
      setError(null);
      showToast(`Đã thôi giao năm ${year}: ${result.data.removed.length} đơn vị không còn báo cáo chỉ tiêu này`);
      router.refresh();
    });
  }
  return (
    <>
      <button type="button" className={`${dangerButtonClass} ml-2`} onClick={() => setAsking(true)}>
        Thôi giao năm {year}
      </button>
      <ConfirmDialog
        open={asking}
        title={`Thôi giao chỉ tiêu năm ${year} cho ${unitsLabel}?`}
        confirmLabel="Xác nhận thôi giao"
        variant="danger"
        pending={pending}
        error={error}
        onConfirm={confirm}
        onCancel={() => {
          setAsking(false);
          setError(null);
        }}
      >
        {shareCount} đơn vị sẽ không còn báo cáo chỉ tiêu này năm {year}; kế hoạch giao cho từng đơn vị năm đó bị xóa.
        Số của tỉnh lại do đơn vị chủ trì nhập. Không thôi giao được khi đã có đơn vị nhập số liệu.
      </ConfirmDialog>
    </>
  );
}
