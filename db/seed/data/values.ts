import { MONTH_PERIODS, type PeriodCode } from "@/lib/periods";
import { decimalStringFromScaled, scaledFromDecimalString } from "@/lib/numbers/decimal";
import { weakestStatus, type ValueStatus } from "@/lib/rollup";

import type { SeedValue } from "./types";

/**
 * Values of the demo province, 2022-2024 (plus four 2021 bases behind seed 001's 2022 growth
 * rates). Cumulative and point indicators get every month T01..T12; rate indicators Q1, 6T,
 * 9T and N. The seeds give period totals, never months: the monthly splits are derived
 * (integer arithmetic on scaled values) so that every total a seed states comes out exactly,
 * and are marked derived with a note saying which figures they reproduce.
 *
 * Status: the months making up a figure a seed gives as "ước" are estimates; so are
 * T10..T12 2024 (the 9-month 2024 report is the latest seed); everything else is official.
 */

type Year = 2022 | 2023 | 2024;
const YEARS: readonly Year[] = [2022, 2023, 2024];

const scaled = scaledFromDecimalString;
const text = decimalStringFromScaled;

/** Months 10..12 of 2024 are still estimates. */
const isOpenMonth = (year: number, month: number) => year === 2024 && month >= 10;

// ---------------------------------------------------------------------------------------
// Cumulative indicators: year-to-date totals at some months, split over the months by a profile

interface CumulativeSpec {
  code: string;
  /** relative weight of each month T01..T12 (seasonal profile) used to split a total */
  profile: readonly number[];
  /** smallest unit of a monthly figure, default "1" */
  step?: string;
  /** per year: year-to-date total at a month ({ 6: "2285", 12: "4650" }); month 12 is required */
  ytd: Record<Year, Record<number, string>>;
  /** per year: last month of a period the seed gives as "ước" (its months are estimates) */
  uoc?: Partial<Record<Year, number>>;
  /** per year: where the stated totals come from */
  source?: Partial<Record<Year, string>>;
  /** whole-year estimate (ước thực hiện cả năm) */
  un?: Partial<Record<Year, string>>;
}

/** Splits year-to-date totals into months: each stretch between two totals follows the profile, its last month takes the remainder. */
function splitMonths(ytd: Record<number, string>, profile: readonly number[], step: number, label: string): number[] {
  const months = new Array<number>(12).fill(0);
  const anchors = Object.keys(ytd).map(Number).sort((a, b) => a - b);
  if (anchors[anchors.length - 1] !== 12) throw new Error(`${label}: no year total`);
  let from = 0;
  let before = 0;
  for (const to of anchors) {
    const total = scaled(ytd[to]);
    const units = (total - before) / step;
    if (!Number.isInteger(units) || units < 0) throw new Error(`${label}: T${to} does not split in steps`);
    const weights = profile.slice(from, to);
    const weightSum = weights.reduce((a, b) => a + b, 0);
    if (weightSum === 0 && units > 0) throw new Error(`${label}: no weight before T${to}`);
    let given = 0;
    weights.forEach((w, i) => {
      const share = i === weights.length - 1 ? units - given : Math.floor((units * w) / weightSum);
      given += share;
      months[from + i] = share * step;
    });
    from = to;
    before = total;
  }
  return months;
}

function ytdNote(ytd: Record<number, string>, source: string | undefined): string {
  const totals = Object.entries(ytd)
    .map(([m, v]) => `T01-T${String(m).padStart(2, "0")} = ${v}`)
    .join("; ");
  return `Tách tháng (phái sinh) theo lũy kế ${totals}${source ? ` - ${source}` : " - giả định demo"}`;
}

function cumulative(spec: CumulativeSpec): SeedValue[] {
  const step = scaled(spec.step ?? "1");
  const out: SeedValue[] = [];
  for (const year of YEARS) {
    const ytd = spec.ytd[year];
    const months = splitMonths(ytd, spec.profile, step, `${spec.code} ${year}`);
    const uocUntil = spec.uoc?.[year] ?? 0;
    const note = ytdNote(ytd, spec.source?.[year]);
    months.forEach((value, i) => {
      const month = i + 1;
      const status: ValueStatus = month <= uocUntil || isOpenMonth(year, month) ? "estimate" : "official";
      out.push({ indicator: spec.code, year, period: MONTH_PERIODS[i], value: text(value), status, derived: true, note });
    });
    const un = spec.un?.[year];
    if (un) out.push({ indicator: spec.code, year, period: "UN", value: un, status: "estimate", derived: true, note: "Ước thực hiện cả năm - giả định demo" });
  }
  return out;
}

/** A figure made of others, period by period: a parent as the sum of its parts (signs +1), or a difference. */
function combine(code: string, parts: SeedValue[][], signs: number[], note: string): SeedValue[] {
  const byKey = new Map<string, { year: number; period: PeriodCode; value: number; statuses: ValueStatus[]; count: number }>();
  parts.forEach((part, i) => {
    for (const v of part) {
      const key = `${v.year}:${v.period}`;
      const cell = byKey.get(key) ?? { year: v.year, period: v.period, value: 0, statuses: [], count: 0 };
      cell.value += signs[i] * scaled(v.value);
      cell.statuses.push(v.status);
      cell.count += 1;
      byKey.set(key, cell);
    }
  });
  return [...byKey.values()]
    .filter((c) => c.count === parts.length)
    .map((c) => ({ indicator: code, year: c.year, period: c.period, value: text(c.value), status: weakestStatus(c.statuses)!, derived: true, note }));
}

// ---------------------------------------------------------------------------------------
// Point indicators: values at some months, straight lines between them

/** [month "YYYY-MM", value, seed it is read in (omit when not read), note when derived rather than assumed] */
type PointAnchor = [string, string, string?, string?];

interface PointSpec {
  code: string;
  step?: string;
  anchors: PointAnchor[];
}

const monthIndex = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;

function anchorProvenance([, , seed, note]: PointAnchor): Pick<SeedValue, "derived" | "note"> {
  if (seed) return { derived: false, note: `Số liệu ${seed}` };
  return { derived: true, note: note ?? "Giả định demo" };
}

