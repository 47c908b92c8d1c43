/**
 * What an API handler reads of its request: a web Request has all of it (tests pass one), and
 * the server passes a NodeApiRequest (lib/api/v1/serve.ts) built from Node's request and its
 * already-read body, without the web stream a Request would put around the body.
 */
export type ApiRequest = Pick<Request, "method" | "url" | "headers" | "text" | "arrayBuffer" | "json" | "formData">;

export class NodeApiRequest implements ApiRequest {
  constructor(
    readonly method: string,
    readonly url: string,
    readonly headers: Headers,
    private readonly body: Buffer | undefined,
  ) {}

  async text(): Promise<string> {
    return this.body ? this.body.toString("utf8") : "";
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const body = this.body ?? Buffer.alloc(0);
    return body.buffer.slice(body.byteOffset, body.byteOffset + body.length) as ArrayBuffer;
  }

  /** Multipart uploads (the Excel import): parsed by a web Request, made only here. */
  formData(): Promise<FormData> {
    return new Request(this.url, { method: this.method, headers: this.headers, body: this.body as Uint8Array<ArrayBuffer> | undefined }).formData();
  }
}
