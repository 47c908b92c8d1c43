import type { PeriodCode } from "@/lib/periods";
import type { FigureField, Run } from "./model";

/** A run stating one of an indicator's figures, linked to it like the figures of its own sentence. */
export function figureRun(
  indicator: string,
  request: { year: number; period: PeriodCode },
  field: FigureField,
  text: string,
): Run {
  return { text, figure: { indicator, year: request.year, period: request.period, field, generated: text } };
}

/** Runs of plain text and figures, adjacent plain texts merged and empty ones dropped. */
export function joinRuns(...parts: (Run | string)[]): Run[] {
  const out: Run[] = [];
  for (const part of parts) {
    const run = typeof part === "string" ? { text: part } : part;
    if (run.text === "") continue;
    const last = out.at(-1);
    if (last && !last.figure && !run.figure) last.text += run.text;
    else out.push({ ...run });
  }
  return out;
}
