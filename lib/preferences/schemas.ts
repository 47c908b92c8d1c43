import { z } from "@/lib/validation/zod";
import { ALL_PERIODS } from "@/db/schema/vocabulary";

/** The report period a user picks on a report page: a period code ("9T", "N", "T10"). */
export const reportPeriodPreferenceSchema = z.object({
  period: z.enum(ALL_PERIODS, { message: "Kỳ báo cáo không hợp lệ" }),
});
