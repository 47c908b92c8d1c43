"use client";

import { signOut } from "next-auth/react";
import { useHydrated } from "@/app/_components/use-hydrated";

export function SignOutButton() {
  // enabled once React is ready, so a click is never lost before hydration
  const ready = useHydrated();
  return (
    <button
      type="button"
      disabled={!ready}
      onClick={async () => {
        await signOut({ redirect: false });
        // a full page load, so nothing of the signed-in session stays in the client router's cache
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.assign("/login");
      }}
      className="rounded px-2 py-1 text-sm text-white/90 hover:bg-white/10 disabled:opacity-60"
    >
      Đăng xuất
    </button>
  );
}
