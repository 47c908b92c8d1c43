import "server-only";
import type Database from "better-sqlite3";
import type { Db } from "@/db/client";
import { rawClient, statement } from "@/db/raw";
import { cachedRead } from "@/db/read-cache";
import { DEFAULT_COUNTING, type CountingMode, type LocalUnitKind, type UnitKind } from "@/db/schema/vocabulary";
import { listIndicatorsForYear, type CatalogueIndicator } from "@/lib/catalogue/queries";
import { fromScaled } from "@/lib/numbers";
import { monthPeriod, periodSpan, type PeriodCode } from "@/lib/periods";
import { periodValue, reportFigures, targetBySource, type EntryMap, type Target, type ValueStatus } from "@/lib/rollup";
import { entryKey, loadEntries, ownProvinceEntries } from "@/lib/reports/entries";
import { rankUnits, type RankingBasis } from "./ranking";
import { sumShareEntries, type ShareFigures } from "./share-sum";
import { unitMonths, type MonthRange } from "./unit-months";
import { fromFirstMonth } from "./first-month";

/** One unit's line of the ranking (plain numbers; null = missing). */
export interface UnitRankingRow {
  unit: string;
  name: string;
  kind: UnitKind;
  /** the unit's share of the indicator ("dtc.giai_ngan@h.huu_lung") */
  share: string;
  value: number | null;
  valueStatus: ValueStatus | null;
  /** the unit's plan (HĐND) as a figure; the lower end of a range */
  target: number | null;
  pctOfPlan: number | null;
  lastYearValue: number | null;
  /** where last year's figure comes from: the unit's own share, or its predecessors' (their codes) */
  lastYearFrom: { kind: "own" } | { kind: "predecessors"; units: string[] } | null;
  changePct: number | null;
  rank: number | null;
  belowAverageMonths: number;
  lagging: boolean;
}

/** A department's own province figure that differs from the sum of the units' figures. */
export interface ProvinceGap {
  provinceValue: number;
  unitsSum: number;
  /** province − units */
  difference: number;
}

export interface UnitReport {
  indicator: CatalogueIndicator;
  year: number;
  period: PeriodCode;
  counting: CountingMode;
  /** the kind of the units ranked: those reporting in the period's last month */
  unitKind: LocalUnitKind;
  /** "plan": ranked by % of plan; "change": by the change against the same period last year */
  basis: RankingBasis;
  average: number | null;
  /** the province average month by month, January first, up to the period's last month */
  monthlyAverages: (number | null)[];
  /** best first */
  units: UnitRankingRow[];
  gap: ProvinceGap | null;
}

export interface UnitReportRequest {
  code: string;
  year: number;
  period: PeriodCode;
  counting?: CountingMode;
}

/**
 * The province indicators of a year's plan reported by every unit of a kind, in the catalogue's
 * order, with the kind reporting them last in the year (2025: the communes, after the districts).
 */
export function unitReportedIndicators(
  db: Db,
  year: number,
): { indicator: CatalogueIndicator; unitKind: LocalUnitKind }[] {
  // district sorts after commune: the later kind of a year overwrites the earlier
  const kinds = new Map(
    statement(
      rawClient(db),
      "select indicator_id, unit_kind from unit_reporting where year = ? order by unit_kind desc",
    )
      .raw(true)
      .all(year) as [number, LocalUnitKind][],
  );
  if (kinds.size === 0) return [];
  return listIndicatorsForYear(db, year)
    .filter((i) => kinds.has(i.id))
    .map((indicator) => ({ indicator, unitKind: kinds.get(indicator.id)! }));
}

/** The years (of those given) whose plan has indicators reported by units, newest first. */
export function yearsWithUnitReporting(db: Db, years: number[]): number[] {
  const have = new Set(
    (statement(rawClient(db), "select distinct year from unit_reporting").raw(true).all() as [number][]).map(
      ([y]) => y,
    ),
  );
  return years.filter((y) => have.has(y)).sort((a, b) => b - a);
}

/**
 * The ranking of the units reporting a province indicator for a period (lib/units/ranking.ts),
 * with each unit's figures, and the gap between a department's own province figure and the
 * units' sum. Null when the indicator is not in the year's plan or not reported by units that
 * year. Cached until the data changes.
 */