/** Monthly values from the first anchor's month to the last one's, on straight lines between anchors. */
function point(spec: PointSpec): SeedValue[] {
  const step = scaled(spec.step ?? "1");
  const out: SeedValue[] = [];
  spec.anchors.slice(0, -1).forEach((start, a) => {
    const end = spec.anchors[a + 1];
    const [from, to] = [monthIndex(start[0]), monthIndex(end[0])];
    const [fromUnits, toUnits] = [scaled(start[1]) / step, scaled(end[1]) / step];
    if (!Number.isInteger(fromUnits) || !Number.isInteger(toUnits) || to <= from) throw new Error(`${spec.code}: bad anchors ${start[0]}..${end[0]}`);
    const lastStretch = a === spec.anchors.length - 2;
    // each stretch gives its months up to the next anchor, which opens the next stretch
    for (let k = 0; k < to - from || (lastStretch && k === to - from); k += 1) {
      const index = from + k;
      const [year, month] = [Math.floor(index / 12), (index % 12) + 1];
      const value = Math.round((fromUnits * (to - from - k) + toUnits * k) / (to - from)) * step;
      const provenance = k === 0 ? anchorProvenance(start) : k === to - from ? anchorProvenance(end) : { derived: true, note: `Nội suy (phái sinh) giữa ${start[0]} và ${end[0]}` };
      out.push({ indicator: spec.code, year, period: MONTH_PERIODS[month - 1], value: text(value), status: isOpenMonth(year, month) ? "estimate" : "official", ...provenance });
    }
  });
  return out;
}

// ---------------------------------------------------------------------------------------
// Rate indicators: Q1, 6T, 9T, N per year

type RatePeriod = "Q1" | "6T" | "9T" | "N";
const RATE_PERIODS: readonly RatePeriod[] = ["Q1", "6T", "9T", "N"];

interface RateSpec {
  code: string;
  /** per year the values of Q1, 6T, 9T, N */
  years: Record<Year, [string, string, string, string]>;
  /** "2023-6T" → seed it is read in */
  seed?: Record<string, string>;
  /** "2023-6T": the seed gives it as ước */
  uoc?: string[];
  /** note for values neither read nor assumed (e.g. implied by a stated change) */
  implied?: Record<string, string>;
}

function rate(spec: RateSpec): SeedValue[] {
  return YEARS.flatMap((year) =>
    RATE_PERIODS.map((period, i) => {
      const key = `${year}-${period}`;
      const source = spec.seed?.[key];
      const estimate = spec.uoc?.includes(key) || (year === 2024 && period === "N");
      return {
        indicator: spec.code,
        year,
        period,
        value: spec.years[year][i],
        status: estimate ? "estimate" : "official",
        derived: !source,
        note: source ? `Số liệu ${source}` : (spec.implied?.[key] ?? "Giả định demo"),
      } satisfies SeedValue;
    }),
  );
}

/**
 * A part's share of its whole (%, two decimals) at the end of Q1, 6T, 9T and N, as a rate
 * indicator: the structure of employment from the workers per sector. `seed` names the
 * periods ("2024-N") whose share a seed states.
 */
function shareOfWhole(code: string, part: SeedValue[], whole: SeedValue[], seed: Record<string, string>): SeedValue[] {
  const at = (series: SeedValue[], year: number, month: number) => series.find((v) => v.year === year && v.period === MONTH_PERIODS[month - 1]);
  const ends: [RatePeriod, number][] = [["Q1", 3], ["6T", 6], ["9T", 9], ["N", 12]];
  return YEARS.flatMap((year) =>
    ends.map(([period, month]) => {
      const [p, w] = [at(part, year, month)!, at(whole, year, month)!];
      const share = Math.round((scaled(p.value) * 10_000) / scaled(w.value)) / 100;
      const source = seed[`${year}-${period}`];
      return {
        indicator: code,
        year,
        period,
        value: text(scaled(String(share))),
        status: weakestStatus([p.status, w.status])!,
        derived: !source,
        note: source ? `Số liệu ${source}` : `Tỷ trọng trong tổng số lao động có việc làm tháng ${month} (phái sinh)`,
      } satisfies SeedValue;
    }),
  );
}

// ---------------------------------------------------------------------------------------
// Seasonal profiles (weights of T01..T12)

const EVEN = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
const TRADE = [13, 14, 17, 17, 19, 20, 19, 19, 20, 21, 22, 24];
const RETAIL = [9, 8, 8, 8, 8, 8, 8, 8, 8, 9, 9, 9];
const TOURISM = [16, 14, 10, 8, 7, 6, 6, 6, 6, 7, 7, 7];
const SOWING = [18, 30, 32, 12, 5, 3, 30, 40, 15, 8, 6, 4];
const HARVEST = [1, 1, 2, 4, 20, 18, 4, 10, 22, 12, 4, 2];
const PLANTING = [2, 6, 18, 18, 16, 12, 12, 8, 4, 2, 1, 1];
const TREES = [8, 22, 24, 14, 8, 6, 6, 4, 3, 2, 2, 1];
const INVESTMENT = [3, 4, 7, 7, 8, 9, 8, 9, 10, 10, 11, 14];
const BUDGET = [10, 7, 8, 8, 8, 8, 8, 8, 8, 9, 9, 9];
const BUSINESS = [7, 5, 9, 9, 9, 9, 8, 8, 9, 9, 9, 9];
const ROADS = [3, 4, 8, 10, 12, 12, 10, 9, 9, 9, 8, 6];

// ---------------------------------------------------------------------------------------
// I.3.2 Kinh tế cửa khẩu: export + import = total

