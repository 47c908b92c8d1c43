import JSZip from "jszip";
import { migrateDatabase, openDatabase, type Db } from "@/db/client";
import { loadDemoProvince } from "@/db/seed/load-demo";
import { generateDraft } from "@/lib/draft/generate";
import type { DraftDocument } from "@/lib/draft/model";
import { defaultExportMeta, type ExportMeta } from "@/lib/export/meta";

/** The demo province in memory. */
export function demoDb(): Db {
  const { db } = openDatabase(":memory:");
  migrateDatabase(db);
  loadDemoProvince(db);
  return db;
}

/** Markup and a formula typed into a narrative: the exports must print them as literal text. */
export const HOSTILE_TEXT = `<script>alert("x")</script> <b>đậm</b> & =HYPERLINK("http://x")`;

/** The demo's draft of a period with a hostile narrative paragraph appended at the end of the body. */
export function demoDraft(db: Db, year: number, period: "6T" | "9T"): DraftDocument {
  const draft = generateDraft(db, { year, period });
  draft.blocks.push({
    id: "n:test",
    type: "paragraph",
    section: null,
    origin: "narrative",
    department: "sct",
    runs: [{ text: HOSTILE_TEXT }],
  });
  return draft;
}

export const TEST_META: ExportMeta = defaultExportMeta({
  date: { year: 2024, month: 1, day: 5 },
  number: "123/BC-UBND",
});

export async function unzip(file: Buffer): Promise<(name: string) => Promise<string>> {
  const zip = await JSZip.loadAsync(file);
  return async (name) => {
    const entry = zip.file(name);
    if (!entry) throw new Error(`${name} is not in the package`);
    return entry.async("string");
  };
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
const paragraphXmls = (xml: string) => [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]);
const textOf = (p: string) => decode([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""));

/** The visible text of a WordprocessingML part, paragraph by paragraph. */
export function paragraphsOf(xml: string): string[] {
  return paragraphXmls(xml).map(textOf);
}

/** The paragraph (its XML) whose text is exactly `text`. */
export function paragraphXml(xml: string, text: string): string {
  const found = paragraphXmls(xml).find((p) => textOf(p) === text);
  if (!found) throw new Error(`no paragraph "${text}"`);
  return found;
}
