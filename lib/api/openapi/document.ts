import { z } from "@/lib/validation/zod";
import { API_OPERATIONS, type ApiOperation } from "./operations";
import { errorAnswer } from "./responses";

type JsonSchema = Record<string, unknown>;

/** A zod schema as JSON Schema (2020-12, the dialect of OpenAPI 3.1): what a client sends, or what it gets. */
function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
}

const pathParameters = (path: string) =>
  [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: "path",
    required: true,
    schema: { type: "string" },
  }));

function queryParameters(query: z.ZodObject | undefined) {
  if (!query) return [];
  const schema = jsonSchema(query, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    in: "query",
    required: schema.required?.includes(name) ?? false,
    schema: property,
  }));
}

const XLSX_MEDIA = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The request body of an upload: a multipart form with the file and its text fields, or the file as the raw body. */
function uploadBody(fields: Record<string, string>) {
  const properties: Record<string, unknown> = { file: { type: "string", format: "binary", description: "the .xlsx" } };
  for (const [name, description] of Object.entries(fields)) properties[name] = { type: "string", description };
  return {
    required: true,
    content: {
      "multipart/form-data": { schema: { type: "object", required: ["file"], properties } },
      [XLSX_MEDIA]: { schema: { type: "string", format: "binary" } },
    },
  };
}

function operationObject(op: ApiOperation) {
  const ok =
    op.answer instanceof z.ZodType
      ? { description: "OK", content: { "application/json": { schema: jsonSchema(op.answer, "output") } } }
      : { description: op.answer.description, content: { [op.answer.mediaType]: {} } };
  const responses: Record<string, unknown> = {
    200: op.conditional ? { ...ok, headers: { ETag: { schema: { type: "string" } } } } : ok,
  };
  if (op.conditional) responses[304] = { description: "Not modified: If-None-Match names the current ETag" };
  if (op.path !== "/api/v1/openapi.json")
    responses[401] = {
      description: "no valid session or token",
      content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
    };
  for (const [status, description] of Object.entries(op.refusals ?? {}))
    responses[status] = {
      description,
      content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
    };
  return {
    summary: op.summary,
    description: `Who: ${op.who}.`,
    parameters: [...pathParameters(op.path), ...queryParameters(op.query)],
    ...(op.body
      ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(op.body, "input") } } } }
      : op.upload
        ? { requestBody: uploadBody(op.upload.fields) }
        : {}),
    responses,
  };
}

/** The OpenAPI 3.1 description of the JSON API. */
export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of API_OPERATIONS) (paths[op.path] ??= {})[op.method.toLowerCase()] = operationObject(op);
  return {
    openapi: "3.1.0",
    info: {
      title: "Chỉ tiêu API",
      version: "1",
      description:
        "Kế hoạch phát triển kinh tế - xã hội: số liệu, quy trình gửi/duyệt, báo cáo. Errors are JSON {error, errors?} in Vietnamese.",
    },
    servers: [{ url: "/" }],
    security: [{ session: [] }, { token: [] }],
    components: {
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
        token: {
          type: "http",
          scheme: "bearer",
          description: "an API token (npm run cli -- token:create, or /admin/tokens)",
        },
      },
      schemas: { Error: jsonSchema(errorAnswer, "output") },
    },
    paths,
  };
}