const xuatKhau = cumulative({
  code: "knxnk.xk", profile: TRADE, step: "0.1",
  ytd: { 2022: { 3: "200", 6: "303", 12: "850" }, 2023: { 4: "750", 6: "1280", 12: "2750" }, 2024: { 12: "3300" } },
  uoc: { 2023: 6 },
  source: { 2022: "6T = 303 suy ra từ +322,4% (000)", 2023: "6T = 1.280 (000)" },
  un: { 2023: "2500", 2024: "3300" },
});
const nhapKhau = cumulative({
  code: "knxnk.nk", profile: TRADE, step: "0.1",
  ytd: { 2022: { 3: "600", 6: "833.4", 12: "2262.6" }, 2023: { 4: "595", 6: "1005", 12: "2200" }, 2024: { 12: "2500" } },
  uoc: { 2023: 6 },
  source: { 2022: "6T = 833,4 suy ra từ +20,6% (000)", 2023: "6T = 1.005 (000)" },
  un: { 2023: "2000", 2024: "2500" },
});
const kimNgach = combine("knxnk", [xuatKhau, nhapKhau], [1, 1], "Tổng của xuất khẩu và nhập khẩu (phái sinh): Q1/2022 = 800 (001), 6T/2022 = 1.136,4 (+101,1%, 000), năm 2022 ≈ 3,1 tỷ USD (004), 4T/2023 = 1.345 (004), 6T/2023 = 2.285 (000)");

// ---------------------------------------------------------------------------------------
// I.3.6 Ngân sách: the three parts add up to the total

const thuNoiDia = cumulative({
  code: "thu_ns.noi_dia", profile: BUDGET, step: "0.1",
  ytd: { 2022: { 9: "1650", 12: "2350" }, 2023: { 9: "1909.5", 12: "2600" }, 2024: { 9: "2148", 12: "2900" } },
  uoc: { 2024: 9 },
  source: { 2023: "9T = 1.909,5 suy ra từ +12,5% (002)", 2024: "9T = 2.148 (002)" },
  un: { 2023: "2500", 2024: "2900" },
});
const thuXnk = cumulative({
  code: "thu_ns.xnk", profile: BUDGET, step: "0.1",
  ytd: { 2022: { 9: "2600", 12: "3600" }, 2023: { 9: "3738.5", 12: "5100" }, 2024: { 9: "5200", 12: "6896.8" } },
  uoc: { 2024: 9 },
  source: { 2023: "9T = 3.738,5 suy ra từ +39,1% (002)", 2024: "9T = 5.200 (002)" },
  un: { 2023: "4700", 2024: "6896.8" },
});
const thuHuyDong = cumulative({
  code: "thu_ns.huy_dong", profile: EVEN, step: "0.01",
  ytd: { 2022: { 9: "14.8", 12: "20.5" }, 2023: { 9: "15.62", 12: "21.4" }, 2024: { 9: "5.5", 12: "8.2" } },
  uoc: { 2024: 9 },
  source: { 2023: "9T = 15,62 suy ra từ 'bằng 35,2% cùng kỳ' (002)", 2024: "9T = 5,5 (002)" },
  un: { 2023: "20", 2024: "8.2" },
});
const thuNganSach = combine("thu_ns", [thuNoiDia, thuXnk, thuHuyDong], [1, 1, 1], "Tổng của thu nội địa, thu từ hoạt động xuất nhập khẩu và các khoản huy động, đóng góp (phái sinh): 9T/2024 = 7.353,5 (002)");

// ---------------------------------------------------------------------------------------
// I.3.4 Giải ngân vốn đầu tư công: local + central budget = total

const giaiNganDiaPhuong = cumulative({
  code: "dtc.giai_ngan.nsdp", profile: INVESTMENT, step: "0.1",
  ytd: { 2022: { 3: "150", 6: "240", 12: "850" }, 2023: { 3: "210", 6: "380", 9: "610", 12: "1150" }, 2024: { 9: "640.2", 12: "1190" } },
  uoc: { 2024: 9 },
  un: { 2023: "1180", 2024: "1190" },
});
const giaiNganTrungUong = cumulative({
  code: "dtc.giai_ngan.nstw", profile: INVESTMENT, step: "0.1",
  ytd: { 2022: { 3: "263", 6: "408.8", 12: "1468.4" }, 2023: { 3: "379", 6: "778.8", 9: "1253.5", 12: "2450" }, 2024: { 9: "1310", 12: "2570" } },
  uoc: { 2024: 9 },
  un: { 2023: "2520", 2024: "2570" },
});
const giaiNgan = combine("dtc.giai_ngan", [giaiNganDiaPhuong, giaiNganTrungUong], [1, 1], "Tổng của vốn ngân sách địa phương và Trung ương (phái sinh): Q1/2022 = 413 (001), 6T/2022 = 648,8 (1.158,8 − 510, 000), năm 2022 = 92,8% kế hoạch (004), Q1/2023 = 589 (004), 6T/2023 = 1.158,8 (000), 9T/2023 cho tỷ lệ thấp hơn 1,5 điểm (002), 9T/2024 = 1.950,2 (002)");

// ---------------------------------------------------------------------------------------
// Points with a part computed from the whole

const ocop = point({ code: "nn.ocop", anchors: [["2022-01", "54"], ["2022-12", "80"], ["2023-06", "87", "000"], ["2023-12", "152"], ["2024-09", "153", "003"], ["2024-12", "160"]] });
const ocop4Sao = point({ code: "nn.ocop.4sao", anchors: [["2022-01", "8"], ["2022-12", "12"], ["2023-06", "13"], ["2023-12", "22"], ["2024-09", "23", "003"], ["2024-12", "24"]] });
const ocop3Sao = combine("nn.ocop.3sao", [ocop, ocop4Sao], [1, -1], "Lũy kế OCOP trừ sản phẩm 4 sao (phái sinh); 9T/2024 = 130 (003)");
const cumCongNghiep = point({ code: "ccn", anchors: [["2022-01", "3"], ["2022-12", "4"], ["2023-06", "5", "000"], ["2023-12", "7"], ["2024-09", "10", "002"], ["2024-12", "10"]] });

