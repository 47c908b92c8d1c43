import type { NextRequest } from "next/server";
import { frontDoor } from "@/lib/ops/front-door";

/** Every request but the built files passes the front door first (lib/ops/front-door.ts). */
export function proxy(request: NextRequest) {
  return frontDoor(request);
}

export const config = {
  // built files need none of it: next.config.js gives them their headers and a static policy
  matcher: ["/((?!_next/static/|_next/image|favicon\\.ico).*)"],
};
