/**
 * A JSON answer made once and sent many times, as its UTF-8 bytes: a string body would be
 * scanned for lone surrogates and encoded again on every answer (650 kB for the report of
 * 1,000 indicators: a fifth of the report API's CPU).
 *
 * Not gzip: compression is the reverse proxy's job (docs/operations.md).
 */
export class JsonBody {
  readonly bytes: Uint8Array<ArrayBuffer>;

  constructor(value: unknown) {
    this.bytes = new TextEncoder().encode(JSON.stringify(value));
  }

  response(init: { status?: number; headers?: Record<string, string> } = {}): Response {
    return new Response(this.bytes, {
      status: init.status ?? 200,
      headers: { "content-type": "application/json; charset=utf-8", ...init.headers },
    });
  }
}
