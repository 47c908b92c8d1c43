/**
 * A JSON answer made once and sent many times, as its UTF-8 bytes: a string body would be
 * scanned for lone surrogates and encoded again on every answer (650 kB for the report of
 * 1,000 indicators: a fifth of the report API's CPU).
 *
 * Compressed on the way out by the server (scripts/serve.mjs) for clients that accept it: a
 * route handler's own Content-Encoding is dropped by Next.js.
 */
export class JsonBody {
  readonly bytes: Uint8Array<ArrayBuffer>;

  constructor(value: unknown) {
    this.bytes = new TextEncoder().encode(JSON.stringify(value));
  }

  /**
   * The bytes as a one-chunk stream: a `Response` built on a Uint8Array copies it first
   * (`extractBody` slices the buffer: 3.5 ms per 650 kB answer under load, the largest
   * share of the report API's CPU), a stream is handed to the socket as it is. A default
   * (not byte) stream never transfers its chunk, so the cached bytes stay usable.
   */
  response(init: { status?: number; headers?: Record<string, string> } = {}): Response {
    const bytes = this.bytes;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes);
        controller.close();
      },
    });
    return new Response(body, {
      status: init.status ?? 200,
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-length": String(bytes.byteLength),
        ...init.headers,
      },
    });
  }
}
