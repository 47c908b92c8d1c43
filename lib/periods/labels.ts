import { isMonthPeriod, periodSpan, type PeriodCode } from "./codes";

const ROMAN = ["I", "II", "III", "IV"];

/** Vietnamese label of a period: "tháng 7/2023", "quý I/2022", "6 tháng đầu năm 2023", "9 tháng năm 2024", "năm 2024". */
export function periodLabel(period: PeriodCode, year: number): string {
  if (isMonthPeriod(period)) return `tháng ${periodSpan(period).end}/${year}`;
  switch (period) {
    case "Q1":
    case "Q2":
    case "Q3":
    case "Q4":
      return `quý ${ROMAN[Number(period[1]) - 1]}/${year}`;
    case "6T":
      return `6 tháng đầu năm ${year}`;
    case "9T":
      return `9 tháng năm ${year}`;
    case "N":
      return `năm ${year}`;
    case "UN":
      return `ước thực hiện cả năm ${year}`;
  }
}

/** Short label for tables and selectors: "T07", "Quý I", "6 tháng", "9 tháng", "Năm", "Ước cả năm". */
export function periodShortLabel(period: PeriodCode): string {
  if (isMonthPeriod(period)) return `Tháng ${periodSpan(period).end}`;
  const labels: Record<string, string> = {
    Q1: "Quý I",
    Q2: "Quý II",
    Q3: "Quý III",
    Q4: "Quý IV",
    "6T": "6 tháng",
    "9T": "9 tháng",
    N: "Năm",
    UN: "Ước cả năm",
  };
  return labels[period];
}
