"use client";

import type { FormEventHandler, ReactNode } from "react";
import { useHydrated } from "@/app/_components/use-hydrated";

/**
 * The form of a `useActionForm`: its fields stay disabled until React has hydrated the page, since
 * react-hook-form writes its default values into the fields when it registers them, and would
 * silently undo a choice made in the server's HTML before that (a unit kind, a house style).
 * The layout classes go on the fieldset, which holds every child.
 */
export function ActionForm({
  onSubmit,
  label,
  className = "",
  children,
}: {
  onSubmit: FormEventHandler<HTMLFormElement>;
  label: string;
  className?: string;
  children: ReactNode;
}) {
  const ready = useHydrated();
  return (
    <form onSubmit={onSubmit} noValidate aria-label={label} data-ready={ready ? "true" : "false"}>
      <fieldset disabled={!ready} className={`min-w-0 ${className}`}>
        {children}
      </fieldset>
    </form>
  );
}
