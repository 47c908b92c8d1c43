import { describe, expect, it } from "vitest";
import { JsonBody } from "./json-body";

describe("JsonBody", () => {
  const value = { year: 2024, rows: [{ name: "Kim ngạch xuất nhập khẩu", value: 2285.4, missing: null }] };

  it("answers the UTF-8 JSON of the value", async () => {
    const response = new JsonBody(value).response();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(await response.json()).toEqual(value);
  });

  it("encodes once: every answer sends the same bytes", async () => {
    const body = new JsonBody(value);
    const [a, b] = [body.response(), body.response()];
    expect(new Uint8Array(await a.arrayBuffer())).toEqual(body.bytes);
    expect(await b.json()).toEqual(value);
    expect(body.bytes.byteLength).toBe(Buffer.byteLength(JSON.stringify(value)));
  });

  it("sends its length and stays whole after many answers are read", async () => {
    const body = new JsonBody(value);
    const first = body.response();
    expect(first.headers.get("content-length")).toBe(String(body.bytes.byteLength));
    for (const response of [first, body.response(), body.response()]) expect(await response.json()).toEqual(value);
    expect(body.bytes.byteLength).toBe(Buffer.byteLength(JSON.stringify(value)));
    expect(new TextDecoder().decode(body.bytes)).toBe(JSON.stringify(value));
  });

  it("keeps a given status and extra headers", () => {
    const response = new JsonBody({ error: "x" }).response({ status: 422, headers: { "x-extra": "1" } });
    expect(response.status).toBe(422);
    expect(response.headers.get("x-extra")).toBe("1");
  });
});
