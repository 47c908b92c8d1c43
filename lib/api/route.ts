import "server-only";
import { jsonError } from "@/lib/auth/guards";
import { log, REQUEST_ID_HEADER } from "@/lib/ops/log";

/** What a route handler of the JSON API receives: the request and its path parameters. */
export type RouteContext<P> = { params: Promise<P> };
export type ApiHandler<P> = (request: Request, context: RouteContext<P>) => Response | Promise<Response>;

/**
 * The one wrapper around every /api/v1 route handler (app/api/v1/**\/route.ts): an answer is
 * never cached unless the handler says so, and anything the handler throws becomes a logged
 * 500 in Vietnamese with nothing stored. Sign-in, role, scope and validation are the handler's
 * (lib/commands/http.ts, lib/auth/guards.ts); the request id, CSP, cross-origin refusal, body-size limits and the
 * request's log line are the proxy's (proxy.ts).
 */
export function apiRoute<P>(handler: ApiHandler<P>): (request: Request, context: RouteContext<P>) => Promise<Response> {
  return async (request, context) => {
    let response: Response;
    try {
      response = await handler(request, context);
    } catch (error) {
      log.error(
        {
          err: error,
          reqId: request.headers.get(REQUEST_ID_HEADER),
          method: request.method,
          path: new URL(request.url).pathname,
        },
        "api request failed",
      );
      response = jsonError(500, "Lỗi hệ thống, thay đổi chưa được lưu");
    }
    if (!response.headers.has("cache-control")) response.headers.set("cache-control", "no-store");
    return response;
  };
}

/** An address under /api/v1 that names no route, whatever the method: JSON 404 in Vietnamese. */
export function unknownApiAddress(): Response {
  return jsonError(404, "Không có địa chỉ API này");
}
