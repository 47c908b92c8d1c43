"use client";

import dynamic from "next/dynamic";

const loading = () => <div className="h-56 w-full animate-pulse rounded bg-slate-100" aria-label="Đang vẽ biểu đồ" />;

/** Drawn in the browser only, as the dashboard's charts: the server sends the figures, not the SVG. */
export const UnitBars = dynamic(() => import("./unit-bars").then((m) => m.UnitBars), { ssr: false, loading });
