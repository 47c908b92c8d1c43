import { beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase, type Db } from "@/db/client";
import { rawClient } from "@/db/raw";
import { loadDemoProvince } from "@/db/seed/load-demo";
import { DomainError } from "@/lib/errors";
import { generateDraft } from "@/lib/draft/generate";
import { paragraphText, type ParagraphBlock } from "@/lib/draft/model";
import { sentenceTemplateSchema } from "@/lib/draft/template-schema";
import { findSentenceTemplate, saveSentenceTemplate } from "@/lib/draft/template-store";

let db: Db;
let plannerId: number;
beforeAll(() => {
  db = openDatabase(":memory:").db;
  migrateDatabase(db);
  loadDemoProvince(db);
  plannerId = (rawClient(db).prepare("select id from users where username = 'tonghop'").get() as { id: number }).id;
});

const save = (input: { indicator: string; template: string; version: number }) =>
  db.transaction((tx) => saveSentenceTemplate(tx, plannerId, input));
const audits = (code: string) =>
  rawClient(db)
    .prepare(
      "select action, before, after, user_id as userId from audit_log where entity = 'indicator' and entity_id = ? order by id",
    )
    .all(code) as { action: string; before: string; after: string; userId: number }[];

describe("saving a sentence template", () => {
  it("stores it with a new version and an audit entry with before and after; the draft uses it", () => {
    const before = findSentenceTemplate(db, "buu_chinh")!;
    const result = save({
      indicator: "buu_chinh",
      template: "Bưu chính {value}[, {pctOfPlan}]",
      version: before.version,
    });
    expect(result).toEqual({
      template: "Bưu chính {value}[, {pctOfPlan}]",
      version: before.version + 1,
      changed: true,
    });
    const [entry] = audits("buu_chinh");
    expect(entry.action).toBe("indicator.sentence_template");
    expect(entry.userId).toBe(plannerId);
    expect(JSON.parse(entry.before)).toEqual({ template: before.template, version: before.version });
    expect(JSON.parse(entry.after)).toEqual({
      template: "Bưu chính {value}[, {pctOfPlan}]",
      version: before.version + 1,
    });
    const doc = generateDraft(db, { year: 2023, period: "6T" });
    const p = doc.blocks.find((b): b is ParagraphBlock => b.type === "paragraph" && b.id === "i:buu_chinh")!;
    expect(paragraphText(p)).toBe(
      "Bưu chính 105 tỷ đồng, đạt 52,2% kế hoạch; doanh thu viễn thông 650 tỷ đồng, đạt 68,42% kế hoạch.",
    );
  });

  it("refuses a stale version (someone saved since) and changes nothing", () => {
    const current = findSentenceTemplate(db, "buu_chinh")!;
    const attempt = () => save({ indicator: "buu_chinh", template: "{name} {value}", version: current.version - 1 });
    expect(attempt).toThrow(DomainError);
    expect(attempt).toThrow(/vừa được người khác lưu/);
    try {
      attempt();
    } catch (error) {
      expect((error as DomainError).status).toBe(409);
    }
    expect(findSentenceTemplate(db, "buu_chinh")).toEqual(current);
  });

  it("goes back to the default with an empty template, and writes nothing when unchanged", () => {
    const current = findSentenceTemplate(db, "buu_chinh")!;
    expect(save({ indicator: "buu_chinh", template: "", version: current.version })).toMatchObject({
      template: null,
      changed: true,
    });
    const count = audits("buu_chinh").length;
    expect(save({ indicator: "buu_chinh", template: "", version: current.version + 1 })).toMatchObject({
      template: null,
      changed: false,
    });
    expect(audits("buu_chinh")).toHaveLength(count);
  });

  it("refuses an unknown indicator with 404", () => {
    expect(() => save({ indicator: "khong_co", template: "{value}", version: 0 })).toThrow(
      /Không có chỉ tiêu mã "khong_co"/,
    );
  });
});

describe("the template form's schema (client and server)", () => {
  it("names what is wrong in Vietnamese", () => {
    const bad = sentenceTemplateSchema.safeParse({ indicator: "ban_le", template: "{name} đạt {gia_tri}", version: 0 });
    expect(bad.success).toBe(false);
    const messages = bad.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages).toContain("template: Mẫu câu phải có {Giá trị}");
    expect(messages.some((m) => m.startsWith("template: Không có trường {gia_tri}"))).toBe(true);
    expect(
      sentenceTemplateSchema.safeParse({ indicator: "ban_le", template: "x".repeat(501), version: 0 }).error?.issues[0]
        .message,
    ).toBe("Mẫu câu dài quá 500 ký tự");
    expect(sentenceTemplateSchema.safeParse({ indicator: "ban_le", template: "{value}", version: -1 }).success).toBe(
      false,
    );
  });
  it("trims and accepts an empty template (the default)", () => {
    expect(sentenceTemplateSchema.parse({ indicator: "ban_le", template: "  {name} {value}  ", version: 2 })).toEqual({
      indicator: "ban_le",
      template: "{name} {value}",
      version: 2,
    });
    expect(sentenceTemplateSchema.parse({ indicator: "ban_le", template: "", version: 0 }).template).toBe("");
  });
});
