/** The report outline order: parents before children, siblings by their sort order (then id). */
export function sortByOutline<T extends { id: number; parentId: number | null; sortOrder: number }>(
  rows: readonly T[],
): T[] {
  const children = new Map<number | null, T[]>();
  for (const r of rows) children.set(r.parentId, [...(children.get(r.parentId) ?? []), r]);
  const known = new Set(rows.map((r) => r.id));
  const out: T[] = [];
  const walk = (parentId: number | null) => {
    for (const r of [...(children.get(parentId) ?? [])].sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id)) {
      out.push(r);
      walk(r.id);
    }
  };
  walk(null);
  // Sections whose parent is missing come last rather than disappearing.
  for (const r of rows) if (r.parentId !== null && !known.has(r.parentId) && !out.includes(r)) out.push(r);
  return out;
}

/**
 * SQL for the same order: `outline(id, path)` gives each section a sortable path
 * ("0001.0003.0002"); join it and order by path.
 */
export const OUTLINE_CTE = `
  with recursive outline(id, path) as (
    select id, printf('%06d.%06d', sort_order, id) from report_sections where parent_id is null
    union all
    select c.id, o.path || '/' || printf('%06d.%06d', c.sort_order, c.id) from report_sections c join outline o on c.parent_id = o.id
  )`;
