import { periodLabel, isPeriodCode } from "@/lib/periods";
import { HOUSE_STYLE_LABELS } from "@/lib/draft/house-style";
import { templateForDisplay } from "@/lib/draft/template-names";
import { did, fieldChanges, indicatorName, int, obj, quote, str } from "./read";
import type { PhraseBuilder } from "./types";

/** The draft báo cáo: versions, sections generated anew, sentence templates, the house style. */

function reportName(period: unknown, year: unknown): string {
  const p = str(period);
  const y = int(year);
  return p && y !== null && isPeriodCode(p) ? periodLabel(p, y) : `kỳ ${p ?? "?"}/${str(year) ?? "?"}`;
}

const draftSave: PhraseBuilder = (entry, context) => {
  const after = obj(entry.after);
  return did(
    context,
    `đã lưu phiên bản ${str(after.version) ?? "?"} của dự thảo báo cáo ${reportName(after.period, after.year)}`,
  );
};

const draftFinalize: PhraseBuilder = (entry, context) => {
  const after = obj(entry.after);
  return did(
    context,
    `đã chốt phiên bản ${str(after.version) ?? "?"} của dự thảo báo cáo ${reportName(after.period, after.year)}${int(after.figures) ? ` (${int(after.figures)} số liệu được giữ lại để đối chiếu)` : ""}`,
  );
};

/** entity id "year:period" */
const draftRegenerateSection: PhraseBuilder = (entry, context) => {
  const [year, period] = entry.entityId.split(":");
  const section = str(obj(entry.after).section) ?? "?";
  const title = context.names.section(section);
  return did(
    context,
    `đã tạo lại mục ${section}${title ? ` ${quote(title)}` : ""} của dự thảo báo cáo ${reportName(period, year)} từ số liệu`,
  );
};

const template = (v: unknown) => {
  const t = str(obj(v).template);
  return t ? quote(templateForDisplay(t), 300) : "mẫu mặc định";
};

const sentenceTemplate: PhraseBuilder = (entry, context) =>
  did(context, `đã sửa mẫu câu của chỉ tiêu ${indicatorName(context, entry.entityId)}`, [
    { label: "Mẫu câu", before: template(entry.before), after: template(entry.after) },
  ]);

const styleLabel =
  <K extends keyof typeof HOUSE_STYLE_LABELS>(key: K) =>
  (v: unknown) =>
    (HOUSE_STYLE_LABELS[key] as Record<string, string>)[str(v) ?? ""] ?? str(v);

const houseStyle: PhraseBuilder = (entry, context) =>
  did(
    context,
    "đã đổi văn phong báo cáo của tỉnh",
    fieldChanges(entry.before, entry.after, [
      ["pctDecimals", "Số chữ số của tỷ lệ %", styleLabel("pctDecimals")],
      ["smallFall", "Giảm ít so với cùng kỳ viết là", styleLabel("smallFall")],
      ["yearEndName", "Cuối năm trước viết là", styleLabel("yearEndName")],
    ]),
  );

/** A leader's comment (góp ý) on a saved version, on the whole báo cáo or one heading; entity id "year:period". */
const commentAdd: PhraseBuilder = (entry, context) => {
  const [year, period] = entry.entityId.split(":");
  const after = obj(entry.after);
  const heading = str(after.heading);
  return did(
    context,
    `đã góp ý phiên bản ${str(after.version) ?? "?"} của dự thảo báo cáo ${reportName(period, year)}${heading ? `, mục ${quote(heading, 80)}` : ""}: ${quote(after.text, 200)}`,
  );
};

const commentResolve: PhraseBuilder = (entry, context) => {
  const [year, period] = entry.entityId.split(":");
  const text = obj(entry.before).text;
  return did(
    context,
    `đã đánh dấu đã xử lý góp ý${text ? ` ${quote(text, 120)}` : ""} về dự thảo báo cáo ${reportName(period, year)}`,
  );
};

export const DRAFT_PHRASES: Record<string, PhraseBuilder> = {
  draft_comment_add: commentAdd,
  draft_comment_resolve: commentResolve,
  draft_save: draftSave,
  draft_finalize: draftFinalize,
  draft_regenerate_section: draftRegenerateSection,
  "indicator.sentence_template": sentenceTemplate,
  house_style: houseStyle,
};
