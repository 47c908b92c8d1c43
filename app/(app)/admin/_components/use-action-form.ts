"use client";

import { useEffect, useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";

export type FormMessage = { ok: boolean; text: string } | null;

/**
 * A react-hook-form form on the shared zod schema, submitting the typed values to a server action
 * (which parses them with the same schema); server field errors land on their fields. Render it
 * inside an `ActionForm`, which keeps the fields disabled until hydration.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, R>(
  schema: S,
  action: (raw: unknown) => Promise<ActionResult<R>>,
  defaultValues: DefaultValues<z.input<S>>,
  options: { success?: (data: R) => string; onSuccess?: (data: R) => void; resetOnSuccess?: boolean } = {},
) {
  const router = useRouter();
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>>,
    defaultValues,
  });
  const [message, setMessage] = useState<FormMessage>(null);
  // New values from the server (a version after saving, a changed status) refill the form without
  // remounting it, so the message of the last submit stays visible.
  const serialized = JSON.stringify(defaultValues);
  const { reset } = form;
  useEffect(() => {
    reset(JSON.parse(serialized) as DefaultValues<z.input<S>>);
  }, [serialized, reset]);
  const onSubmit = form.handleSubmit(async () => {
    setMessage(null);
    const result = await action(form.getValues());
    if (result.ok) {
      setMessage({ ok: true, text: options.success?.(result.data) ?? "Đã lưu" });
      options.onSuccess?.(result.data);
      if (options.resetOnSuccess) form.reset(JSON.parse(serialized) as DefaultValues<z.input<S>>);
      router.refresh();
      return;
    }
    for (const [field, text] of Object.entries(result.fieldErrors ?? {}))
      form.setError(field as Path<z.input<S>>, { message: text });
    setMessage({ ok: false, text: result.error });
  });
  return { form, onSubmit, message, setMessage };
}