export function unitReport(db: Db, request: UnitReportRequest): UnitReport | null {
  const counting = request.counting ?? DEFAULT_COUNTING;
  return cachedRead(rawClient(db), `unit-report:${request.code}:${request.year}:${request.period}:${counting}`, () =>
    computeUnitReport(db, { ...request, counting }),
  );
}

interface ShareRow {
  shareId: number;
  shareCode: string;
  unitId: number;
  unitCode: string;
  unitName: string;
  unitKind: UnitKind;
  /** the share was in last year's plan too */
  hadLastYear: number;
  validFrom: number;
  validTo: number | null;
  validFromMonth: number;
  validToMonth: number;
}

const SHARES_SQL = `
  select s.id as shareId, s.code as shareCode, d.id as unitId, d.code as unitCode, d.name as unitName, d.kind as unitKind,
         d.valid_from as validFrom, d.valid_to as validTo, d.valid_from_month as validFromMonth, d.valid_to_month as validToMonth,
         exists(select 1 from indicator_assignments b where b.indicator_id = s.id and b.year = ?) as hadLastYear
  from indicators s
  join indicator_assignments a on a.indicator_id = s.id and a.year = ?
  join departments d on d.id = a.department_id
  where s.share_of_id = ?
  order by d.id`;

const SHARE_TARGETS_SQL = `
  select t.indicator_id, t.source, t.value, t.min, t.max
  from targets t join indicators s on s.id = t.indicator_id
  where t.year = ? and s.share_of_id = ?`;

/** Successors of this year's units and each predecessor's share of the indicator (null: it had none). */
const PREDECESSORS_SQL = `
  select c.successor_id, d.code, i.id
  from department_successions c
  join departments d on d.id = c.predecessor_id
  left join indicators i on i.code = ? || '@' || d.code
  where c.from_year <= ?
  order by c.successor_id, d.id`;

const plain = (scaled: number | null) => (scaled === null ? null : fromScaled(scaled));

function computeUnitReport(db: Db, request: Required<UnitReportRequest>): UnitReport | null {
  const { code, year, period, counting } = request;
  const reported = unitReportedIndicators(db, year).find((r) => r.indicator.code === code);
  if (!reported) return null;
  const { indicator, unitKind } = reported;
  const client = rawClient(db);
  const end = periodSpan(period).end;
  const allShares = (statement(client, SHARES_SQL).all(year - 1, year, indicator.id) as ShareRow[]).map((share) => ({
    share,
    months: unitMonths(share, year) ?? ({ from: 1, to: 12 } as MonthRange),
  }));
  // ranked: the units reporting in the period's last month (2025: 6 tháng the districts, 9 tháng the communes)
  const ranked = allShares.filter(({ months }) => months.from <= end && end <= months.to);
  const targets = shareTargets(client, year, indicator.id);
  const predecessors = predecessorShares(client, indicator.code, year);
  const entries = loadEntries(db, [year, year - 1], counting);

  const lines = ranked.map(({ share, months: reporting }) => {
    // a unit formed within the year: its own months, against the same months last year
    const thisYear = fromFirstMonth(indicator.kind, entries.get(entryKey(share.shareId, year)) ?? {}, reporting.from);
    const lastFound = lastYearOf(share, predecessors.get(share.unitId), entries, year, indicator);
    const last = { ...lastFound, entries: fromFirstMonth(indicator.kind, lastFound.entries, reporting.from) };
    const shareIndicator = { ...indicator, targets: targets.get(share.shareId) ?? [] };
    const figures = reportFigures(shareIndicator, period, thisYear, last.entries);
    const months = Array.from({ length: end }, (_, i) =>
      i + 1 < reporting.from
        ? { value: null, lastYear: null }
        : {
            value: plain(periodValue(indicator.kind, thisYear, monthPeriod(i + 1)).value),
            lastYear: plain(periodValue(indicator.kind, last.entries, monthPeriod(i + 1)).value),
          },
    );
    return { share, figures, target: planFigure(shareIndicator.targets), months, lastYearFrom: last.from };
  });

  const ranking = rankUnits(
    lines.map((l) => ({
      unit: l.share.unitCode,
      value: l.figures.value,
      target: l.target,
      lastYearValue: l.figures.lastYearValue,
      months: l.months,
    })),
    indicator.direction,
  );
  const byUnit = new Map(lines.map((l) => [l.share.unitCode, l]));
  const units = ranking.units.map((ranked): UnitRankingRow => {
    const { share, figures, target, lastYearFrom } = byUnit.get(ranked.unit)!;
    return {
      unit: share.unitCode,
      name: share.unitName,
      kind: share.unitKind,
      share: share.shareCode,
      value: figures.value,
      valueStatus: figures.valueStatus,
      target,
      pctOfPlan: figures.pctOfPlan,
      lastYearValue: figures.lastYearValue,
      lastYearFrom: figures.lastYearValue === null ? null : lastYearFrom,
      changePct: figures.changePct,
      rank: ranked.rank,
      belowAverageMonths: ranked.belowAverageMonths,
      lagging: ranked.lagging,
    };
  });

  const own = ownProvinceEntries(db, [year, year - 1], counting, indicator.id, year);
  return {
    indicator,
    year,
    period,
    counting,
    unitKind: (ranked[0]?.share.unitKind as LocalUnitKind | undefined) ?? unitKind,
    basis: ranking.basis,
    average: ranking.average,
    monthlyAverages: ranking.monthlyAverages,
    units,
    gap: own
      ? provinceGap(
          indicator.kind,
          own,
          allShares.map(({ share, months }) => ({ entries: entries.get(entryKey(share.shareId, year)) ?? {}, months })),
          period,
        )
      : null,
  };
}

