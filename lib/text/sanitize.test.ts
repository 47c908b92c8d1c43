import { describe, expect, it } from "vitest";
import { HOSTILE_TEXTS } from "@/tests/corpus/hostile-text";
import { hasForbiddenCharacters, sanitizeLine, sanitizeText } from "./sanitize";

/** XML 1.0's Char production: what a .docx or .xlsx part may contain. */
const XML_CHAR = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

describe("sanitizeText", () => {
  it.each([
    ["tab and line feed stay", "a\tb\nc", "a\tb\nc"],
    ["NUL, BEL, BS, VT, FF, ESC, US go", "a\u0000\u0007\u0008\u000b\u000c\u001b\u001fb", "ab"],
    ["DEL and C1 go", "a\u007f\u0080\u009fb", "ab"],
    ["CRLF and lone CR become LF", "a\r\nb\rc", "a\nb\nc"],
    ["NEL, line and paragraph separators become LF", "a\u0085b\u2028c\u2029d", "a\nb\nc\nd"],
    ["U+FFFE and U+FFFF go", "a\ufffeb\uffffc", "abc"],
    ["U+FDD0-U+FDEF go", "a\ufdd0b\ufdefc", "abc"],
    ["non-characters of the other planes go", "a\u{1fffe}\u{1ffff}\u{5ffff}\u{10fffe}\u{10ffff}b", "ab"],
    ["lone surrogates go, pairs stay", "a\ud800b\udc00c🙂d\ud83d", "abc🙂d"],
    ["bidi overrides and embeddings go", "a\u202ab\u202bc\u202cd\u202de\u202ef", "abcdef"],
    ["bidi isolates and marks go", "a\u2066\u2067\u2068b\u2069\u200e\u200f\u061cc", "abc"],
    ["a stray byte order mark goes", "\ufeffa\ufeffb", "ab"],
    ["NFD becomes NFC", "Le\u0302\u0323 Lo\u031bi", "Lệ Lơi"],
    [
      "Vietnamese, emoji, zero-width joiner and no-break space stay",
      "Lạng Sơn 👩‍💻\u00a0≥ 7,5%",
      "Lạng Sơn 👩‍💻\u00a0≥ 7,5%",
    ],
    ["markup stays (escaping is each export's job)", "<b>x</b> ## [a](b) =1+1", "<b>x</b> ## [a](b) =1+1"],
    ["U+FFFD (the replacement character) stays", "a\ufffdb", "a\ufffdb"],
  ])("%s", (_label, input, expected) => {
    expect(sanitizeText(input)).toBe(expected);
  });

  it.each(HOSTILE_TEXTS.map((h) => [h.label, h.text]))(
    "%s: the result is XML 1.0 text, NFC, without bidi controls, and cleaning it again changes nothing",
    (_label, text) => {
      const clean = sanitizeText(text);
      expect(clean).toMatch(XML_CHAR);
      expect(clean).not.toMatch(/[\r\u202a-\u202e\u2066-\u2069]/);
      expect(clean.normalize("NFC")).toBe(clean);
      expect(hasForbiddenCharacters(clean)).toBe(false);
      expect(sanitizeText(clean)).toBe(clean);
    },
  );

  it("tells which texts it would change", () => {
    expect(hasForbiddenCharacters("Lạng Sơn\tdòng\nhai")).toBe(false);
    for (const bad of ["\uffff", "\u0000", "\r", "\u202e", "\ud800", "\u{10ffff}", "\u2028"])
      expect(hasForbiddenCharacters(`a${bad}b`)).toBe(true);
  });
});

describe("sanitizeLine", () => {
  it.each([
    ["a line break becomes a space", "Sở Công\nThương", "Sở Công Thương"],
    ["tabs and blank lines around become one space", "a \t\r\n\n  b", "a b"],
    ["controls still go", "a\u0000b\uffff", "ab"],
    ["spaces inside a line stay as typed", "a  b", "a  b"],
  ])("%s", (_label, input, expected) => {
    expect(sanitizeLine(input)).toBe(expected);
  });
});
