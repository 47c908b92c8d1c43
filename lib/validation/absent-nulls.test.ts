import { describe, expect, it } from "vitest";
import { createIndicatorSchema, createPlanYearSchema, putTargetsSchema, sectionSchema } from "@/lib/admin/schemas";
import { saveDraftSchema } from "@/lib/draft/schemas";
import { createUserSchema } from "@/lib/users/schemas";
import { withoutAbsentNulls } from "./absent-nulls";
import { z } from "./zod";

describe("null in an optional field means absent (the API's rule)", () => {
  it("drops null from optional fields, so the schema's default applies", () => {
    const raw = { year: 2047, copyFrom: null, copyTargets: null };
    expect(withoutAbsentNulls(createPlanYearSchema, raw)).toEqual({ year: 2047 });
    expect(createPlanYearSchema.parse(withoutAbsentNulls(createPlanYearSchema, raw))).toEqual({
      year: 2047,
      copyTargets: false,
    });
    // without the rule, zod refuses the null
    expect(createPlanYearSchema.safeParse(raw).success).toBe(false);
  });

  it("a coerced optional number given null is absent, not 0", () => {
    const raw = {
      year: 2047,
      code: "x.y",
      name: "Tên",
      unit: "tỷ đồng",
      kind: "point",
      department: "sct",
      precision: null,
      section: null,
      parent: null,
      direction: null,
    };
    const parsed = createIndicatorSchema.parse(withoutAbsentNulls(createIndicatorSchema, raw));
    expect(parsed.precision).toBeUndefined();
    expect(parsed.section).toBeUndefined();
    expect(parsed.direction).toBeUndefined();
  });

  it("keeps null where the field takes null itself, and in required fields (still refused)", () => {
    const draft = { year: 2047, period: "6T", counting: "all", baseVersionId: null, note: null };
    expect(withoutAbsentNulls(saveDraftSchema, draft)).toEqual({
      year: 2047,
      period: "6T",
      counting: "all",
      baseVersionId: null,
    });
    const user = { username: null, fullName: "A", role: "admin", password: "x", department: null };
    expect(withoutAbsentNulls(createUserSchema, user)).toEqual({
      username: null,
      fullName: "A",
      role: "admin",
      password: "x",
    });
    expect(createUserSchema.safeParse(withoutAbsentNulls(createUserSchema, user)).success).toBe(false);
  });

  it("reaches into lists and the options of a discriminated union", () => {
    const targets = { targets: [{ indicator: "a", source: "hdnd", value: 5, min: null, version: null }] };
    // value/min/max take null themselves (no target bound), version is optional
    expect(withoutAbsentNulls(putTargetsSchema, targets)).toEqual({
      targets: [{ indicator: "a", source: "hdnd", value: 5, min: null }],
    });
    const blocks = [
      { id: "h", type: "heading", level: 1, section: null, text: "I" },
      {
        id: "p",
        type: "paragraph",
        section: null,
        origin: "text",
        indicator: null,
        runs: [{ text: "a", figure: null }],
      },
    ];
    expect(withoutAbsentNulls(saveDraftSchema, { blocks })).toEqual({
      blocks: [
        { id: "h", type: "heading", level: 1, section: null, text: "I" },
        { id: "p", type: "paragraph", section: null, origin: "text", runs: [{ text: "a" }] },
      ],
    });
  });

  it("leaves unknown fields and non-objects to the schema, and never changes its input", () => {
    const raw = { code: "I", title: "A", extra: null, id: null };
    expect(withoutAbsentNulls(sectionSchema, raw)).toEqual({ code: "I", title: "A", extra: null });
    expect(raw.id).toBeNull();
    expect(withoutAbsentNulls(sectionSchema, null)).toBeNull();
    expect(withoutAbsentNulls(sectionSchema, [null])).toEqual([null]);
    expect(
      withoutAbsentNulls(z.record(z.string(), z.object({ a: z.number().optional() })), { k: { a: null } }),
    ).toEqual({ k: {} });
  });
});
