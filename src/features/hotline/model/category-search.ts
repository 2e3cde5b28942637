import type { Category, CategoryGroups, TicketType } from './contract'

/**
 * The groups with only the categories that take `type` and match `query` (name, group, description or a keyword;
 * case-insensitive, spaces ignored). Empty groups are dropped.
 */
export function filterCategories(data: CategoryGroups, type: TicketType | undefined, query: string): CategoryGroups {
  const q = query.replace(/\s+/g, '').toLowerCase()
  const matches = (c: Category) =>
    !q ||
    [c.name, c.group, c.description ?? '', ...(c.keywords ?? [])].some((text) =>
      text.replace(/\s+/g, '').toLowerCase().includes(q),
    )
  const groups = data.groups
    .map((g) => ({
      name: g.name,
      categories: g.categories.filter((c) => (!type || !c.types?.length || c.types.includes(type)) && matches(c)),
    }))
    .filter((g) => g.categories.length > 0)
  return { groups }
}
