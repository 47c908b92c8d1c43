"use client";

import { ErrorContent } from "./_components/error-content";

/** An error of a page outside the signed-in layout, or of that layout itself. */
export default function Error({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorContent error={error} retry={retry} standalone />;
}
