// The address of the client behind a request, for the login throttle and the audit log.
// scripts/serve.mjs computes it from the socket on every request and hands it to the app in
// CLIENT_ADDRESS_HEADER, overwriting whatever a client sent under that name. X-Forwarded-For
// is believed only from the reverse proxies listed in TRUST_PROXY (docs/operations.md): any
// client can write that header, so without the list it is ignored and the socket's peer is
// the client.
import net from "node:net";

/** The request header the app reads the client's address from (lib/auth/client-address.ts). */
export const CLIENT_ADDRESS_HEADER = "x-chi-tieu-client-address";

/** What TRUST_PROXY may name besides addresses and networks. */
const ALIASES = {
  loopback: ["127.0.0.0/8", "::1/128"],
  private: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"],
};

/** `::ffff:127.0.0.1` (IPv4 on an IPv6 socket) as `127.0.0.1`; anything that is not an address as null. */
export function normaliseAddress(raw) {
  if (typeof raw !== "string") return null;
  let address = raw.trim();
  if (address.startsWith("[") && address.endsWith("]")) address = address.slice(1, -1);
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) address = mapped[1];
  const family = net.isIP(address);
  if (family === 0) return null;
  return family === 6 ? address.toLowerCase() : address;
}

/**
 * TRUST_PROXY parsed: a comma-separated list of the reverse proxies' addresses or networks
 * (`127.0.0.1`, `10.0.0.0/8`, `::1`, and the names `loopback`, `private`). Unset or empty:
 * null, no proxy is trusted. A word that is none of these throws, in Vietnamese, naming it.
 */
export function parseTrustProxy(raw) {
  const entries = (raw ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  const list = new net.BlockList();
  for (const entry of entries.flatMap((e) => ALIASES[e.toLowerCase()] ?? [e])) {
    const [address, prefix, extra] = entry.split("/");
    const normal = normaliseAddress(address);
    const family = normal && net.isIP(normal) === 6 ? "ipv6" : "ipv4";
    const maxBits = family === "ipv6" ? 128 : 32;
    const bits = prefix === undefined ? maxBits : Number(prefix);
    if (!normal || extra !== undefined || (prefix !== undefined && !/^\d{1,3}$/.test(prefix)) || bits > maxBits)
      throw new Error(
        `TRUST_PROXY không hợp lệ: "${entry}" không phải địa chỉ IP hay dải mạng (ví dụ 127.0.0.1, 10.0.0.0/8, loopback)`,
      );
    list.addSubnet(normal, bits, family);
  }
  return list;
}

function trusted(list, address) {
  return list.check(address, net.isIP(address) === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy; then the
 * X-Forwarded-For entries are read from the right (the nearest hop first) and the first one
 * that is not itself a trusted proxy is the client. An entry that is not an address stops the
 * walk at the last trusted hop. "unknown" when the socket has no address (closed).
 */
export function clientAddress(peer, forwardedFor, trustList) {
  const socket = normaliseAddress(peer);
  if (!socket) return "unknown";
  if (!trustList || !trusted(trustList, socket)) return socket;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const hops = header
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  let client = socket;
  for (let i = hops.length - 1; i >= 0; i -= 1) {
    const hop = normaliseAddress(hops[i]);
    if (!hop) return client;
    client = hop;
    if (!trusted(trustList, hop)) return hop;
  }
  return client;
}
