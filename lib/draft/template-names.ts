import { searchKey } from "@/lib/text/search";
import { KNOWN_PLACEHOLDERS, PLACEHOLDER_NAMES, type Placeholder } from "./template";

export { PLACEHOLDER_NAMES, type Placeholder };

/**
 * The placeholders of a sentence template under Vietnamese names (issue 16 point 7): the
 * "Mẫu câu" editor shows "{Phần trăm kế hoạch}" where the stored template keeps
 * "{pctOfPlan}", and reads either back. Pure: the editor converts in the browser, the schema
 * (template-schema.ts) on the server, so a name typed by hand is stored as its token.
 */
const TOKEN = /\{([^{}[\]]*)\}/g;
const BY_NAME = new Map(
  (Object.entries(PLACEHOLDER_NAMES) as [Placeholder, string][]).map(([token, name]) => [searchKey(name), token]),
);
const isToken = (text: string): text is Placeholder => (KNOWN_PLACEHOLDERS as readonly string[]).includes(text);

/** The placeholder a name stands for: a token as it is ("pctOfPlan"), or a Vietnamese name in any case, with or without diacritics. */
export function placeholderOf(name: string): Placeholder | null {
  const trimmed = name.trim();
  return isToken(trimmed) ? trimmed : (BY_NAME.get(searchKey(trimmed)) ?? null);
}

/** A stored template as the editor shows it: "{name} {verb} {value}" → "{Tên chỉ tiêu} {Đạt / ước đạt} {Giá trị}". */
export function templateForDisplay(stored: string): string {
  return stored.replace(TOKEN, (whole, inner: string) => (isToken(inner) ? `{${PLACEHOLDER_NAMES[inner]}}` : whole));
}

/** A template as typed (Vietnamese names or tokens) as it is stored: every known name becomes its token; an unknown one is left for checkTemplate to name. */
export function templateForStorage(typed: string): string {
  return typed.replace(TOKEN, (whole, inner: string) => {
    const token = placeholderOf(inner);
    return token ? `{${token}}` : whole;
  });
}
