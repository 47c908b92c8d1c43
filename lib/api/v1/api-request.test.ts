import { describe, expect, it } from "vitest";
import { NodeApiRequest } from "./api-request";

const URL_ = "http://localhost/api/v1/submissions/sct/2024/6/import";

describe("NodeApiRequest: a handler reads the body Node already read", () => {
  it("decodes text and JSON as UTF-8", async () => {
    const body = Buffer.from(JSON.stringify({ note: "Kim ngạch xuất khẩu ước đạt 2.285 triệu USD" }));
    const request = new NodeApiRequest("PUT", URL_, new Headers({ "content-type": "application/json" }), body);
    expect(await request.json()).toEqual({ note: "Kim ngạch xuất khẩu ước đạt 2.285 triệu USD" });
    expect(await request.text()).toBe(body.toString("utf8"));
    expect(request.headers.get("content-type")).toBe("application/json");
    expect(new URL(request.url).pathname).toBe("/api/v1/submissions/sct/2024/6/import");
  });

  it("gives the exact bytes of a slice of a larger buffer, and nothing for no body", async () => {
    const pool = Buffer.from("xxHELLOyy");
    const request = new NodeApiRequest("POST", URL_, new Headers(), pool.subarray(2, 7));
    expect(Buffer.from(await request.arrayBuffer()).toString()).toBe("HELLO");
    expect(await new NodeApiRequest("GET", URL_, new Headers(), undefined).text()).toBe("");
  });

  it("parses a multipart upload like a web Request", async () => {
    const form = new FormData();
    form.append("file", new File([new Uint8Array([1, 2, 3])], "bao-cao.xlsx"));
    const sent = new Request(URL_, { method: "POST", body: form });
    const request = new NodeApiRequest("POST", URL_, sent.headers, Buffer.from(await sent.arrayBuffer()));
    const file = (await request.formData()).get("file") as File;
    expect(file.name).toBe("bao-cao.xlsx");
    expect([...new Uint8Array(await file.arrayBuffer())]).toEqual([1, 2, 3]);
  });
});
