/**
 * What the exported báo cáo says around the draft itself: the issuing body, number, place and
 * date, signer and nơi nhận (Nghị định 30/2020/NĐ-CP). Defaults are Lạng Sơn's; a planner can
 * override the ones that change per report through the export query (`exportMetaFromQuery`).
 */
export interface ExportMeta {
  /** the issuing body's two lines, upper case: "ỦY BAN NHÂN DÂN" / "TỈNH LẠNG SƠN" */
  issuer: [string, string];
  /** the issuing body in running text: "Ủy ban nhân dân tỉnh Lạng Sơn" */
  issuerName: string;
  /** the body that signs "TM." for, upper case: "ỦY BAN NHÂN DÂN" */
  collective: string;
  /** "123/BC-UBND"; "…/BC-UBND" while the number is not given yet */
  number: string;
  place: string;
  /** the date of the report (local calendar date) */
  date: { year: number; month: number; day: number };
  /** optional "Kính gửi: …" line under the subject */
  recipient: string | null;
  /** "KT. CHỦ TỊCH" and "PHÓ CHỦ TỊCH" (the lines under "TM. …") */
  signerTitle: string[];
  signerName: string;
  /** "Nơi nhận:" entries without the leading "- " and the trailing ";" (the last is "Lưu: VT, …") */
  distribution: string[];
}

export const UNKNOWN_NUMBER = "…/BC-UBND";

export const DEFAULT_DISTRIBUTION = [
  "Văn phòng Chính phủ",
  "Bộ Kế hoạch và Đầu tư",
  "Thường trực Tỉnh ủy",
  "Thường trực HĐND tỉnh",
  "Chủ tịch, các Phó Chủ tịch UBND tỉnh",
  "Các sở, ban, ngành",
  "UBND các huyện, thành phố",
  "C, PVP UBND tỉnh, các phòng CM",
  "Lưu: VT, TH",
];

/** Today's calendar date in Việt Nam (UTC+7, no daylight saving). */
export function todayInVietnam(now = new Date()): ExportMeta["date"] {
  const local = new Date(now.getTime() + 7 * 3600_000);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

/** Lạng Sơn's defaults, overridden by what is given. */
export function defaultExportMeta(overrides: Partial<ExportMeta> = {}): ExportMeta {
  return {
    issuer: ["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN"],
    issuerName: "Ủy ban nhân dân tỉnh Lạng Sơn",
    collective: "ỦY BAN NHÂN DÂN",
    number: UNKNOWN_NUMBER,
    place: "Lạng Sơn",
    date: todayInVietnam(),
    recipient: null,
    signerTitle: ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    signerName: "Lương Trọng Quỳnh",
    distribution: DEFAULT_DISTRIBUTION,
    ...overrides,
  };
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/**
 * "Lạng Sơn, ngày 05 tháng 01 năm 2024": days below 10 and months 1 and 2 get a leading zero
 * (Nghị định 30/2020, Phụ lục I), other months are written as they are ("ngày 19 tháng 7").
 */
export function placeAndDate(meta: Pick<ExportMeta, "place" | "date">): string {
  const { day, month, year } = meta.date;
  return `${meta.place}, ngày ${pad2(day)} tháng ${month <= 2 ? pad2(month) : String(month)} năm ${year}`;
}

/** "Số: 123/BC-UBND". */
export function numberLine(meta: Pick<ExportMeta, "number">): string {
  return `Số: ${meta.number}`;
}

/** The nơi nhận entries as printed: "- Văn phòng Chính phủ;" … "- Lưu: VT, TH." */
export function distributionLines(meta: Pick<ExportMeta, "distribution">): string[] {
  return meta.distribution.map(
    (entry, i) => `- ${entry.replace(/[;.]\s*$/, "")}${i === meta.distribution.length - 1 ? "." : ";"}`,
  );
}
