import type { GuideSeed, HandlingMode, ItemLevel, ServiceItemSeed } from './types'

const LEVEL_DIGIT: Record<ItemLevel, number> = { city: 1, county: 2, town: 3, village: 4 }

/** 实施编码 by the project convention: `${baseCode}-${divisionCode}-${level digit}` (1 市 … 4 村). */
export function implCode(baseCode: string, divisionCode: string, level: ItemLevel): string {
  return `${baseCode}-${divisionCode}-${LEVEL_DIGIT[level]}`
}

/** What changes when a standard item is implemented at another level or division. */
export interface Implementation {
  level: ItemLevel
  divisionCode: string
  department: string
  popularity: number
  summary?: string
  handlingMode?: HandlingMode
  visitCount?: number
  guide: Partial<GuideSeed>
}

/**
 * The same standard item implemented at another level / division ("三级四同": same baseCode, basis, conditions and
 * materials); only the implementing unit, its hall and what the overrides say differ.
 */
export function implementAt(base: ServiceItemSeed, o: Implementation): ServiceItemSeed {
  const { guide, ...rest } = o
  return {
    ...base,
    ...rest,
    implCode: implCode(base.baseCode, o.divisionCode, o.level),
    guide: { ...base.guide, ...guide },
  }
}
