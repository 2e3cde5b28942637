import type { Audience, HandlingMode, ItemLevel } from '../api/catalogue-types'

/** 层级 as residents read it. */
export const LEVEL_LABEL = {
  city: '市级',
  county: '县（市、区）级',
  town: '乡镇（街道）级',
  village: '村（社区）级',
} as const satisfies Record<ItemLevel, string>

/** Short 层级 labels for facet chips. */
export const LEVEL_SHORT = { city: '市', county: '县', town: '乡', village: '村' } as const satisfies Record<
  ItemLevel,
  string
>

/** 服务对象 */
export const AUDIENCE_LABEL = { personal: '个人', legal: '法人' } as const satisfies Record<Audience, string>

/** 办理方式 */
export const MODE_LABEL = {
  online: '全程网办',
  once: '最多跑一次',
  window: '窗口办理',
} as const satisfies Record<HandlingMode, string>
