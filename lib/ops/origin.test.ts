import { describe, expect, it } from "vitest";
import { allowedOriginHosts, crossOriginRefusal } from "./origin";

const base = { host: "chitieu.langson.gov.vn", isServerAction: false };

describe("cross-origin refusal", () => {
  it("lets reads through whatever their origin", () => {
    expect(crossOriginRefusal({ ...base, method: "GET", origin: "https://evil.example" })).toBeNull();
  });
  it("accepts a mutation from the site itself", () => {
    expect(crossOriginRefusal({ ...base, method: "POST", origin: "https://chitieu.langson.gov.vn" })).toBeNull();
  });
  it("refuses a mutation from another site, or a null or malformed origin", () => {
    expect(crossOriginRefusal({ ...base, method: "PUT", origin: "https://evil.example" })).toMatch(/trang web khác/);
    expect(crossOriginRefusal({ ...base, method: "POST", origin: "null" })).toMatch(/không hợp lệ/);
    expect(
      crossOriginRefusal({ ...base, method: "DELETE", origin: "https://chitieu.langson.gov.vn.evil.example" }),
    ).not.toBeNull();
  });
  it("refuses a server action without an Origin, but not an API client", () => {
    expect(crossOriginRefusal({ ...base, isServerAction: true, method: "POST", origin: null })).toMatch(/Origin/);
    expect(crossOriginRefusal({ ...base, method: "POST", origin: null })).toBeNull();
  });
  it("accepts hosts listed in ALLOWED_ORIGINS", () => {
    const allowed = allowedOriginHosts({
      ALLOWED_ORIGINS: " Proxy.langson.gov.vn , other:8443",
    } as unknown as NodeJS.ProcessEnv);
    expect(allowed).toEqual(["proxy.langson.gov.vn", "other:8443"]);
    expect(crossOriginRefusal({ ...base, method: "POST", origin: "https://proxy.langson.gov.vn", allowed })).toBeNull();
  });
});