/** A unit's plan as one figure: the value, or the lower end of a range (as % of plan reads it). */
function planFigure(targets: Target[]): number | null {
  const hdnd = targetBySource(targets, "hdnd");
  if (!hdnd) return null;
  return hdnd.value ?? (hdnd.min != null && hdnd.max != null ? hdnd.min : null);
}

function shareTargets(client: Database.Database, year: number, parentId: number): Map<number, Target[]> {
  const byShare = new Map<number, Target[]>();
  for (const [id, source, value, min, max] of statement(client, SHARE_TARGETS_SQL).raw(true).all(year, parentId) as [
    number,
    Target["source"],
    number | null,
    number | null,
    number | null,
  ][]) {
    const list = byShare.get(id) ?? [];
    list.push({ source, value: plain(value), min: plain(min), max: plain(max) });
    byShare.set(id, list);
  }
  return byShare;
}

interface Predecessor {
  code: string;
  shareId: number | null;
}

function predecessorShares(client: Database.Database, indicatorCode: string, year: number) {
  const bySuccessor = new Map<number, Predecessor[]>();
  for (const [successor, code, shareId] of statement(client, PREDECESSORS_SQL).raw(true).all(indicatorCode, year) as [
    number,
    string,
    number | null,
  ][]) {
    const list = bySuccessor.get(successor) ?? [];
    list.push({ code, shareId });
    bySuccessor.set(successor, list);
  }
  return bySuccessor;
}

/**
 * A unit's entries of last year: its own share's, when it reported the indicator last year;
 * else, when it succeeds units (department_successions), the sum of their shares' entries
 * (sumShareEntries: a period only when every predecessor entered it). After a split each
 * successor compares with its predecessor's whole figure: a predecessor's figure is not
 * divided between its successors (docs/domain.md).
 */
function lastYearOf(
  share: ShareRow,
  predecessors: Predecessor[] | undefined,
  entries: Map<number, EntryMap>,
  year: number,
  indicator: CatalogueIndicator,
): { entries: EntryMap; from: UnitRankingRow["lastYearFrom"] } {
  if (share.hadLastYear || !predecessors?.length)
    return { entries: entries.get(entryKey(share.shareId, year - 1)) ?? {}, from: { kind: "own" } };
  const maps = predecessors.map((p) => (p.shareId === null ? {} : (entries.get(entryKey(p.shareId, year - 1)) ?? {})));
  return {
    entries: sumShareEntries(
      indicator.kind,
      maps.map((entries) => ({ entries })),
    ),
    from: { kind: "predecessors", units: predecessors.map((p) => p.code) },
  };
}

/** The gap between a department's own province figure for the period and the units' sum (exact, scaled). */
export function provinceGap(
  kind: CatalogueIndicator["kind"],
  own: EntryMap,
  units: ShareFigures[],
  period: PeriodCode,
): ProvinceGap | null {
  const province = periodValue(kind, own, period).value;
  const sum = units.length === 0 ? null : periodValue(kind, sumShareEntries(kind, units), period).value;
  if (province === null || sum === null || sum === province) return null;
  return { provinceValue: fromScaled(province), unitsSum: fromScaled(sum), difference: fromScaled(province - sum) };
}
