import type { Direction, IndicatorKind, PeriodCode, TargetSource, UnitKind, ValueStatus } from "@/db/schema/vocabulary";

/** Demo-province seed data. Figures are decimal strings ("1136.4") so they are stored exactly. */
export interface SeedDepartment {
  code: string;
  name: string;
  shortName: string;
  /** a department of the province (default) or a local government (db/schema/vocabulary.ts UNIT_KINDS) */
  kind?: UnitKind;
  /** first plan year it exists in */
  validFrom: number;
  /** the first month it reports in that year (communes and wards: July 2025) */
  validFromMonth?: number;
  validTo?: number;
}

export interface SeedSection {
  code: string; // "I.3.2"
  title: string;
  parent?: string;
  order: number;
  /** narrative-only sections take no indicators (II, III) */
  narrativeOnly?: boolean;
}

export interface SeedIndicator {
  code: string;
  name: string;
  unit: string;
  kind: IndicatorKind;
  section: string;
  department: string;
  parent?: string;
  /** decimals shown for the value, % of plan and the change (trailing zeros dropped) */
  precision: number;
  pctPrecision?: number;
  changePrecision?: number;
  /** "ratio": write the comparison as "bằng W% cùng kỳ" */
  changeStyle?: "change" | "ratio";
  direction?: Direction;
  /** the name as the report sentence uses it, when it differs ("xuất khẩu") */
  sentenceName?: string;
  /** the sentence template (lib/draft/template.ts) when the default of its kind does not read like the seeds */
  sentenceTemplate?: string;
}

export interface SeedTarget {
  indicator: string;
  year: number;
  source: TargetSource;
  value?: string;
  min?: string;
  max?: string;
  /** true when the target is derived from a stated % of plan rather than read in a seed */
  derived?: boolean;
  note?: string;
}

export interface SeedValue {
  indicator: string;
  year: number;
  period: PeriodCode;
  value: string;
  status: ValueStatus;
  /** true when derived so that the seed's stated figures come out (monthly split, last year's base) */
  derived?: boolean;
  note?: string;
}

/** A result item (kết quả, sự kiện) of the demo: a one-off fact a seed states, entered by its department in the month the seed reports it. */
export interface SeedResult {
  /** "000.pci": the seed file and a name, for coverage.ts */
  key: string;
  department: string;
  /** YYYY-MM-DD: the item belongs to this month's submission */
  date: string;
  section: string;
  /** with {1}, {2} … for the figures and [ … ] around a figure's clause (lib/results/text.ts) */
  text: string;
  figures: { value: string; unit: string }[];
}

/**
 * How a row of seed-figures.csv maps to the demo. `line` is the 1-based line number in the
 * CSV (header = line 1). Either it is covered (indicator + period, optional base and target
 * source), or stated by a result item, or it is left out with a reason.
 */
export type SeedCoverage =
  | {
      line: number;
      indicator: string;
      period: PeriodCode;
      year: number;
      /** which comparison pct_vs_base states: same period last year (default), 31/12 of last year, or last year's whole year */
      base?: "cung_ky" | "year_end" | "nam_truoc";
      targetSource?: TargetSource;
      /** CSV value × factor = the demo's value in the indicator's unit (e.g. 1000 for tỷ USD → triệu USD) */
      unitFactor?: number;
      /** which figure of the row is a target rather than a result */
      isTarget?: boolean;
    }
  | {
      line: number;
      /** a result item (results.ts key) states it: figure `figure` (1-based) of the item */
      result: string;
      figure: number;
      /** the draft that states it: the report of this year and period */
      year: number;
      period: PeriodCode;
    }
  | { line: number; excluded: string };

/**
 * A department's narrative of a month (kết quả nổi bật; khó khăn, vướng mắc; nhiệm vụ, giải
 * pháp), in the seeds' own words. `source` names the seed file(s) each text is taken from.
 */
export interface SeedNarrative {
  department: string;
  year: number;
  month: number;
  highlights: string;
  difficulties: string;
  tasks: string;
  source: string;
}
