"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatViNumber } from "@/lib/numbers";
import type { MonthPoint } from "@/lib/rollup/series";

const fmt = (precision: number) => (value: unknown) =>
  typeof value === "number" ? formatViNumber(value, precision) : "—";
const monthLabel = (m: number) => `T${m}`;
/** Last year's series: slate-500, 4.8:1 on white, so its line and bars stand out as WCAG asks of graphics (3:1). */
const LAST_YEAR = "#64748b";
/**
 * Legend text in slate-700 (recharts colours it like its series, and last year's grey was too
 * light to read): the coloured mark beside it still tells the series apart.
 */
const legendText = (value: string) => <span className="text-slate-700">{value}</span>;

/** Year to date against the target's pace line (cumulative), or the level against the target (point). */
export function PaceChart({
  series,
  precision,
  unit,
  year,
  cumulative,
}: {
  series: MonthPoint[];
  precision: number;
  unit: string;
  year: number;
  cumulative: boolean;
}) {
  return (
    <figure className="h-56 w-full" aria-label={`Biểu đồ ${cumulative ? "lũy kế" : "giá trị"} so với tiến độ kế hoạch`}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={series} margin={{ top: 8, right: 12, bottom: 0, left: 4 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="month" tickFormatter={monthLabel} fontSize={11} />
          <YAxis tickFormatter={fmt(0)} fontSize={11} width={56} />
          <Tooltip formatter={fmt(precision)} labelFormatter={(m) => `Tháng ${m} · ${unit}`} />
          <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendText} />
          <Line
            type="monotone"
            dataKey="toDate"
            name={cumulative ? `Lũy kế ${year}` : `Năm ${year}`}
            stroke="#b91c1c"
            strokeWidth={2}
            dot={{ r: 2 }}
            connectNulls={false}
            isAnimationActive={false}
          />
          <Line
            type="monotone"
            dataKey="lastYearToDate"
            name={cumulative ? `Lũy kế ${year - 1}` : `Năm ${year - 1}`}
            stroke={LAST_YEAR}
            strokeWidth={1.5}
            dot={false}
            isAnimationActive={false}
          />
          <Line
            type="monotone"
            dataKey="targetPace"
            name={cumulative ? "Tiến độ kế hoạch" : "Kế hoạch"}
            stroke="#1d4ed8"
            strokeDasharray="6 4"
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}

/** Each month this year against the same month last year. */
export function MonthBars({
  series,
  precision,
  unit,
  year,
}: {
  series: MonthPoint[];
  precision: number;
  unit: string;
  year: number;
}) {
  return (
    <figure className="h-56 w-full" aria-label="Biểu đồ số liệu từng tháng so với cùng kỳ">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={series} margin={{ top: 8, right: 12, bottom: 0, left: 4 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="month" tickFormatter={monthLabel} fontSize={11} />
          <YAxis tickFormatter={fmt(0)} fontSize={11} width={56} />
          <Tooltip formatter={fmt(precision)} labelFormatter={(m) => `Tháng ${m} · ${unit}`} />
          <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendText} />
          <Bar dataKey="lastYear" name={`${year - 1}`} fill={LAST_YEAR} isAnimationActive={false} />
          <Bar dataKey="thisYear" name={`${year}`} fill="#b91c1c" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
