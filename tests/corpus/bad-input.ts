import { expandingWorkbook, lyingWorkbook, manyRowsWorkbook, manySheetsWorkbook } from "../fixtures/hostile-xlsx";

/**
 * The bad-input corpus: what people and programs really send. Used by the unit test of the
 * parsers and schemas (tests/unit/bad-input-corpus.test.ts) and by the e2e test that feeds it
 * to every form, API and import (e2e/hardening-bad-input.spec.ts). Each must give a clear
 * error or a safe store: never a 500, never a partial save.
 */
export const NUMBER_STRINGS = [
  "2.285",
  "27.068,7",
  "1.234.567,89",
  "1 234,5",
  "12\u00a0345",
  "0,0001",
  "99999999999",
  "+5",
  "−5",
  "-0",
  "-0,0",
  "5%",
  "0,5%",
  "1,234.5",
  "1,234,567",
  "12,34567",
  "0,00001",
  "100000000000",
  "-100000000000",
  "1e3",
  "1e308",
  "-1e308",
  "1E-7",
  "NaN",
  "nan",
  "Infinity",
  "-Infinity",
  "∞",
  "0x1A",
  "0b101",
  "١٢٣",
  "１２３",
  "(5)",
  "5-",
  "--5",
  "5..2",
  ",5",
  "5,",
  ".5",
  "",
  " ",
  "\t",
  "\n",
  "\u200b",
  "12\u0000",
  "5 tỷ",
  "năm",
  "<b>5</b>",
  "=1+1",
  "9".repeat(400),
  // issue 15: too many decimals is refused as a JSON number is; a unit that is not the indicator's is refused
  "12%",
  "123.456,78905",
  "99.999.999.999,9999",
  "99.999.999.999,99999",
  "5 tỷ đồng",
  "12 triệu USD",
];

export const NUMBER_VALUES: unknown[] = [
  0,
  -0,
  1,
  -1,
  0.1 + 0.2,
  1e-5,
  5e-324,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_VALUE,
  NaN,
  Infinity,
  -Infinity,
  12.34567,
  99_999_999_999,
  // issue 15: rounded and stored before, or stored as 100.000.000.000
  123456.78905,
  12345.00005,
  99999999999.99999,
  99999999999.9999,
  -99999999999.9999,
  1e-7,
];

/** Wrong JSON types where a figure is expected. */
export const WRONG_TYPES: unknown[] = [null, true, false, {}, [], [1], { value: 1 }, "1".repeat(10)];

/** "Tiến độ giải ngân vốn đầu tư công" typed with combining marks (NFD), as some keyboards and PDFs give it. */
export const VIETNAMESE_NFC = "Tiến độ giải ngân vốn đầu tư công đạt kế hoạch; Đồng Đăng – Lạng Sơn";
export const VIETNAMESE_NFD = VIETNAMESE_NFC.normalize("NFD");

export const MARKUP = [
  `<script>window.__xss = 1</script>`,
  `<img src=x onerror="window.__xss = 1">`,
  `"><svg onload="window.__xss=1">`,
  `javascript:window.__xss=1`,
  `{{7*7}} \${7*7} <%= 7*7 %>`,
];

export const FORMULAS = [
  `=HYPERLINK("http://evil.example","bấm")`,
  `+1+1`,
  `-2+3`,
  `@SUM(1,1)`,
  `=cmd|' /C calc'!A0`,
  `\t=1+1`,
];

export const TEXTS = [
  "",
  "   ",
  "\u200b",
  VIETNAMESE_NFD,
  ...MARKUP,
  ...FORMULAS,
  "a\u0000b",
  "🙂 Lạng Sơn",
  "x".repeat(2001),
];

/** One megabyte (and a little) of text. */
export const ONE_MB = "Lạng Sơn ".repeat(120_000);

/** JSON bodies of the wrong shape for any mutation. */
export const BAD_BODIES: string[] = [
  "",
  "null",
  "[]",
  "123",
  `"text"`,
  "true",
  "{",
  '{"values": ',
  `{"values": "x"}`,
  `{"values": [null]}`,
  `{"values": [{}]}`,
  `{"values": [{"indicator": 1, "value": [1], "status": {}}]}`,
  `{"reason": 42, "fields": "x"}`,
  `{"__proto__": {"admin": true}}`,
  `{"constructor": {"prototype": {"x": 1}}}`,
  `{"extra": 1, "values": []}`,
  "[".repeat(5000) + "]".repeat(5000),
];