// ---------------------------------------------------------------------------------------
// I.4.4 Lao động có việc làm (seed 003, năm 2024): the three sectors add up to the total, and
// their shares are the structure of employment. The seed rounds the sectors to whole thousands
// ("119 nghìn người, chiếm khoảng 37,3%"); the figures below give its shares exactly, and 2023's
// shares follow from its changes (37,3 + 0,16; 22,39 + 1,88; 40,31 − 2,04: together 100%).

const LABOUR_2023 = "Suy ra từ tỷ trọng năm 2023 (tỷ trọng năm 2024 và mức thay đổi, 003) và tổng 315,28 nghìn người (319 nghìn người tăng 1,18%, 003)";
const LABOUR_2024 = "Suy ra từ số lao động làm tròn đến nghìn người và tỷ trọng của khu vực (003)";
const laoDongNln = point({ code: "ld.co_viec_lam.nln", step: "0.01", anchors: [["2022-01", "119.8"], ["2022-12", "119.2"], ["2023-12", "118.1", undefined, LABOUR_2023], ["2024-12", "118.99", undefined, LABOUR_2024]] });
const laoDongCnxd = point({ code: "ld.co_viec_lam.cnxd", step: "0.01", anchors: [["2022-01", "73.1"], ["2022-12", "75"], ["2023-12", "76.52", undefined, LABOUR_2023], ["2024-12", "71.42", undefined, LABOUR_2024]] });
const laoDongDv = point({ code: "ld.co_viec_lam.dv", step: "0.01", anchors: [["2022-01", "116.6"], ["2022-12", "117.4"], ["2023-12", "120.66", undefined, LABOUR_2023], ["2024-12", "128.59", undefined, LABOUR_2024]] });
const laoDong = combine("ld.co_viec_lam", [laoDongNln, laoDongCnxd, laoDongDv], [1, 1, 1], "Tổng lao động có việc làm của ba khu vực (phái sinh): năm 2024 = 319 nghìn người, tăng 1,18% so với năm 2023 (003)");
const coCauLaoDong = [
  ...shareOfWhole("ld.co_cau.nln", laoDongNln, laoDong, { "2024-N": "003" }),
  ...shareOfWhole("ld.co_cau.cnxd", laoDongCnxd, laoDong, { "2024-N": "003" }),
  ...shareOfWhole("ld.co_cau.dv", laoDongDv, laoDong, { "2024-N": "003" }),
];

// ---------------------------------------------------------------------------------------

/** Values behind seed 001's 2022 comparisons ("tăng 25,5% so với cùng kỳ", "tăng 1,8% so với 31/12/2021"). */
const bases2021: SeedValue[] = [
  { indicator: "nn.gieo_trong_dx", year: 2021, period: "Q1", value: "24493", status: "official", derived: true, note: "Cơ sở so sánh suy ra từ 30.739 ha, tăng 25,5% (001)" },
  { indicator: "ban_le", year: 2021, period: "Q1", value: "5545.4", status: "official", derived: true, note: "Cơ sở so sánh suy ra từ 5.953 tỷ đồng, tăng 7,35% (001)" },
  { indicator: "du_lich.khach", year: 2021, period: "Q1", value: "700.6", status: "official", derived: true, note: "Cơ sở so sánh suy ra từ 755.950 lượt, tăng 7,9% (001)" },
];

