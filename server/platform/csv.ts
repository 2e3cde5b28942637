import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import { auditRepository } from '../repositories/audit'

/** One column of a staff export: its Chinese header and how a row gives its cell. */
export interface CsvColumn<T> {
  header: string
  value: (row: T) => string | number | boolean | Date | null | undefined
}

/** Characters that make a spreadsheet read a cell as a formula (and tab / CR, which some read the same way). */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * One cell: formula injection neutralised (a leading `= + - @`, tab or CR gets a `'` in front, so Excel and WPS
 * show the text instead of running it), then quoted when it holds a comma, quote or line break.
 */
export function csvCell(value: string | number | boolean | Date | null | undefined): string {
  if (value === null || value === undefined) return ''
  let text = value instanceof Date ? value.toISOString() : String(value)
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** UTF-8 with a BOM (so Excel opens Chinese text correctly), CRLF line ends (RFC 4180). */
export function toCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  const lines = [columns.map((c) => csvCell(c.header)).join(',')]
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row))).join(','))
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

/**
 * A staff CSV export, written to the audit log with who, what and how many rows (in the same call, so no export
 * leaves without its audit row). `what` names the export, e.g. `tickets` with its filters in `detail`.
 */
export async function staffCsvExport<T>(
  db: Kysely<Database>,
  input: {
    staffId: number
    what: string
    detail?: Record<string, unknown>
    columns: readonly CsvColumn<T>[]
    rows: readonly T[]
  },
): Promise<{ body: string; filename: string }> {
  const body = toCsv(input.columns, input.rows)
  await auditRepository(db).record({
    actorType: 'staff',
    actorId: input.staffId,
    action: 'export.csv',
    target: input.what,
    detail: { ...input.detail, rows: input.rows.length },
  })
  const stamp = new Date().toISOString().slice(0, 10)
  return { body, filename: `${input.what}-${stamp}.csv` }
}
