import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER as APP_HEADER, requestClientAddress } from "@/lib/auth/client-address";
import {
  CLIENT_ADDRESS_HEADER,
  clientAddress,
  normaliseAddress,
  parseTrustProxy,
  // @ts-expect-error plain ESM script without types
} from "../../scripts/client-address.mjs";

/** scripts/client-address.mjs: which address the login throttle and the audit log see. */
describe("client address: the socket's, X-Forwarded-For only from a trusted proxy", () => {
  it("the server and the app name the same header", () => {
    expect(APP_HEADER).toBe(CLIENT_ADDRESS_HEADER);
  });

  it("without TRUST_PROXY every X-Forwarded-For is ignored: rotating or naming a victim changes nothing", () => {
    const trust = parseTrustProxy(undefined);
    expect(trust).toBeNull();
    expect(parseTrustProxy(" , ")).toBeNull();
    for (const forged of ["203.0.113.5", "10.0.0.1, 198.51.100.2", "", undefined, ["1.1.1.1", "2.2.2.2"]])
      expect(clientAddress("::ffff:127.0.0.1", forged, trust)).toBe("127.0.0.1");
    expect(clientAddress("198.51.100.20", "127.0.0.1", trust)).toBe("198.51.100.20");
  });

  it("from a trusted proxy the nearest untrusted hop is the client: a client's own X-Forwarded-For is not believed", () => {
    const trust = parseTrustProxy("127.0.0.1, 10.0.0.0/8");
    // nginx appends the address it saw ($proxy_add_x_forwarded_for) or overwrites ($remote_addr)
    expect(clientAddress("127.0.0.1", "198.51.100.7", trust)).toBe("198.51.100.7");
    expect(clientAddress("127.0.0.1", "203.0.113.99, 198.51.100.7", trust)).toBe("198.51.100.7");
    // two proxies of ours
    expect(clientAddress("127.0.0.1", "203.0.113.99, 198.51.100.7, 10.1.2.3", trust)).toBe("198.51.100.7");
    // several headers are one list
    expect(clientAddress("127.0.0.1", ["203.0.113.99", "198.51.100.7"], trust)).toBe("198.51.100.7");
    // no header: the proxy itself
    expect(clientAddress("127.0.0.1", undefined, trust)).toBe("127.0.0.1");
    // a peer that is not a trusted proxy is the client, whatever it says
    expect(clientAddress("198.51.100.50", "10.0.0.1", trust)).toBe("198.51.100.50");
    // a hop that is not an address stops the walk at the last trusted one
    expect(clientAddress("127.0.0.1", "evil, not-an-ip", trust)).toBe("127.0.0.1");
    expect(clientAddress("127.0.0.1", "198.51.100.7, 10.0.0.2, <script>", trust)).toBe("127.0.0.1");
    // every hop trusted: the farthest
    expect(clientAddress("127.0.0.1", "10.0.0.9, 10.0.0.8", trust)).toBe("10.0.0.9");
  });

  it("names: loopback, private; IPv6 and IPv4 on an IPv6 socket", () => {
    const trust = parseTrustProxy("loopback");
    expect(clientAddress("::1", "2001:DB8::1", trust)).toBe("2001:db8::1");
    expect(clientAddress("::ffff:127.0.0.1", "::ffff:198.51.100.7", trust)).toBe("198.51.100.7");
    expect(clientAddress("10.0.0.1", "198.51.100.7", trust)).toBe("10.0.0.1");
    expect(clientAddress("10.0.0.1", "198.51.100.7", parseTrustProxy("private"))).toBe("198.51.100.7");
    expect(clientAddress(undefined, "198.51.100.7", trust)).toBe("unknown");
    expect(normaliseAddress("[::1]")).toBe("::1");
    expect(normaliseAddress("localhost")).toBeNull();
  });

  it.each(["localhost", "10.0.0.0/33", "10.0.0.0/", "10.0.0.0/8/1", "*", "true", "1", "256.1.1.1", "::1/129"])(
    "TRUST_PROXY=%s is refused at start, in Vietnamese, naming the word",
    (raw) => {
      expect(() => parseTrustProxy(raw)).toThrow(/^TRUST_PROXY không hợp lệ: ".+"/);
    },
  );

  it("the app reads the header serve.mjs wrote, and nothing that is not an address", () => {
    expect(requestClientAddress({ [CLIENT_ADDRESS_HEADER]: "198.51.100.7" })).toBe("198.51.100.7");
    expect(requestClientAddress(new Headers({ [CLIENT_ADDRESS_HEADER]: "2001:db8::1" }))).toBe("2001:db8::1");
    expect(requestClientAddress({ "x-forwarded-for": "198.51.100.7" })).toBe("unknown");
    expect(requestClientAddress({ [CLIENT_ADDRESS_HEADER]: "x|y" })).toBe("unknown");
    expect(requestClientAddress(undefined)).toBe("unknown");
  });
});
