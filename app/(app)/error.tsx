"use client";

import { ErrorContent } from "../_components/error-content";

/** An error of a signed-in page: shown under the app's header, which still works. */
export default function AppError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorContent error={error} retry={retry} />;
}
