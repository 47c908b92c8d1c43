import type { CatalogueIndicator } from "@/lib/catalogue/queries";
import type { ReportRow } from "@/lib/reports/province-report";
import type { PaceStatus } from "@/lib/rollup/pace";

/**
 * A report row for table tests of the draft's pure parts: an indicator (cumulative, higher is
 * better, in tỷ đồng, HĐND target 100) with the figures and pace status given, the rest empty.
 */
export function reportRow(
  indicator: Partial<CatalogueIndicator> & { code: string },
  figures: Partial<Omit<ReportRow, "indicator" | "pace">> & { status?: PaceStatus } = {},
): ReportRow {
  const { status = "on_track", ...rest } = figures;
  return {
    indicator: {
      id: 1,
      name: `Chỉ tiêu ${indicator.code}`,
      sentenceName: null,
      unit: "tỷ đồng",
      kind: "cumulative",
      parentId: null,
      parentCode: null,
      sectionCode: "I.3.4",
      sectionTitle: "Đầu tư xây dựng kết cấu hạ tầng và công tác quy hoạch",
      departmentId: 1,
      departmentCode: "skhdt",
      departmentName: "Sở Kế hoạch và Đầu tư",
      precision: 1,
      pctPrecision: 1,
      changePrecision: 1,
      changeStyle: "change",
      direction: "up",
      sentenceTemplate: null,
      targets: [{ source: "hdnd", value: 100 }],
      ...indicator,
    },
    value: 50,
    valueStatus: "official",
    inPeriodValue: null,
    missingMonths: [],
    sources: [],
    partialValue: null,
    asOfMonth: null,
    pctOfPlan: rest.value === null ? null : 50,
    pctOfPlanBySource: {},
    lastYearValue: null,
    changePct: null,
    changeRatio: null,
    changePoints: null,
    yearEndValue: null,
    changeVsYearEndPct: null,
    previousInPeriodValue: null,
    lastYearInPeriodValue: null,
    yearEstimate: null,
    yearEstimatePctOfPlan: null,
    pace: { status, reason: { code: "no_data" }, expectedShare: null },
    ...rest,
  };
}
