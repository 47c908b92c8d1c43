"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatViNumber } from "@/lib/numbers";

export interface UnitBar {
  name: string;
  measure: number;
  lagging: boolean;
}

/** Lagging units in red-700, the others in brand blue; the average a dashed slate-700 line (all ≥ 3:1 on white). */
const LAGGING = "#b91c1c";
const OTHER = "#1d4ed8";
const AVERAGE = "#334155";
const pct = (v: unknown) => (typeof v === "number" ? `${formatViNumber(v, 1)}%` : "—");

/**
 * The units' measure (% of plan, or change against last year) as horizontal bars, best first,
 * with the province average as a line. The table beside it holds the same figures in words.
 */
export function UnitBars({ bars, average, label }: { bars: UnitBar[]; average: number | null; label: string }) {
  return (
    <figure className="w-full" style={{ height: 48 + bars.length * 28 }} aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={bars} layout="vertical" margin={{ top: 20, right: 16, bottom: 0, left: 4 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" horizontal={false} />
          <XAxis type="number" tickFormatter={pct} fontSize={11} />
          <YAxis type="category" dataKey="name" width={112} fontSize={11} interval={0} />
          <Tooltip formatter={(v) => [pct(v), label]} />
          <Bar dataKey="measure" isAnimationActive={false}>
            {bars.map((bar) => (
              <Cell key={bar.name} fill={bar.lagging ? LAGGING : OTHER} />
            ))}
          </Bar>
          {average !== null && (
            <ReferenceLine
              x={average}
              stroke={AVERAGE}
              strokeDasharray="6 4"
              strokeWidth={2}
              label={{ value: `Bình quân ${pct(average)}`, position: "top", fontSize: 11, fill: AVERAGE }}
            />
          )}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
