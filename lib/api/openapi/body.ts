import { z } from "@/lib/validation/zod";

/**
 * A command's input as the request body of a route whose path gives some of its fields (the
 * year, a code, an id): the same fields without those. Built from the schema's shape, since zod
 * refuses `.omit` on a schema with refinements; the route still validates with the whole schema.
 */
export function bodyWithout<S extends z.ZodObject>(schema: S, ...pathFields: string[]): z.ZodObject {
  return z.object(Object.fromEntries(Object.entries(schema.shape).filter(([key]) => !pathFields.includes(key))));
}
