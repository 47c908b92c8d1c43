/**
 * A path segment naming a row by its number (/users/{id}, /tokens/{id}): the number, so the
 * command's schema checks it like a JSON number; anything else stays text and is refused by the
 * schema (422 with its Vietnamese message), as a body field would be.
 */
export function pathNumber(raw: string): number | string {
  return /^\d{1,15}$/.test(raw) ? Number(raw) : raw;
}

export type PathParams<P> = { params: Promise<P> };
