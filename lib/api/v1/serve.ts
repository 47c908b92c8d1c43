import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { BytesResponse } from "@/lib/api/json-body";
import { jsonError } from "@/lib/auth/guards";
import { log, REQUEST_ID_HEADER } from "@/lib/ops/log";
import { NodeApiRequest } from "./api-request";
import { matchRoute } from "./match";
import { API_ROUTES } from "./routes";

/**
 * The JSON API (/api/v1), served on Node's request and response, beside Next.js rather than
 * through it (scripts/serve.mjs): Next.js's route-handler path cost about 2 ms of CPU per
 * request, a third of a month's save, whatever the handler did (README, "Stack"). The
 * handlers are the Request → Response functions a route.ts would export; the front
 * door (lib/ops/front-door.ts) has run before, as for every request.
 */

/** The largest body read: an Excel upload (5 MB) in a multipart form. JSON bodies stop at 1 MB (lib/api/handler.ts). */
export const MAX_API_BODY_BYTES = 6 * 1024 * 1024;
const TOO_LARGE = "Dữ liệu gửi lên quá lớn (tối đa 6 MB)";

/** The request's body, or null when it is larger than `limit` (declared or sent). */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  if (Number(req.headers["content-length"] ?? 0) > limit) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}

/** Writes a web Response on Node's response; an answer is never cached unless the handler says so. */
export async function sendResponse(res: ServerResponse, response: Response, options: { head?: boolean; close?: boolean } = {}): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie") res.setHeader(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader("set-cookie", cookies);
  if (!response.headers.has("cache-control")) res.setHeader("cache-control", "no-store");
  if (options.close) res.setHeader("connection", "close");
  const body = response instanceof BytesResponse ? Buffer.from(response.content.buffer, response.content.byteOffset, response.content.byteLength) : Buffer.from(await response.arrayBuffer());
  res.setHeader("content-length", body.length);
  res.end(options.head ? undefined : body);
}

/** Answers one /api/v1 request: 404 for an unknown address, 405 for a method the address does not take, 413 for a body over the limit. */
export async function serveApi(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = req.url ?? "/";
  const path = url.split("?", 1)[0];
  const method = req.method ?? "GET";
  const head = method === "HEAD";
  // HEAD is answered as GET without the body
  const routeMethod = head ? "GET" : method;
  const match = matchRoute(API_ROUTES, routeMethod, path);
  if (match.kind === "none") return sendResponse(res, jsonError(404, "Không có địa chỉ API này"), { head });
  if (match.kind === "method") {
    res.setHeader("allow", match.allowed.join(", "));
    return sendResponse(res, jsonError(405, `Địa chỉ này chỉ nhận ${match.allowed.join(", ")}`), { head });
  }
  let body: Buffer | undefined;
  if (routeMethod !== "GET") {
    const read = await readBody(req, MAX_API_BODY_BYTES);
    // the rest of an oversized body is not read: the connection closes after the answer
    if (!read) return sendResponse(res, jsonError(413, TOO_LARGE), { close: true });
    body = read;
  }
  let response: Response;
  try {
    const request = new NodeApiRequest(routeMethod, new URL(url, `http://${req.headers.host ?? "localhost"}`).href, headersOf(req), body);
    response = await match.route.handler(request, { params: Promise.resolve(match.params) });
  } catch (error) {
    log.error({ err: error, reqId: req.headers[REQUEST_ID_HEADER], method, path }, "api request failed");
    response = jsonError(500, "Lỗi hệ thống, thay đổi chưa được lưu");
  }
  return sendResponse(res, response, { head });
}
