import { z } from "@/lib/validation/zod";
import { PCT_DECIMALS, SMALL_FALLS, YEAR_END_NAMES } from "./house-style";

/** The house style form, shared by the admin form and the server action. */
export const houseStyleSchema = z.object({
  pctDecimals: z.enum(PCT_DECIMALS, { message: "Số chữ số thập phân của tỷ lệ phần trăm: chọn một cách viết" }),
  smallFall: z.enum(SMALL_FALLS, { message: "Cách viết mức giảm nhỏ: chọn một cách viết" }),
  yearEndName: z.enum(YEAR_END_NAMES, { message: "Cách gọi thời điểm cuối năm trước: chọn một cách viết" }),
  version: z.coerce
    .number({ message: "Phiên bản không hợp lệ" })
    .int("Phiên bản không hợp lệ")
    .min(0, "Phiên bản không hợp lệ"),
});
export type HouseStyleInput = z.infer<typeof houseStyleSchema>;
