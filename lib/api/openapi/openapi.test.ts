import { describe, expect, it } from "vitest";
import { openApiDocument } from "./document";
import { API_OPERATIONS } from "./operations";
import { apiRouteFiles } from "@/tests/api/route-files";

/** "GET /api/v1/reports/{year}/{period}" for each method each route file under app/api/v1 exports. */
function servedOperations(): string[] {
  return apiRouteFiles()
    .flatMap(({ segments, methods }) => {
      const address = ["/api/v1", ...segments.map((s) => s.replace(/^\[(\w+)\]$/, "{$1}"))].join("/");
      return methods.map((method) => `${method} ${address}`);
    })
    .sort();
}

describe("the API's OpenAPI description", () => {
  it("describes every route the app serves, and nothing it does not", () => {
    const described = API_OPERATIONS.map((op) => `${op.method} ${op.path}`).sort();
    expect(new Set(described).size).toBe(described.length);
    expect(described).toEqual(servedOperations());
  });

  it("is OpenAPI 3.1 with a request schema for every body and a response for every operation", () => {
    const doc = openApiDocument();
    expect(doc.openapi).toBe("3.1.0");
    const values = doc.paths["/api/v1/submissions/{dept}/{year}/{month}/values"].put as {
      parameters: { name: string; in: string }[];
      requestBody: {
        content: {
          "application/json": {
            schema: { properties: Record<string, { type?: string; items?: { required?: string[] } }> };
          };
        };
      };
      responses: Record<string, unknown>;
    };
    expect(values.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(["path:dept", "path:year", "path:month"]);
    const body = values.requestBody.content["application/json"].schema;
    expect(body.properties.values.type).toBe("array");
    expect(body.properties.values.items?.required).toEqual(expect.arrayContaining(["indicator", "value"]));
    expect(Object.keys(values.responses)).toEqual(expect.arrayContaining(["200", "401", "403", "409", "422"]));
    const report = doc.paths["/api/v1/reports/{year}/{period}"].get as {
      parameters: { name: string }[];
      responses: Record<string, unknown>;
    };
    expect(report.parameters.map((p) => p.name)).toContain("counting");
    expect(Object.keys(report.responses)).toContain("304");
    for (const [address, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods))
        expect((op as { responses: Record<string, unknown> }).responses["200"], `${method} ${address}`).toBeDefined();
    }
  });
});
