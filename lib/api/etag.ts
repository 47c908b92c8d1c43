import "server-only";
import crypto from "node:crypto";
import { getDb } from "@/db/client";
import { rawClient } from "@/db/raw";
import type { CurrentUser } from "@/lib/auth/current-user";
import { journalHead } from "@/db/journal";

/**
 * Conditional GETs for the answers computed from the data (report, draft, export): the ETag
 * names the data version (the change journal's head, moved by every commit to values,
 * submissions, narratives and the plan catalogue, from any process), the build, the address
 * with its query, and whose view it is. `If-None-Match` with the current tag answers 304
 * before anything is computed.
 */

/** Set at build time (next.config.js): a new build may word the same data differently. */
const BUILD = process.env.CHI_TIEU_BUILD_ID ?? "dev";

export function answerTag(request: Request, user: CurrentUser, extra = ""): string {
  const url = new URL(request.url);
  const head = journalHead(rawClient(getDb()));
  const key = [BUILD, head, url.pathname, url.search, user.role, user.departmentId ?? "", extra].join("\n");
  return `W/"${head}-${crypto.createHash("sha256").update(key).digest("base64url").slice(0, 22)}"`;
}

/** Whether the client's `If-None-Match` names this tag (or `*`). */
export function matchesTag(request: Request, tag: string): boolean {
  const header = request.headers.get("if-none-match");
  if (!header) return false;
  return header.split(",").some((candidate) => {
    const t = candidate.trim();
    return t === "*" || t === tag || `W/${t}` === tag;
  });
}

/** 304 when the client holds the current answer, else null and the handler computes it. */
export function notModified(request: Request, tag: string): Response | null {
  return matchesTag(request, tag)
    ? new Response(null, { status: 304, headers: { etag: tag, "cache-control": "private, no-cache" } })
    : null;
}

/** The headers a versioned answer carries: its tag, and "ask again every time" to caches. */
export function taggedHeaders(tag: string): Record<string, string> {
  return { etag: tag, "cache-control": "private, no-cache" };
}
