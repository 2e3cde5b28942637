/** Ranges request input must stay within, so PostgreSQL never sees a value it refuses (plugins/input-guard.ts). */

/** PostgreSQL `integer`: the default range of a request integer. A schema that needs more says so. */
export const INT_MAX = 2_147_483_647
/** The default bound of a request number that is not an integer. */
export const NUMBER_LIMIT = 1e15
/** Years a request date may name; PostgreSQL and JavaScript disagree far outside them. */
export const SANE_YEARS = { min: 1900, max: 2999 } as const

/** True when `d` is a valid date within {@link SANE_YEARS}. */
export function isSaneDate(d: Date): boolean {
  const year = d.getUTCFullYear()
  return !Number.isNaN(d.getTime()) && year >= SANE_YEARS.min && year <= SANE_YEARS.max
}
