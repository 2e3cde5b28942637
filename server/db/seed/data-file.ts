import fs from 'node:fs'
import path from 'node:path'
import { FormatRegistry, type Static, type StringOptions, type TSchema, Type } from '@sinclair/typebox'
import { TypeCompiler } from '@sinclair/typebox/compiler'
import { ValueErrorType } from '@sinclair/typebox/errors'

/**
 * Reading the seed data files (server/db/seed/data): parse, check against a TypeBox schema, and refuse a bad file
 * with a message naming the file, the record and the field — the start stops there rather than publishing a guide
 * with a missing phone or markup in it.
 */

/** Folder of the seed data files. */
export const DATA_DIR = path.join(__dirname, 'data')

// A tag (<b>, </p>, <!--, <?xml), an HTML entity or a javascript: URL. Both clients show guide text as text, so
// markup would either show as garbage or, in a future rich view, run: it is refused, never stripped.
const MARKUP = /<\/?[a-z!?]|&(#\d+|#x[0-9a-f]+|[a-z]+);|javascript:/i

/** Whether a text contains markup (see {@link PlainText}). */
export function hasMarkup(text: string): boolean {
  return MARKUP.test(text)
}

FormatRegistry.Set('plain-text', (value) => !hasMarkup(value))

/** A string shown to residents as plain text: no tags, entities or script URLs. */
export function PlainText(options: StringOptions = {}) {
  return Type.String({ ...options, format: 'plain-text' })
}

/** Thrown when a seed data file is unreadable or breaks its schema; the message names file, record and field. */
export class SeedDataError extends Error {
  override readonly name = 'SeedDataError'
  constructor(
    readonly file: string,
    readonly record: string | null,
    readonly field: string | null,
    readonly problem: string,
  ) {
    super(
      `种子数据文件 ${file}${record ? `，记录 ${record}` : ''}${field ? `，字段 ${field}` : ''}：${problem} / seed data file ${file}${record ? `, record ${record}` : ''}${field ? `, field ${field}` : ''}: ${problem}`,
    )
  }
}

/** Where a value sits in a file, split into the record (`services[3]`) and the field inside it (`guide.faq[0].a`). */
export interface RecordPointer {
  /** Top-level key holding the records, e.g. `services`. */
  list: string
  index: number
  /** Field path inside the record, dotted; '' for the record itself. */
  field: string
}

function pointer(jsonPath: string): RecordPointer | null {
  const parts = jsonPath.split('/').slice(1)
  if (parts.length < 2 || !/^\d+$/.test(parts[1])) return null
  const field = parts
    .slice(2)
    .map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`))
    .join('')
    .replace(/^\./, '')
  return { list: parts[0], index: Number(parts[1]), field }
}

function valueAt(root: unknown, jsonPath: string): unknown {
  let v: unknown = root
  for (const p of jsonPath.split('/').slice(1))
    v = v && typeof v === 'object' ? (v as Record<string, unknown>)[p] : undefined
  return v
}

function problemOf(error: { type: ValueErrorType; message: string; value: unknown }): string {
  if (typeof error.value === 'string' && hasMarkup(error.value))
    return `含有 HTML 标记或实体，指南只收纯文本（${JSON.stringify(error.value.slice(0, 60))}）/ markup is refused`
  if (error.type === ValueErrorType.ObjectRequiredProperty) return `缺少必填字段 / ${error.message}`
  if (error.type === ValueErrorType.ObjectAdditionalProperties) return `未知字段 / ${error.message}`
  return `格式不对 / ${error.message}`
}

const compiled = new WeakMap<TSchema, ReturnType<typeof TypeCompiler.Compile>>()

/**
 * Reads one data file and checks it against its schema. `label` names a record for the error message (e.g. its code
 * and name), so a clerk can find it in the file.
 * @throws SeedDataError naming file, record and field
 */
export function readDataFile<S extends TSchema>(
  file: string,
  schema: S,
  label: (record: Record<string, unknown>) => string = () => '',
): Static<S> {
  const shown = path.relative(process.cwd(), file) || file
  let value: unknown
  try {
    value = JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch (err) {
    throw new SeedDataError(shown, null, null, `无法读取或不是合法 JSON / ${(err as Error).message}`)
  }
  let check = compiled.get(schema)
  if (!check) {
    check = TypeCompiler.Compile(schema)
    compiled.set(schema, check)
  }
  if (check.Check(value)) return value as Static<S>
  const error = check.Errors(value).First()!
  const at = pointer(error.path)
  if (!at) throw new SeedDataError(shown, null, error.path || '(根)', problemOf(error))
  throw new SeedDataError(shown, recordName(value, at, label), at.field || null, problemOf(error))
}

/** `services[3]（100100000001 出生登记）` */
function recordName(root: unknown, at: RecordPointer, label: (record: Record<string, unknown>) => string): string {
  const record = valueAt(root, `/${at.list}/${at.index}`)
  const name = record && typeof record === 'object' ? label(record as Record<string, unknown>) : ''
  return `${at.list}[${at.index}]${name ? `（${name}）` : ''}`
}

/** A record-level problem found after the schema check (unknown department, duplicate code …). */
export function recordError(
  file: string,
  list: string,
  index: number,
  name: string,
  field: string,
  problem: string,
): SeedDataError {
  return new SeedDataError(path.relative(process.cwd(), file) || file, `${list}[${index}]（${name}）`, field, problem)
}
