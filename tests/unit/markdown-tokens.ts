import { marked, type Token } from "marked";

/** Every token of a Markdown text (CommonMark with GitHub's tables, autolinks and strikethrough), nested ones included. */
export function markdownTokens(markdown: string): Token[] {
  const out: Token[] = [];
  const walk = (tokens: Token[] | undefined) => {
    for (const t of tokens ?? []) {
      out.push(t);
      const nested = t as Token & {
        tokens?: Token[];
        items?: Token[];
        header?: { tokens: Token[] }[];
        rows?: { tokens: Token[] }[][];
      };
      walk(nested.tokens);
      walk(nested.items);
      for (const c of nested.header ?? []) walk(c.tokens);
      for (const r of nested.rows ?? []) for (const c of r) walk(c.tokens);
    }
  };
  walk(marked.lexer(markdown, { gfm: true }));
  return out;
}

/** The HTML a Markdown renderer makes of it (GitHub flavour). */
export function markdownHtml(markdown: string): string {
  return marked.parse(markdown, { gfm: true, async: false });
}

/** The tokens that literal text may become: paragraphs of text (an escaped character is text). */
export const TEXT_TOKENS: ReadonlySet<string> = new Set(["paragraph", "text", "escape", "space"]);
