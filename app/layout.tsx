import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Chỉ tiêu – Kế hoạch phát triển KT-XH tỉnh Lạng Sơn", template: "%s · Chỉ tiêu" },
  description: "Theo dõi thực hiện các chỉ tiêu kế hoạch phát triển kinh tế - xã hội của tỉnh",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
