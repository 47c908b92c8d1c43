import { z } from "@/lib/validation/zod";
import { addDraftCommentSchema } from "@/lib/draft/comment-schemas";
import type { ApiOperation } from "./operations";

/** The leaders' comments (góp ý) on saved draft versions in the OpenAPI description (operations.ts). */
const comment = z.object({
  id: z.number().int(),
  versionId: z.number().int(),
  versionNumber: z.number().int(),
  blockId: z.string().nullable().describe("the heading commented on; null: the whole báo cáo"),
  quote: z.string().nullable().describe("that heading's text in the version commented on"),
  text: z.string(),
  authorName: z.string(),
  createdAt: z.string(),
  resolvedByName: z.string().nullable(),
  resolvedAt: z.string().nullable().describe("null while open"),
});

export const DRAFT_COMMENT_OPERATIONS: readonly ApiOperation[] = [
  {
    method: "GET",
    path: "/api/v1/draft-comments",
    summary: "The comments a saved draft version shows: its own, and its earlier versions' still open",
    who: "planner, admin, leader",
    query: z.object({ version: z.number().int().describe("the draft version's id") }),
    answer: z.object({
      version: z.object({ id: z.number().int(), year: z.number().int(), period: z.string(), number: z.number().int() }),
      comments: z.array(comment),
    }),
    refusals: { 403: "a department role", 404: "no such version" },
  },
  {
    method: "POST",
    path: "/api/v1/draft-comments",
    summary: "Comment (góp ý) on a saved draft version, on the whole báo cáo or one heading",
    who: "leader",
    body: addDraftCommentSchema,
    answer: z.object({
      id: z.number().int(),
      year: z.number().int(),
      period: z.string(),
      versionNumber: z.number().int(),
      quote: z.string().nullable(),
    }),
    refusals: { 404: "no such version", 422: "empty or too long text, or a heading not in the version" },
  },
  {
    method: "POST",
    path: "/api/v1/draft-comments/{id}/resolve",
    summary: "Mark a comment done",
    who: "planner, admin",
    answer: z.object({ id: z.number().int(), resolvedAt: z.string() }),
    refusals: { 404: "no such comment", 409: "already marked done" },
  },
];
