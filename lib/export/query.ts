import { z } from "@/lib/validation/zod";
import { COUNTING_MODES, DEFAULT_COUNTING } from "@/db/schema/vocabulary";
import { sanitizeLine } from "@/lib/text/sanitize";
import { defaultExportMeta, todayInVietnam, type ExportMeta } from "./meta";

export const EXPORT_FORMATS = ["docx", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const line = (label: string, max: number) =>
  z
    .string()
    .transform((s) => sanitizeLine(s).replace(/\s+/g, " ").trim())
    .refine((s) => s.length > 0 && s.length <= max, `${label}: từ 1 đến ${max} ký tự`)
    .optional();

/** The export's query string: ?format=docx|xlsx&counting=…&version=…&number=…&date=YYYY-MM-DD&signer=…&recipient=… */
export const exportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS, { message: "format phải là docx hoặc xlsx" }),
  counting: z
    .enum(COUNTING_MODES, { message: "counting phải là approved, submitted hoặc all" })
    .default(DEFAULT_COUNTING),
  version: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, "version: mã phiên bản không hợp lệ")
    .optional(),
  number: line("Số văn bản (number)", 40),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày (date) phải có dạng YYYY-MM-DD")
    .refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    }, "Ngày (date) không tồn tại")
    .optional(),
  signer: line("Người ký (signer)", 80),
  recipient: line("Kính gửi (recipient)", 200),
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;

/** Parses the query (unknown keys ignored); the first message names the field. */
export function parseExportQuery(
  params: URLSearchParams,
): { ok: true; query: ExportQuery } | { ok: false; error: string } {
  const raw: Record<string, string> = {};
  for (const key of Object.keys(exportQuerySchema.shape)) {
    const v = params.get(key);
    if (v !== null && v !== "") raw[key] = v;
  }
  const parsed = exportQuerySchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "Tham số không hợp lệ" };
  return { ok: true, query: parsed.data };
}

/** The document's meta: Lạng Sơn's defaults with what the query sets. */
export function exportMetaFromQuery(query: ExportQuery, now = new Date()): ExportMeta {
  const overrides: Partial<ExportMeta> = {};
  if (query.number) overrides.number = query.number;
  if (query.signer) overrides.signerName = query.signer;
  if (query.recipient) overrides.recipient = query.recipient;
  if (query.date) {
    const [year, month, day] = query.date.split("-").map(Number);
    overrides.date = { year, month, day };
  } else overrides.date = todayInVietnam(now);
  return defaultExportMeta(overrides);
}
