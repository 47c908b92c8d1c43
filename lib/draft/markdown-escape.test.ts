import type { Token } from "marked";
import { describe, expect, it } from "vitest";
import { HOSTILE_TEXTS } from "@/tests/corpus/hostile-text";
import { TEXT_TOKENS as TEXT_ONLY, markdownHtml as rendered, markdownTokens } from "@/tests/unit/markdown-tokens";
import { markdownInline, markdownLineStart, markdownParagraphs } from "./markdown-escape";

const kinds = (markdown: string) => [...new Set(markdownTokens(markdown).map((t) => t.type))];

describe("markdownParagraphs: a department's text as Markdown paragraphs", () => {
  it.each(HOSTILE_TEXTS.map((h) => [h.label, h.text]))("%s: only text", (_label, text) => {
    const markdown = markdownParagraphs(text).join("\n\n");
    expect(kinds(markdown).filter((k) => !TEXT_ONLY.has(k))).toEqual([]);
    const html = rendered(markdown);
    expect(html).not.toMatch(/<(h\d|table|a|img|script|li|blockquote|pre|code|hr|em|strong|del|b)[\s>]/);
  });

  it("reads back as the text typed, a line per paragraph", () => {
    const typed = "## III. NHIỆM VỤ\n| a | b |\n[x](javascript:alert(1)) <b>đậm</b> *x* 1. y\n- z";
    const markdown = markdownParagraphs(typed).join("\n\n");
    const paragraphs = markdownTokens(markdown).filter((t) => t.type === "paragraph");
    expect(paragraphs.map((p) => (p as { text: string }).text.replace(/\\(.)/g, "$1"))).toEqual(typed.split("\n"));
  });

  it.each([
    ["2.285 triệu USD, đạt 60,1% kế hoạch, tăng 101,1% so với cùng kỳ"],
    ["Tốc độ tăng trưởng 7-7,5%; (từ 6,5% trở lên), ≥ 8,5%, 1.234.567,89 tỷ đồng."],
    ["Nhiệm vụ: đến 31/12/2023, tỷ lệ đạt 95,7% kế hoạch (Sở KH&ĐT)."],
  ])("leaves a sentence with figures as it is: %s", (sentence) => {
    expect(markdownParagraphs(sentence)).toEqual([sentence]);
  });

  it.each([
    ["## III. Giả", "\\#\\# III. Giả"],
    ["- mục", "\\- mục"],
    ["+ mục", "\\+ mục"],
    ["1. mục", "1\\. mục"],
    ["2) mục", "2\\) mục"],
    ["---", "\\---"],
    ["===", "\\==="],
    ["    mã lệnh", "mã lệnh"],
    ["> trích", "\\> trích"],
    ["a | b", "a \\| b"],
    ["[x](y)", "\\[x\\](y)"],
    ["<b>", "\\<b\\>"],
    ["&#106; &amp; KH&ĐT", "&\\#106; \\&amp; KH&ĐT"],
    ["https://x.vn www.x.vn a@x.vn javascript:y", "https\\://x.vn www\\.x.vn a\\@x.vn javascript\\:y"],
    ["a\\b `c` ~d~ *e* _f_", "a\\\\b \\`c\\` \\~d\\~ \\*e\\* \\_f\\_"],
    ["Ghi\uffff chú\u202e", "Ghi chú"],
  ])("escapes %j as %j", (text, escaped) => {
    expect(markdownParagraphs(text)).toEqual([escaped]);
  });

  it("drops empty lines and keeps each line as a paragraph", () => {
    expect(markdownParagraphs("a\r\n\r\n  b  \n\t\n")).toEqual(["a", "b"]);
  });
});

describe("markdownInline and markdownLineStart: text inside the app's own structure", () => {
  it.each(HOSTILE_TEXTS.map((h) => [h.label, h.text]))(
    "%s: a heading stays one heading, a list item one item, a table cell one cell",
    (_label, text) => {
      const heading = markdownTokens(`## ${markdownInline(text)}`);
      expect(heading.filter((t) => t.type === "heading")).toHaveLength(1);
      expect(heading.filter((t) => !TEXT_ONLY.has(t.type) && t.type !== "heading")).toEqual([]);

      const list = markdownTokens(`- ${markdownLineStart(text)}: thiếu số liệu\n- hai`);
      expect(list.filter((t) => t.type === "list")).toHaveLength(1);
      expect(list.filter((t) => t.type === "list_item")).toHaveLength(2);
      expect(list.filter((t) => !TEXT_ONLY.has(t.type) && !["list", "list_item"].includes(t.type))).toEqual([]);

      const table = markdownTokens(`| STT | Chỉ tiêu | ĐVT |\n|---|---|---|\n| 1 | ${markdownInline(text)} | % |`);
      const tables = table.filter((t) => t.type === "table") as (Token & { rows: unknown[][] })[];
      expect(tables).toHaveLength(1);
      expect(tables[0].rows).toHaveLength(1);
      expect(tables[0].rows[0]).toHaveLength(3);
      expect(table.filter((t) => !TEXT_ONLY.has(t.type) && t.type !== "table")).toEqual([]);
    },
  );

  it("is one line", () => {
    expect(markdownInline("Sở\nCông Thương\t ")).toBe("Sở Công Thương");
  });
});
