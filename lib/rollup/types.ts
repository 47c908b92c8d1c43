import type { PeriodCode, TargetSource, ValueStatus } from "@/db/schema/vocabulary";

/** The vocabularies the roll-up's signatures use (defined in db/schema/vocabulary.ts). */
export type { Direction, IndicatorKind, TargetSource, ValueStatus } from "@/db/schema/vocabulary";

/** One stored figure of an indicator in a year: a month or a whole period. `value` is scaled (see lib/numbers/decimal). */
export interface PeriodEntry {
  period: PeriodCode;
  value: number;
  status: ValueStatus;
}

export type EntryMap = Partial<Record<PeriodCode, PeriodEntry>>;

/** A year's target from one source: a value, a range (min and max) or a bound (min or max alone). Plain numbers. */
export interface Target {
  source: TargetSource;
  value?: number | null;
  min?: number | null;
  max?: number | null;
}

/** What a period's figure is, and what it rests on. */
export interface PeriodFigure {
  /** scaled value, null when missing or incomplete */
  value: number | null;
  /** the weakest status among the entries behind it */
  status: ValueStatus | null;
  /** months (1..12) without a figure; non-empty means `value` is null */
  missingMonths: number[];
  /** scaled sum of what is there when months are missing (cumulative only) */
  partial: number | null;
  /** the entries the figure is made of */
  sources: PeriodCode[];
  /** point indicators: the month the value is from (may be earlier than the period's end) */
  asOfMonth: number | null;
}
