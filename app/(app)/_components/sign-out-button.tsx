"use client";

import { signOut } from "next-auth/react";
import { useEffect, useState } from "react";

export function SignOutButton() {
  // enabled once React is ready, so a click is never lost before hydration
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  return (
    <button
      type="button"
      disabled={!ready}
      onClick={async () => {
        await signOut({ redirect: false });
        window.location.assign("/login");
      }}
      className="rounded px-2 py-1 text-sm text-white/90 hover:bg-white/10 disabled:opacity-60"
    >
      Đăng xuất
    </button>
  );
}
