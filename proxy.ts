import type { NextRequest } from "next/server";
import { frontDoor } from "@/lib/ops/front-door";

/**
 * Every request but the built files passes the front door first (lib/ops/front-door.ts), which
 * normalises the path before any check (lib/ops/route-path.ts).
 */
export function proxy(request: NextRequest) {
  return frontDoor(request);
}

export const config = {
  // Built files need none of it: next.config.js gives them their headers and a static policy.
  // Only a plain built file's name is left out (isBuiltFilePath, lib/ops/route-path.ts): Next.js
  // tries the matcher on the path as sent and decoded, and runs the proxy when either matches,
  // so an escape, `;` or `\` anywhere ("/_next/static/..%2fentry") passes the front door. No
  // /_next/image or /favicon.ico exemption: the app has neither, and Next.js ran server actions
  // under those names (lib/ops/proxy-matcher.test.ts).
  matcher: ["/((?!_next/static/[A-Za-z0-9_~.\\-/]+$).*)"],
};
