/**
 * The client's address as the server found it: scripts/serve.mjs sets this header on every
 * request from the socket (X-Forwarded-For only from a proxy TRUST_PROXY names,
 * scripts/client-address.mjs), overwriting anything a client sent under that name. Without it
 * (a server not started by serve.mjs) the address is "unknown". Same name as
 * scripts/client-address.mjs's CLIENT_ADDRESS_HEADER (tests/unit/client-address.test.ts).
 */
export const CLIENT_ADDRESS_HEADER = "x-chi-tieu-client-address";

/** An IPv4 or IPv6 address as serve.mjs writes it; anything else is not one. */
const ADDRESS = /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f:.]{2,45})$/i;

/** The address in a request's headers (a Headers, or next-auth's plain object of them). */
export function requestClientAddress(headers: Headers | Record<string, unknown> | undefined): string {
  const value = headers instanceof Headers ? headers.get(CLIENT_ADDRESS_HEADER) : headers?.[CLIENT_ADDRESS_HEADER];
  return typeof value === "string" && ADDRESS.test(value) ? value : "unknown";
}
