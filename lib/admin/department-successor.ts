/** Departments as a reorganisation sees them: valid for validFrom..validTo, merged into another after. */
export interface DepartmentSpan {
  id: number;
  code: string;
  validFrom: number;
  validTo: number | null;
  mergedIntoId: number | null;
}

export const validIn = (d: Pick<DepartmentSpan, "validFrom" | "validTo">, year: number) =>
  d.validFrom <= year && (d.validTo === null || d.validTo >= year);

/**
 * The department that carries a department's work in a year: itself while valid, else the one it
 * was merged into (following successive merges). Null when it was dissolved without a successor.
 */
export function departmentInYear(all: readonly DepartmentSpan[], id: number, year: number): DepartmentSpan | null {
  const byId = new Map(all.map((d) => [d.id, d]));
  let current = byId.get(id);
  for (let hops = 0; current && hops < all.length + 1; hops += 1) {
    if (validIn(current, year)) return current;
    current = current.mergedIntoId === null ? undefined : byId.get(current.mergedIntoId);
  }
  return null;
}
