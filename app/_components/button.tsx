import type { ButtonHTMLAttributes } from "react";

/**
 * Buttons by meaning (issue 16): `primary` the page's main action (save), `approve` a step
 * forward in the workflow (approve, submit: green, never red), `danger` a step back or a
 * refusal (return, reopen, delete: red), `neutral` everything else (cancel, close: grey).
 */
export type ButtonVariant = "primary" | "approve" | "danger" | "neutral";

const VARIANTS: Record<ButtonVariant, string> = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  approve: "bg-emerald-700 text-white hover:bg-emerald-800",
  danger: "bg-red-700 text-white hover:bg-red-800",
  neutral: "bg-white text-slate-800 ring-1 ring-slate-300 hover:bg-slate-100",
};

const BASE =
  "inline-flex items-center justify-center rounded-md px-3 py-1.5 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-not-allowed disabled:opacity-50";

/** The class of a button of that meaning (for a link styled as a button, or a button with more classes). */
export function buttonClass(variant: ButtonVariant, extra = ""): string {
  return `${BASE} ${VARIANTS[variant]}${extra ? ` ${extra}` : ""}`;
}

export function Button({
  variant = "neutral",
  className = "",
  type = "button",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  return <button type={type} className={buttonClass(variant, className)} {...props} />;
}