export const values: SeedValue[] = [
  // I.1, I.2
  ...point({ code: "cchc.tthc_dung_han", step: "0.1", anchors: [["2022-01", "97.5"], ["2022-12", "98.6"], ["2023-12", "99.1"], ["2024-12", "99.4"]] }),

  // I.3 GRDP (seed 004: 2022; 000: 6T 2023; 003: 2024) and the structure of the economy
  ...rate({ code: "grdp", years: { 2022: ["6.1", "6.5", "6.9", "7.22"], 2023: ["4.6", "5.32", "5.1", "5.5"], 2024: ["5.8", "6", "6.1", "6.33"] }, seed: { "2022-N": "004", "2023-6T": "000", "2024-N": "003" }, uoc: ["2023-6T"] }),
  ...rate({ code: "grdp.nln", years: { 2022: ["3.9", "4.2", "4.6", "5.01"], 2023: ["3.8", "4.05", "4.2", "4.4"], 2024: ["4.5", "4.9", "5.2", "5.55"] }, seed: { "2022-N": "004", "2023-6T": "000", "2024-N": "003" }, uoc: ["2023-6T"] }),
  ...rate({ code: "grdp.cnxd", years: { 2022: ["9.2", "9.8", "10.4", "11.03"], 2023: ["6.1", "6.93", "7.3", "7.8"], 2024: ["8.1", "8.6", "8.9", "9.29"] }, seed: { "2022-N": "004", "2023-6T": "000", "2024-N": "003" }, uoc: ["2023-6T"] }),
  ...rate({ code: "grdp.dv", years: { 2022: ["5.4", "5.9", "6.3", "6.6"], 2023: ["4.9", "5.2", "5.4", "5.6"], 2024: ["4.7", "4.8", "4.9", "5.05"] }, seed: { "2022-N": "004", "2023-6T": "000", "2024-N": "003" }, uoc: ["2023-6T"] }),
  ...rate({ code: "grdp.thue", years: { 2022: ["3.5", "3.9", "4.2", "4.6"], 2023: ["3.2", "3.63", "3.9", "4.1"], 2024: ["6.5", "7", "7.4", "7.74"] }, seed: { "2023-6T": "000", "2024-N": "003" }, uoc: ["2023-6T"] }),
  ...rate({ code: "co_cau.nln", years: { 2022: ["20.3", "20.6", "21.4", "21.1"], 2023: ["20.89", "21.19", "21.99", "21.69"], 2024: ["20.77", "21.07", "21.87", "21.57"] }, seed: { "2022-N": "004", "2024-N": "003" }, implied: { "2023-N": "Suy ra từ 21,57%, giảm 0,12 điểm so với năm 2023 (003)" } }),
  ...rate({ code: "co_cau.cnxd", years: { 2022: ["24.4", "24.4", "24.4", "24.4"], 2023: ["23.26", "23.26", "23.26", "23.26"], 2024: ["23.77", "23.77", "23.77", "23.77"] }, seed: { "2022-N": "004", "2024-N": "003" }, implied: { "2023-N": "Suy ra từ 23,77%, tăng 0,51 điểm so với năm 2023 (003)" } }),
  ...rate({ code: "co_cau.dv", years: { 2022: ["50.78", "50.48", "49.68", "49.98"], 2023: ["51.36", "51.06", "50.26", "50.56"], 2024: ["50.99", "50.69", "49.89", "50.19"] }, seed: { "2022-N": "004", "2024-N": "003" }, implied: { "2023-N": "Suy ra từ 50,19%, giảm 0,37 điểm so với năm 2023 (003)" } }),
  ...rate({ code: "co_cau.thue", years: { 2022: ["4.52", "4.52", "4.52", "4.52"], 2023: ["4.5", "4.5", "4.5", "4.5"], 2024: ["4.48", "4.48", "4.48", "4.48"] }, seed: { "2022-N": "004", "2024-N": "003" }, implied: { "2023-N": "Suy ra từ 4,48%, giảm 0,02 điểm so với năm 2023 (003)" } }),

  // I.3.1 Nông, lâm nghiệp, nông thôn mới
  ...cumulative({
    code: "nn.gieo_trong_dx", profile: SOWING,
    ytd: { 2022: { 3: "30739", 6: "48426", 12: "48426" }, 2023: { 3: "31480", 6: "48232", 12: "48232" }, 2024: { 3: "31350", 6: "48610", 12: "48610" } },
    source: { 2022: "Q1 = 30.739 (001), 6T = 48.426 suy ra từ 'bằng 99,6% cùng kỳ' (000)", 2023: "6T = 48.232 (000)" },
  }),
  ...cumulative({
    code: "nn.gieo_trong", profile: SOWING,
    ytd: { 2022: { 3: "30739", 6: "48426", 9: "93120", 12: "96800" }, 2023: { 3: "31480", 6: "48232", 9: "93849", 12: "96500" }, 2024: { 3: "31350", 6: "48610", 9: "94375", 12: "96900" } },
    uoc: { 2024: 9 },
    source: { 2023: "6T = 48.232 (000), 9T = 93.849 suy ra từ +0,56% (002)", 2024: "9T = 94.375 (002)" },
    un: { 2023: "95000", 2024: "96900" },
  }),
  ...cumulative({
    code: "nn.luong_thuc", profile: HARVEST, step: "0.1",
    ytd: { 2022: { 9: "300.2", 12: "312.5" }, 2023: { 9: "305.6", 12: "318" }, 2024: { 9: "320.6", 12: "333" } },
    uoc: { 2024: 9 },
    source: { 2023: "9T = 305,6 suy ra từ +4,9% (002)", 2024: "9T = 320,6 (002)" },
  }),
  ...cumulative({
    code: "nn.trong_rung", profile: PLANTING,
    ytd: { 2022: { 6: "6000", 12: "9300" }, 2023: { 4: "4030", 6: "6500", 9: "8900", 12: "9350" }, 2024: { 9: "9000", 12: "9400" } },
    uoc: { 2024: 9 },
    source: { 2022: "6T = 6.000 suy ra từ +8,3% (000), năm = 9.300 (004)", 2023: "4T = 4.030 (004), 6T = 6.500 (000), 9T = 8.900 suy ra từ +1,1% (002)", 2024: "9T = 9.000 (002)" },
    un: { 2023: "9100", 2024: "9400" },
  }),
  ...cumulative({
    code: "nn.cay_phan_tan", profile: TREES, step: "0.01",
    ytd: { 2022: { 12: "3.1" }, 2023: { 9: "3.4", 12: "3.6" }, 2024: { 9: "4.5", 12: "4.8" } },
    uoc: { 2024: 9 },
    source: { 2024: "9T = 4,5 (002)" },
  }),
  ...point({ code: "nn.nuoc_hvs", step: "0.1", anchors: [["2022-01", "96.5"], ["2022-12", "97.1"], ["2023-06", "97.5", "000"], ["2023-12", "97.8"], ["2024-12", "98.3"]] }),
  ...ocop,
  ...ocop4Sao,
  ...ocop3Sao,
  ...point({ code: "nn.ma_vung_trong", anchors: [["2022-01", "150"], ["2022-12", "180"], ["2023-06", "189", "000"], ["2023-12", "200"], ["2024-12", "230"]] }),
  ...point({ code: "nn.dt_ma_vung_trong", step: "0.1", anchors: [["2022-01", "850"], ["2022-12", "1030.5"], ["2023-06", "1068.3", "000"], ["2023-12", "1120"], ["2024-12", "1250"]] }),
  ...point({ code: "nn.xa_ntm", anchors: [["2022-01", "78"], ["2022-12", "84"], ["2023-04", "86", "004"], ["2023-12", "92"], ["2024-12", "100"]] }),
  ...point({ code: "nn.tieu_chi_ntm", step: "0.01", anchors: [["2022-01", "14"], ["2022-03", "14.03", "001"], ["2022-12", "14.6"], ["2023-12", "15.2"], ["2024-12", "15.8"]] }),

  // I.3.2 Kinh tế cửa khẩu
  ...kimNgach,
  ...xuatKhau,
  ...nhapKhau,
  ...cumulative({
    code: "xk_dia_phuong", profile: TRADE, step: "0.1",
    ytd: { 2022: { 6: "58", 12: "125" }, 2023: { 6: "70", 12: "150" }, 2024: { 12: "165" } },
    source: { 2022: "6T = 58 suy ra từ +20,69% (000)", 2023: "6T = 70 (000)" },
  }),
  ...cumulative({
    code: "knxnk_tat_ca", profile: TRADE, step: "0.1",
    ytd: { 2022: { 12: "38000" }, 2023: { 9: "35800", 12: "49600" }, 2024: { 9: "46362.2", 12: "64000" } },
    source: { 2023: "9T = 35.800 suy ra từ +29,5% (002)", 2024: "đến 29/9 = 46.362,2 (002)" },
  }),

  // I.3.3 Công nghiệp, thương mại, dịch vụ, du lịch, ngân hàng
  ...rate({ code: "cssxcn", years: { 2022: ["6.4", "7.1", "7.5", "8"], 2023: ["4.9", "5.79", "6.2", "6.6"], 2024: ["7.2", "7.9", "8.3", "8.8"] }, seed: { "2022-Q1": "001", "2023-6T": "000" } }),
  ...cumCongNghiep,
  ...cumulative({
    code: "ban_le", profile: RETAIL, step: "0.1",
    ytd: { 2022: { 3: "5953", 6: "12144", 9: "21200", 12: "29000" }, 2023: { 6: "14245", 9: "23984.3", 12: "33750" }, 2024: { 6: "16100", 9: "27068.7", 12: "38200" } },
    uoc: { 2024: 9 },
    source: { 2022: "Q1 = 5.953 (001), 6T = 12.144 suy ra từ +17,3% (000)", 2023: "6T = 14.245 (000), 9T = 23.984,3 suy ra từ +12,86% (002)", 2024: "9T = 27.068,7 (002)" },
    un: { 2023: "33000", 2024: "38200" },
  }),
  ...cumulative({
    code: "van_tai", profile: RETAIL, step: "0.1",
    ytd: { 2022: { 6: "933", 9: "1560", 12: "2150" }, 2023: { 6: "1018.2", 9: "1731.7", 12: "2450" }, 2024: { 6: "1110", 9: "1890.7", 12: "2680" } },
    uoc: { 2024: 9 },
    source: { 2022: "6T = 933 suy ra từ +9,13% (000)", 2023: "6T = 1.018,2 (000), 9T = 1.731,7 suy ra từ +9,18% (002)", 2024: "9T = 1.890,7 (002)" },
  }),
  ...cumulative({ code: "buu_chinh", profile: EVEN, step: "0.1", ytd: { 2022: { 12: "190" }, 2023: { 6: "105", 12: "210" }, 2024: { 12: "225" } }, source: { 2023: "6T = 105 (000)" } }),
  ...cumulative({ code: "vien_thong", profile: EVEN, step: "0.1", ytd: { 2022: { 12: "1220" }, 2023: { 6: "650", 12: "1290" }, 2024: { 12: "1360" } }, source: { 2023: "6T = 650 (000)" } }),
  ...cumulative({
    code: "du_lich.khach", profile: TOURISM, step: "0.01",
    ytd: { 2022: { 3: "755.95", 6: "2225.9", 12: "4300" }, 2023: { 6: "2820.9", 12: "5000" }, 2024: { 12: "5400" } },
    source: { 2022: "Q1 = 755.950 lượt (001), 6T = 2.225,9 suy ra từ +26,73% (000)", 2023: "6T = 2.820,9 (000)" },
    un: { 2023: "4800", 2024: "5400" },
  }),
  ...cumulative({
    code: "du_lich.doanh_thu", profile: TOURISM, step: "0.1",
    ytd: { 2022: { 3: "277", 6: "881", 12: "2300" }, 2023: { 6: "2161.9", 12: "4000" }, 2024: { 12: "4500" } },
    source: { 2022: "Q1 = 277 (001), 6T = 881 suy ra từ +145,39% (000)", 2023: "6T = 2.161,9 (000)" },
    un: { 2023: "3800", 2024: "4500" },
  }),
  ...point({ code: "nh.von_huy_dong", anchors: [["2021-12", "33448", undefined, "Cơ sở so sánh suy ra từ 34.050 tỷ đồng, tăng 1,8% so với 31/12/2021 (001)"], ["2022-03", "34050", "001"], ["2022-12", "37110", undefined, "Suy ra từ 40.729 tỷ đồng, tăng 9,75% so với 31/12/2022 (000)"], ["2023-06", "40729", "000"], ["2023-12", "43831", undefined, "Suy ra từ 48.010 tỷ đồng, tăng 4.179 tỷ đồng (9,53%) so với 2023 (003)"], ["2024-12", "48010", "003"]] }),
  ...point({ code: "nh.du_no", anchors: [["2022-01", "36800"], ["2022-12", "39415", undefined, "Suy ra từ 40.400 tỷ đồng, tăng 2,5% so với 31/12/2022 (000)"], ["2023-06", "40400", "000"], ["2023-12", "43711", undefined, "Suy ra từ 47.967 tỷ đồng, tăng 4.256 tỷ đồng (9,74%) so với 31/12/2023 (003)"], ["2024-12", "47967", "003"]] }),
  ...point({ code: "nh.no_xau", anchors: [["2022-01", "300"], ["2022-12", "330"], ["2023-12", "374", undefined, "Suy ra từ 380 tỷ đồng, tăng 6 tỷ đồng so với 31/12/2023 (003)"], ["2024-12", "380", "003"]] }),
  ...point({ code: "nh.ty_le_no_xau", step: "0.01", anchors: [["2022-01", "0.82"], ["2022-12", "0.84"], ["2023-12", "0.86"], ["2024-12", "0.79", "003"]] }),

  // I.3.4 Đầu tư công, hạ tầng
  ...giaiNgan,
  ...giaiNganDiaPhuong,
  ...giaiNganTrungUong,
  ...cumulative({
    code: "dtc.khoi_luong", profile: INVESTMENT, step: "0.1",
    ytd: { 2022: { 3: "420", 6: "700", 12: "2400" }, 2023: { 6: "1351.3", 9: "1950", 12: "3700" }, 2024: { 9: "2042.3", 12: "3850" } },
    uoc: { 2022: 3, 2024: 9 },
    source: { 2022: "Q1 = 420 (001)", 2023: "6T = 1.351,3 (000)", 2024: "9T = 2.042,3 (002)" },
  }),
  ...point({ code: "dtc.phan_bo", step: "0.1", anchors: [["2022-01", "62"], ["2022-12", "93"], ["2023-01", "55"], ["2023-12", "81.5", "002"], ["2024-01", "70"], ["2024-09", "99.5", "002"], ["2024-12", "99.6"]] }),
  ...cumulative({
    code: "von_dtxh", profile: INVESTMENT,
    ytd: { 2022: { 12: "31500" }, 2023: { 12: "34790" }, 2024: { 12: "38200" } },
    uoc: { 2024: 12 },
    source: { 2023: "năm = 34.790 (003)", 2024: "năm dự kiến 38.200 (003)" },
    un: { 2023: "34500", 2024: "38200" },
  }),
  ...cumulative({ code: "gtnt.mat_duong", profile: ROADS, step: "0.01", ytd: { 2022: { 12: "280" }, 2023: { 6: "145.45", 12: "300" }, 2024: { 12: "290" } }, source: { 2023: "6T = 145,45 (000)" } }),
  ...cumulative({ code: "gtnt.xi_mang", profile: ROADS, ytd: { 2022: { 12: "21000" }, 2023: { 6: "10726", 12: "22000" }, 2024: { 12: "21500" } }, source: { 2023: "6T = 10.726 (000)" } }),
  ...cumulative({ code: "gtnt.nen_duong", profile: ROADS, step: "0.1", ytd: { 2022: { 12: "9.8" }, 2023: { 6: "4.3", 12: "9" }, 2024: { 12: "8.5" } }, source: { 2023: "6T = 4,3 (000)" } }),
  ...point({ code: "gtnt.xa_duong_nhua", step: "0.1", anchors: [["2022-01", "90.5"], ["2022-12", "92.6"], ["2023-06", "93.4", "000"], ["2023-12", "94"], ["2024-12", "95.5"]] }),
  ...point({ code: "gtnt.thon_cung_hoa", step: "0.1", anchors: [["2022-01", "74"], ["2022-12", "78.5"], ["2023-06", "80.2", "000"], ["2023-12", "82"], ["2024-12", "85"]] }),

  // I.3.5 Doanh nghiệp, đầu tư
  ...cumulative({
    code: "dn.moi", profile: BUSINESS,
    ytd: { 2022: { 6: "226", 12: "480" }, 2023: { 6: "258", 9: "485", 12: "710" }, 2024: { 9: "984", 12: "1330" } },
    source: { 2022: "6T = 226 suy ra từ +14% (000)", 2023: "6T = 258 (000), 9T = 485 suy ra từ +103% (002)", 2024: "9T = 984 (002)" },
    un: { 2023: "560", 2024: "1330" },
  }),
  ...cumulative({
    code: "dn.von_moi", profile: BUSINESS, step: "0.1",
    ytd: { 2022: { 6: "3326", 12: "6500" }, 2023: { 6: "1530", 9: "3811", 12: "6050" }, 2024: { 9: "7835.5", 12: "10500" } },
    source: { 2022: "6T = 3.326 suy ra từ giảm 54% (000)", 2023: "6T = 1.530 (000), 9T = 3.811 suy ra từ +105,6% (002)", 2024: "9T = 7.835,5 (002)" },
  }),
  ...point({ code: "dn.luy_ke", anchors: [["2022-01", "3500"], ["2022-12", "3760"], ["2023-06", "3896", "000"], ["2023-12", "4100"], ["2024-09", "5091", "002"], ["2024-12", "5200"]] }),
  ...point({ code: "dn.von_luy_ke", anchors: [["2022-01", "34500"], ["2022-12", "38900"], ["2023-06", "40525", "000"], ["2023-12", "44000"], ["2024-09", "58914", "002"], ["2024-12", "61000"]] }),
  ...cumulative({ code: "htx.moi", profile: BUSINESS, ytd: { 2022: { 12: "45" }, 2023: { 6: "18", 12: "42" }, 2024: { 9: "46", 12: "55" } }, source: { 2023: "6T = 18 (000)", 2024: "9T = 46 (002)" } }),
  ...point({ code: "htx.luy_ke", anchors: [["2022-01", "430"], ["2022-12", "460"], ["2023-06", "472", "000"], ["2023-12", "480"], ["2024-12", "510"]] }),
  ...cumulative({ code: "dau_tu.du_an_moi", profile: EVEN, ytd: { 2022: { 12: "15" }, 2023: { 6: "7", 12: "16" }, 2024: { 9: "12", 12: "16" } }, source: { 2023: "6T = 7 (000)", 2024: "đến 18/9 = 12 (003)" } }),
  ...cumulative({ code: "dau_tu.von_moi", profile: EVEN, step: "0.1", ytd: { 2022: { 12: "5200" }, 2023: { 6: "2027", 12: "6100" }, 2024: { 9: "6112.2", 12: "8000" } }, source: { 2023: "6T = 2.027 (000)", 2024: "đến 18/9 = 6.112,2 (003)" } }),
  ...point({ code: "fdi.du_an", anchors: [["2022-01", "24"], ["2022-12", "25"], ["2023-12", "27"], ["2024-12", "28", "003"]] }),
  ...point({ code: "fdi.von", step: "0.1", anchors: [["2022-01", "380"], ["2022-12", "395"], ["2023-12", "410"], ["2024-12", "425.5", "003"]] }),

  // I.3.6 Ngân sách
  ...thuNganSach,
  ...thuNoiDia,
  ...thuXnk,
  ...thuHuyDong,

  // I.4 Văn hóa - xã hội (assumed, except employment: seed 003; the poverty rate drops at each year-end review)
  ...point({ code: "gd.truong_chuan", step: "0.1", anchors: [["2022-01", "52.4"], ["2022-12", "55.3"], ["2023-12", "58.1"], ["2024-12", "61.2"]] }),
  ...point({ code: "gd.phong_hoc_kien_co", step: "0.1", anchors: [["2022-01", "84.2"], ["2022-12", "86"], ["2023-12", "88.3"], ["2024-12", "90.1"]] }),
  ...point({ code: "xh.bhyt", step: "0.1", anchors: [["2022-01", "95.8"], ["2022-12", "96.3"], ["2023-12", "96.8"], ["2024-12", "97.1"]] }),
  ...point({ code: "yt.bac_si", step: "0.1", anchors: [["2022-01", "11.6"], ["2022-12", "12.1"], ["2023-12", "12.6"], ["2024-12", "13.1"]] }),
  ...point({ code: "yt.giuong_benh", step: "0.1", anchors: [["2022-01", "31.4"], ["2022-12", "32.1"], ["2023-12", "32.8"], ["2024-12", "33.6"]] }),
  ...point({ code: "yt.tiem_chung", step: "0.1", anchors: [["2022-01", "94.6"], ["2022-12", "95.8"], ["2023-12", "96.4"], ["2024-12", "96.9"]] }),
  ...point({ code: "vh.gia_dinh_van_hoa", step: "0.1", anchors: [["2022-01", "84.3"], ["2022-12", "85.1"], ["2023-12", "86.2"], ["2024-12", "87.1"]] }),
  ...point({ code: "vh.thon_van_hoa", step: "0.1", anchors: [["2022-01", "73.8"], ["2022-12", "75.4"], ["2023-12", "77.2"], ["2024-12", "79.1"]] }),
  ...laoDong,
  ...laoDongNln,
  ...laoDongCnxd,
  ...laoDongDv,
  ...coCauLaoDong,
  ...cumulative({ code: "xh.viec_lam", profile: EVEN, ytd: { 2022: { 12: "15200" }, 2023: { 12: "15600" }, 2024: { 12: "15900" } } }),
  ...point({ code: "xh.lao_dong_chung_chi", step: "0.1", anchors: [["2022-01", "24.5"], ["2022-12", "25.6"], ["2023-12", "26.4"], ["2024-12", "27", "003"]] }),
  ...point({ code: "xh.bhxh", step: "0.1", anchors: [["2022-01", "11.2"], ["2022-12", "12.1"], ["2023-12", "13.2"], ["2024-12", "14.3"]] }),
  ...point({ code: "xh.ho_ngheo", step: "0.01", anchors: [["2022-01", "17.62"], ["2022-11", "17.62"], ["2022-12", "14.58"], ["2023-11", "14.58"], ["2023-12", "11.21"], ["2024-11", "11.21"], ["2024-12", "8.37"]] }),

  // I.5 Tài nguyên và môi trường (assumed)
  ...point({ code: "mt.che_phu_rung", step: "0.01", anchors: [["2022-01", "63.1"], ["2022-12", "63.5"], ["2023-12", "63.9"], ["2024-12", "64.1"]] }),
  ...point({ code: "mt.chat_thai_ran", step: "0.1", anchors: [["2022-01", "91"], ["2022-12", "92"], ["2023-12", "93"], ["2024-12", "94"]] }),
  ...point({ code: "mt.chat_thai_nong_thon", step: "0.1", anchors: [["2022-01", "58.5"], ["2022-12", "61"], ["2023-12", "64.2"], ["2024-12", "67.5"]] }),

  // I.6 Chống buôn lậu, gian lận thương mại (seed 002: 9 months 2024 against the same period of 2023)
  ...cumulative({ code: "an.buon_lau", profile: EVEN, ytd: { 2022: { 12: "5200" }, 2023: { 9: "4090", 12: "5450" }, 2024: { 9: "4090", 12: "5400" } }, source: { 2023: "9T = 4.090, 'tương đương cùng kỳ' (002)", 2024: "9T = 4.090 (002)" } }),
  ...cumulative({ code: "an.xu_phat_vu", profile: EVEN, ytd: { 2022: { 12: "4300" }, 2023: { 12: "4450" }, 2024: { 9: "3326", 12: "4400" } }, source: { 2024: "9T = 3.326 (002)" } }),
  ...cumulative({ code: "an.xu_phat_tien", profile: EVEN, step: "0.01", ytd: { 2022: { 12: "48.2" }, 2023: { 9: "34.27", 12: "45.8" }, 2024: { 9: "32.21", 12: "43.5" } }, source: { 2023: "9T = 34,27 suy ra từ giảm 6% (002)", 2024: "9T = 32,21 (002)" } }),
  ...cumulative({ code: "an.khoi_to_vu", profile: EVEN, ytd: { 2022: { 12: "360" }, 2023: { 9: "282", 12: "375" }, 2024: { 9: "293", 12: "390" } }, source: { 2023: "9T = 282 suy ra từ 'bằng 103,9% cùng kỳ' (002)", 2024: "9T = 293 (002)" } }),
  ...cumulative({ code: "an.khoi_to_doi_tuong", profile: EVEN, ytd: { 2022: { 12: "520" }, 2023: { 9: "415", 12: "540" }, 2024: { 9: "417", 12: "550" } }, source: { 2023: "9T = 415 suy ra từ 'bằng 100,48% cùng kỳ' (002)", 2024: "9T = 417 (002)" } }),

  ...point({ code: "an.khieu_nai", step: "0.1", anchors: [["2022-01", "86"], ["2022-12", "88.5"], ["2023-12", "90.2"], ["2024-12", "91.6"]] }),

  // I.7 Cải cách hành chính, chuyển đổi số (assumed)
  ...point({ code: "cchc.sipas", step: "0.1", anchors: [["2022-01", "80.1"], ["2022-12", "81.9"], ["2023-12", "83.4"], ["2024-12", "85"]] }),
  ...point({ code: "cds.dvc_toan_trinh", step: "0.1", anchors: [["2022-01", "35"], ["2022-12", "41.5"], ["2023-12", "52.3"], ["2024-12", "60.4"]] }),
  ...point({ code: "cds.ho_so_truc_tuyen", step: "0.1", anchors: [["2022-01", "22"], ["2022-12", "30.5"], ["2023-12", "45.1"], ["2024-12", "57.8"]] }),
  ...point({ code: "cds.so_hoa", step: "0.1", anchors: [["2022-01", "40"], ["2022-12", "55.2"], ["2023-12", "72.5"], ["2024-12", "85.6"]] }),

  ...bases2021,
];
