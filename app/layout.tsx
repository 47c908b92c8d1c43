import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Chỉ tiêu – Kế hoạch phát triển KT-XH tỉnh Lạng Sơn", template: "%s · Chỉ tiêu" },
  description: "Theo dõi thực hiện các chỉ tiêu kế hoạch phát triển kinh tế - xã hội của tỉnh",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// Every page is rendered per request: its scripts carry that request's CSP nonce (proxy.ts → lib/ops/front-door.ts).
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return (
    <html lang="vi">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
