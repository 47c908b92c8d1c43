import { beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase, type Db } from "@/db/client";
import { writeTransaction } from "@/db/write";
import { loadDemoProvince } from "@/db/seed/load-demo";
import { auditLog } from "@/db/schema";
import { generateDraft } from "@/lib/draft/generate";
import { DEFAULT_HOUSE_STYLE } from "@/lib/draft/house-style";
import { houseStyleSchema } from "@/lib/draft/house-style-schema";
import { loadHouseStyle, saveHouseStyle } from "@/lib/draft/house-style-store";
import { paragraphText, type ParagraphBlock } from "@/lib/draft/model";
import { eq } from "drizzle-orm";
import { rawClient } from "@/db/raw";

let db: Db;
let adminId: number;
beforeAll(() => {
  db = openDatabase(":memory:").db;
  migrateDatabase(db);
  loadDemoProvince(db);
  adminId = (rawClient(db).prepare("select id from users where username = 'admin'").get() as { id: number }).id;
}, 60_000);

const retail = () =>
  paragraphText(
    generateDraft(db, { year: 2023, period: "6T", counting: "approved" }).blocks.find(
      (b): b is ParagraphBlock => b.type === "paragraph" && b.indicator === "nn.gieo_trong",
    )!,
  );

describe("the province's house style", () => {
  it("is Lạng Sơn's until an admin saves one", () => {
    expect(loadHouseStyle(db)).toEqual({ style: DEFAULT_HOUSE_STYLE, version: 0 });
    expect(retail()).toContain("bằng 99,6% cùng kỳ");
  });

  it("is saved with an audit entry, used by the draft, and refused on a stale version", () => {
    const saved = writeTransaction(db, (tx) =>
      saveHouseStyle(tx, adminId, { pctDecimals: "fixed2", smallFall: "change", yearEndName: "year_end", version: 0 }),
    );
    expect(saved).toEqual({ version: 1, changed: true });
    expect(db.select().from(auditLog).where(eq(auditLog.action, "house_style")).all()).toHaveLength(1);
    // the annual crops' 6-month fall of 0,4% reads as a fall, percentages with two decimals
    expect(retail()).toContain("đạt 50,77% kế hoạch, giảm 0,40% so với cùng kỳ");
    expect(() =>
      writeTransaction(db, (tx) => saveHouseStyle(tx, adminId, { ...DEFAULT_HOUSE_STYLE, version: 0 })),
    ).toThrow(/vừa được người khác lưu/);
    expect(
      writeTransaction(db, (tx) =>
        saveHouseStyle(tx, adminId, {
          pctDecimals: "fixed2",
          smallFall: "change",
          yearEndName: "year_end",
          version: 1,
        }),
      ),
    ).toEqual({ version: 1, changed: false });
    writeTransaction(db, (tx) => saveHouseStyle(tx, adminId, { ...DEFAULT_HOUSE_STYLE, version: 1 }));
    expect(loadHouseStyle(db)).toEqual({ style: DEFAULT_HOUSE_STYLE, version: 2 });
  });

  it("refuses an unknown choice naming the field in Vietnamese", () => {
    const parsed = houseStyleSchema.safeParse({
      pctDecimals: "three",
      smallFall: "ratio",
      yearEndName: "date",
      version: 0,
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].message).toContain("Số chữ số thập phân");
  });
});
