import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { reportOpenings } from "@/db/schema";
import type { PeriodCode } from "@/lib/periods";
import type { ParagraphBlock } from "./model";
import { renderOpening, reportKindOf } from "./opening";

/** The opening template the admin set for a year's reports of a kind (null: the default). */
export function openingTemplate(db: Db, year: number, period: PeriodCode): string | null {
  const row = db
    .select({ text: reportOpenings.text })
    .from(reportOpenings)
    .where(and(eq(reportOpenings.year, year), eq(reportOpenings.kind, reportKindOf(period))))
    .get();
  return row?.text ?? null;
}

/** The report's opening paragraph, before section I: "Thực hiện …, UBND tỉnh báo cáo … như sau:". */
export function openingBlock(db: Db, year: number, period: PeriodCode): ParagraphBlock {
  return {
    id: "opening",
    type: "paragraph",
    section: null,
    origin: "generated",
    runs: [{ text: renderOpening(openingTemplate(db, year, period), period, year) }],
  };
}
