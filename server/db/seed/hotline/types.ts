import path from 'node:path'
import { type Static, Type } from '@sinclair/typebox'
import { TICKET_TYPES } from '../../../../types/hotline-states'
import { knownUnits } from '../catalogue/read-files'
import { DATA_DIR, PlainText, readDataFile, recordError } from '../data-file'

/**
 * Schema of the 12345 hotline category taxonomy (server/db/seed/data/hotline-categories.json, issue #4). Categories
 * are data: each maps to an Open311 GeoReport v2 `service_code` with its extra attributes (service definition), and
 * carries the handling deadline (限时办结, working days) and the default handling department (full official name).
 */

const strict = <T extends Parameters<typeof Type.Object>[0]>(properties: T) =>
  Type.Object(properties, { additionalProperties: false })

/** Open311 attribute datatypes (GeoReport v2 service definition). */
const AttributeDatatype = Type.Union(
  (['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist'] as const).map((v) => Type.Literal(v)),
)

const CategoryAttributeSchema = strict({
  /** Open311 attribute code, e.g. NOISE_SOURCE */
  code: Type.String({ pattern: '^[A-Z][A-Z0-9_]*$' }),
  datatype: AttributeDatatype,
  required: Type.Boolean(),
  /** Label shown to the resident (Chinese). */
  description: PlainText({ minLength: 1 }),
  /** Help text under the field. */
  datatypeDescription: Type.Optional(PlainText()),
  /** Open311 `order`, from 1. */
  order: Type.Integer({ minimum: 1 }),
  /** For single/multi value lists. */
  values: Type.Optional(Type.Array(strict({ key: Type.String({ minLength: 1 }), name: PlainText({ minLength: 1 }) }))),
})

const TicketTypeSchema = Type.Union(TICKET_TYPES.map((v) => Type.Literal(v)))

const HotlineCategorySchema = strict({
  /** Open311 service_code: stable, ASCII, e.g. URBAN_NOISE_CONSTRUCTION */
  serviceCode: Type.String({ pattern: '^[A-Z][A-Z0-9_]*$' }),
  /** 一级分类, e.g. 城市管理 */
  group: PlainText({ minLength: 1 }),
  /** 二级分类 name, e.g. 建筑施工噪音 */
  name: PlainText({ minLength: 1 }),
  /** One line: what this category is for (shown in the picker). */
  description: PlainText({ minLength: 1 }),
  /** Words residents use, for the category search. */
  keywords: Type.Array(PlainText({ minLength: 1 })),
  /** Default handling department (full official name). */
  department: PlainText({ minLength: 1 }),
  /** 限时办结 in working days for 求助/投诉/举报. */
  deadlineDays: Type.Integer({ minimum: 1 }),
  /** Deadline for a 咨询 in this category (working days). */
  consultDays: Type.Integer({ minimum: 1 }),
  /** Whether a location (district/street/address) is required for this category. */
  locationRequired: Type.Boolean(),
  /** Which ticket types make sense here. */
  types: Type.Array(TicketTypeSchema, { minItems: 1 }),
  attributes: Type.Array(CategoryAttributeSchema),
})

const CategoriesFileSchema = strict({ description: PlainText(), categories: Type.Array(HotlineCategorySchema) })

export type CategoryAttributeSeed = Static<typeof CategoryAttributeSchema>
export type HotlineCategorySeed = Static<typeof HotlineCategorySchema>

/** The category file. */
export const CATEGORIES_FILE = path.join(DATA_DIR, 'hotline-categories.json')

/**
 * Reads and checks the category file: schema, unique service codes, and a department every category names must be a
 * known unit (a typo would route tickets nowhere).
 * @throws SeedDataError naming file, record and field
 */
export function readHotlineCategories(file = CATEGORIES_FILE): HotlineCategorySeed[] {
  const { categories } = readDataFile(file, CategoriesFileSchema, (r) => `${r.serviceCode} ${r.name}`)
  const units = knownUnits()
  const codes = new Set<string>()
  categories.forEach((c, i) => {
    const fail = (field: string, problem: string) =>
      recordError(file, 'categories', i, `${c.serviceCode} ${c.name}`, field, problem)
    if (codes.has(c.serviceCode)) throw fail('serviceCode', `分类代码重复：${c.serviceCode}`)
    codes.add(c.serviceCode)
    if (!units.has(c.department)) throw fail('department', `未知部门：${c.department}`)
  })
  return categories
}
