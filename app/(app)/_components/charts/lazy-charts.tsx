"use client";

import dynamic from "next/dynamic";

const loading = () => <div className="h-56 w-full animate-pulse rounded bg-slate-100" aria-label="Đang vẽ biểu đồ" />;

/** Charts are drawn in the browser only: the server sends the series, not the SVG. */
export const PaceChart = dynamic(() => import("./indicator-charts").then((m) => m.PaceChart), { ssr: false, loading });
export const MonthBars = dynamic(() => import("./indicator-charts").then((m) => m.MonthBars), { ssr: false, loading });
