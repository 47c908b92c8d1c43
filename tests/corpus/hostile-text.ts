/**
 * The hostile-text corpus (issue 15): what a careless paste or a hostile department can type
 * into any free-text field. tests/unit/hostile-text.test.ts sends it through every stored
 * free-text field and every export; lib/text/sanitize.test.ts and
 * lib/draft/markdown-escape.test.ts test the pieces. Each entry is stored clean (or refused
 * with the field named when too long), and every export of it parses and opens.
 */
export interface HostileText {
  label: string;
  text: string;
}

/** Exactly 10,000 characters of Vietnamese prose (longer than every field but the narratives and the editor's paragraphs). */
export const TEN_THOUSAND = "Kim ngạch xuất khẩu qua cửa khẩu Hữu Nghị tăng. ".repeat(300).slice(0, 10_000);

export const HOSTILE_TEXTS: HostileText[] = [
  {
    label: "C0 and C1 controls, DEL",
    text: "a\u0000b\u0001c\u0008d\u000be\u000cf\u001bg\u001fh\u007fi\u0080j\u0085k\u009fl",
  },
  { label: "CRLF and CR", text: "Dòng một\r\nDòng hai\rDòng ba" },
  {
    label: "non-characters",
    text: "Khó khăn\uffff vướng mắc\ufffe; \ufdd0\ufdef\u{1fffe}\u{1ffff}\u{10fffe}\u{10ffff}hết",
  },
  { label: "lone surrogates", text: "nửa\ud800 emoji\udc00 🙂 cắt\ud83d" },
  {
    label: "bidi overrides and isolates",
    text: "Hồ sơ \u202egpj.exe\u202c \u202a\u202b\u202d \u2066\u2067\u2068x\u2069 \u200e\u200f\u061c",
  },
  { label: "byte order mark and line separators", text: "\ufeffĐầu\u2028dòng\u2029mới" },
  { label: "a markdown heading inside a narrative", text: "Kết quả tốt.\n## III. NHIỆM VỤ GIẢ MẠO\n# Tiêu đề\nHết." },
  { label: "a markdown table", text: "| Chỉ tiêu | Giá trị |\n|---|---|\n| Giả | 999 |" },
  {
    label: "markdown links and images",
    text: "[bấm vào đây](javascript:alert(1)) ![ảnh](http://evil.example/x.png) <http://evil.example> https://evil.example/a www.evil.example ai@evil.example [ref]: http://evil.example",
  },
  {
    label: "markdown lists, quotes, code, rules",
    text: "- mục một\n+ mục hai\n1. mục ba\n2) mục bốn\n> trích dẫn\n    mã lệnh\n```js\nalert(1)\n```\n~~~\n---\n***\n___\nTiêu đề\n===\n**đậm** _nghiêng_ `mã` ~~gạch~~",
  },
  {
    label: "HTML and script",
    text: `<script>alert("x")</script><img src=x onerror="alert(1)"> <b>đậm</b> &lt;i&gt; &#106;avascript:alert(1) <!-- chú thích -->`,
  },
  { label: "a HYPERLINK formula", text: `=HYPERLINK("http://evil.example","bấm")` },
  { label: "formulas + - @", text: "+1+1" },
  { label: "a minus formula", text: "-2+3" },
  { label: "an at formula", text: "@SUM(1,1)" },
  { label: "a DDE formula", text: `=cmd|' /C calc'!A0` },
  { label: "a tab before a formula", text: "\t=1+1" },
  { label: "template braces", text: "{{7*7}} ${7*7} <%= 7*7 %> {name}" },
  { label: "Vietnamese in NFD", text: "Tiến độ giải ngân vốn đầu tư công; Đồng Đăng – Lạng Sơn".normalize("NFD") },
  { label: "10,000 characters", text: TEN_THOUSAND },
];

/** The corpus without the long text, for fields shorter than 10,000 characters that must keep something. */
export const SHORT_HOSTILE_TEXTS = HOSTILE_TEXTS.filter((h) => h.text.length < 1000);

/** Every short hostile text in one narrative (under the narratives' 20,000 characters), a line each. */
export const ALL_IN_ONE = SHORT_HOSTILE_TEXTS.map((h) => h.text).join("\n");
