import type { z } from "zod";

/**
 * The API's rule for JSON `null`: in a field the schema marks optional (may be left out), `null`
 * means the field is absent, as if it had not been sent; a field that takes `null` itself
 * (`.nullable()`, e.g. a draft's `baseVersionId`) keeps it. Clients serialising an empty
 * optional as `null` (most JSON libraries do) thus get the same answer as leaving it out. The
 * command HTTP adapter (lib/commands/http.ts) applies it to every request body before the
 * command's schema parses it. Pure: the value is copied, never changed.
 */
export function withoutAbsentNulls(schema: z.ZodType, value: unknown): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return withoutAbsentNulls(def.innerType as z.ZodType, value);
    case "pipe":
      return withoutAbsentNulls(def.in as z.ZodType, value);
    case "lazy":
      return withoutAbsentNulls((def.getter as () => z.ZodType)(), value);
    case "array":
      return Array.isArray(value) ? value.map((item) => withoutAbsentNulls(def.element as z.ZodType, item)) : value;
    case "record":
      return isPlainObject(value)
        ? Object.fromEntries(
            Object.entries(value).map(([k, v]) => [k, withoutAbsentNulls(def.valueType as z.ZodType, v)]),
          )
        : value;
    case "union": {
      const option = discriminatedOption(def, value);
      return option ? withoutAbsentNulls(option, value) : value;
    }
    case "object": {
      if (!isPlainObject(value)) return value;
      const shape = def.shape as Record<string, z.ZodType>;
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(value)) {
        const fieldSchema = Object.hasOwn(shape, key) ? shape[key] : undefined;
        if (fieldSchema && field === null && mayBeAbsent(fieldSchema) && !acceptsNull(fieldSchema)) continue;
        // defined, not assigned: a "__proto__" key stays a plain field, as JSON.parse made it
        Object.defineProperty(out, key, {
          value: fieldSchema ? withoutAbsentNulls(fieldSchema, field) : field,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
    default:
      return value;
  }
}

type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** An object key the schema lets a client leave out (optional, or with a default). */
const mayBeAbsent = (schema: z.ZodType) => Boolean((schema as unknown as { _zod: { optin?: string } })._zod.optin);

/** Whether `null` is a value of the field itself (not merely coerced into one). */
function acceptsNull(schema: z.ZodType): boolean {
  const def = defOf(schema);
  switch (def.type) {
    case "nullable":
    case "null":
    case "any":
    case "unknown":
      return true;
    case "optional":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return acceptsNull(def.innerType as z.ZodType);
    case "pipe":
      return acceptsNull(def.in as z.ZodType);
    case "union":
      return (def.options as z.ZodType[]).some(acceptsNull);
    case "literal":
      return (def.values as unknown[]).includes(null);
    default:
      return false;
  }
}

/** The option of a discriminated union (`type: "heading" | "paragraph"`) the value names, if any. */
function discriminatedOption(def: Def, value: unknown): z.ZodType | undefined {
  const key = def.discriminator as string | undefined;
  if (!key || !isPlainObject(value)) return undefined;
  return (def.options as z.ZodType[]).find((option) => {
    const field = (defOf(option).shape as Record<string, z.ZodType> | undefined)?.[key];
    return field?.safeParse(value[key]).success;
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
