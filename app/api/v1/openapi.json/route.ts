import { apiRoute } from "@/lib/api/route";
import { openApiDocument } from "@/lib/api/openapi/document";

/** GET /api/v1/openapi.json: the API described as OpenAPI 3.1, from the handlers' own zod schemas. Public, like any API reference. */
export const GET = apiRoute(() =>
  Response.json(openApiDocument(), { headers: { "cache-control": "public, max-age=300" } }),
);