/**
 * Paths that name one route behind another, as an outside probe sent them: dot segments plain,
 * escaped (`%2e`, `%2f`, `%5c`, upper and lower case, escaped twice), hidden behind `;`,
 * backslashes, repeated slashes and mixed case, under the names of built files. `target` is a
 * route without its leading slash ("entry/sct/2024/5"). Every one must pass the front door
 * (proxy.ts), which refuses it or checks the route the router serves (lib/ops/route-path.ts).
 */
export const hostilePaths = (target: string): string[] => [
  `/_next/static/../../${target}`,
  `/_next/static/chunks/../../../${target}`,
  `/_next/static/..%2f..%2f${target}`,
  `/_next/static/..%2F..%2F${target}`,
  `/_next/static/%2e%2e/%2e%2e/${target}`,
  `/_next/static/.%2E/.%2e/${target}`,
  `/_next/static/%252e%252e%252f%252e%252e%252f${target}`,
  `/_next/static/..%5c..%5c${target}`,
  `/_next/static/..\\..\\${target}`,
  `/_next/static/x/..;/..;/${target}`,
  `/_next/static//../../${target}`,
  `/_NEXT/static/../../${target}`,
  `/_next/image/../${target}`,
  `/_next/image/..%2f${target}`,
  `/_next/image/..%2f..%2f${target}`,
  `/favicon.ico/../${target}`,
  `/favicon.ico/..%2f${target}`,
  `/favicon.ico/..%2F..%2F${target}`,
  `/favicon.ico;/../${target}`,
  `/${target.replaceAll("/", "%2f")}`,
  `/${target}%00`,
];

/** The Bearer scheme as clients write it: RFC 7235 makes it case-insensitive. */
export const BEARER_SCHEMES = ["Bearer", "bearer", "BEARER", "bEaReR"];

/**
 * Hostile workbooks (issue 15): each was parsed whole before its limits were checked and held a
 * server worker for seconds. Built on demand (tests/fixtures/hostile-xlsx.ts); every import
 * must refuse each with a Vietnamese message within about two seconds, nothing stored.
 */
export const HOSTILE_WORKBOOKS: [string, () => Buffer][] = [
  ["a million rows (2.6 MB, 43 MB of XML)", () => manyRowsWorkbook(1_000_000)],
  ["300,000 empty rows under the size limit", () => manyRowsWorkbook(300_000, { empty: true })],
  ["a zip bomb: 40 KB expanding to 40 MB", () => expandingWorkbook(40)],
  ["headers understating a part's size", () => lyingWorkbook(20)],
  ["30 sheets", () => manySheetsWorkbook(30)],
];

/**
 * Sign-in redirect targets (`/login?callbackUrl=`) that must never leave the site, each as a
 * request may carry it: lib/auth/safe-redirect.ts answers every one with the home page.
 */
export const OFF_SITE_REDIRECTS = [
  // the two of the probe (issue 15)
  "/\\evil.example/phish",
  "/\t/evil.example/phish",
  // as the page receives them still encoded, once and twice
  "/%5Cevil.example/phish",
  "/%5cevil.example/phish",
  "/%09/evil.example/phish",
  "/%2509/evil.example/phish",
  "/%255Cevil.example/phish",
  "/%25255Cevil.example/phish",
  // protocol-relative in every spelling
  "//evil.example/phish",
  "///evil.example/phish",
  "/%2Fevil.example/phish",
  "/%2fevil.example",
  "%2F%2Fevil.example",
  "/%252Fevil.example",
  "\\\\evil.example",
  "\\/evil.example",
  "/\\/evil.example",
  "/%5C/evil.example",
  // newlines, carriage returns and other controls a browser drops
  "/\n/evil.example",
  "/\r/evil.example",
  "/%0A/evil.example",
  "/%0d%0a/evil.example",
  "/\u0000/evil.example",
  "/%00/evil.example",
  "/\u007f/evil.example",
  "/\u0085/evil.example",
  " //evil.example",
  "\t//evil.example",
  // whitespace and invisible characters
  "/\u3000/evil.example",
  "/\u200b/evil.example",
  "/\u202e/evil.example",
  "/\ufeff/evil.example",
  // absolute URLs and schemes
  "https://evil.example/phish",
  "http:evil.example",
  "https:/evil.example",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "java%0ascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "evil.example/phish",
  "@evil.example",
  "",
  // malformed encodings and too many layers
  "/%E0%A4%A",
  "/%",
  "/%2525252F",
  `/${"a".repeat(3000)}`,
];
