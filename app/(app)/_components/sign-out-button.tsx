"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button type="button" onClick={async () => {
        await signOut({ redirect: false });
        window.location.assign("/login");
      }} className="rounded px-2 py-1 text-sm text-white/90 hover:bg-white/10">
      Đăng xuất
    </button>
  );
}
