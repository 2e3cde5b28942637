/**
 * Shape of the 12345 hotline category taxonomy seed (issue #4). Categories are data: each maps to an Open311
 * GeoReport v2 `service_code` with its extra attributes (service definition), and carries the handling deadline
 * (限时办结, working days) and the default handling department (resolved by full official name).
 */

/** Open311 attribute datatypes (GeoReport v2 service definition). */
export type AttributeDatatype = 'string' | 'number' | 'datetime' | 'text' | 'singlevaluelist' | 'multivaluelist'

export interface CategoryAttributeSeed {
  /** Open311 attribute code, e.g. NOISE_SOURCE */
  code: string
  datatype: AttributeDatatype
  required: boolean
  /** Label shown to the resident (Chinese). */
  description: string
  /** Help text under the field. */
  datatypeDescription?: string
  order: number
  /** For single/multi value lists. */
  values?: { key: string; name: string }[]
}

export interface HotlineCategorySeed {
  /** Open311 service_code: stable, ASCII, e.g. URBAN_NOISE_CONSTRUCTION */
  serviceCode: string
  /** 一级分类, e.g. 城市管理 */
  group: string
  /** 二级分类 name, e.g. 建筑施工噪音 */
  name: string
  /** One line: what this category is for (shown in the picker). */
  description: string
  /** Words residents use, for the category search. */
  keywords: string[]
  /** Default handling department (full official name). */
  department: string
  /** 限时办结 in working days for 求助/投诉/举报 (咨询 is usually answered faster: see consultDays). */
  deadlineDays: number
  /** Deadline for a 咨询 in this category (working days). */
  consultDays: number
  /** Whether a location (district/street/address) is required for this category. */
  locationRequired: boolean
  /** Which ticket types make sense here. */
  types: ('咨询' | '求助' | '投诉' | '举报' | '建议')[]
  attributes: CategoryAttributeSeed[]
}
