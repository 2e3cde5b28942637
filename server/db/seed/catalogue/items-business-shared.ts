import { HOURS } from './halls'
import { implCode } from './implementation'
import type { GuideSeed, HandlingMode, ItemLevel, ServiceItemSeed } from './types'

/**
 * Shared pieces of the business / property catalogue seed (items-business-1…4): halls, hours and the helper that
 * publishes one standard item at another level ("三级四同": same baseCode, same conditions, materials and basis; only
 * the implementing unit, hall, steps and FAQ of that level differ).
 */

export const UPDATED = '2026-09-15'

// the hours and 12345 every guide states alike (business files import them from here)
export { COMPLAINT, HOURS, HOURS_TOWN } from './halls'

export const HOURS_SAT = '周一至周五 8:30—12:00，13:30—17:00；周六 9:00—12:00 延时服务（法定节假日除外）'
export const HOURS_VILLAGE = '周一至周五 8:30—11:30，14:00—17:00；网格员可预约上门代办'

/** 扬州市政务服务中心 (市民中心). */
export const CITY_HALL = {
  name: '扬州市政务服务中心',
  address: '扬州市邗江区文昌西路扬州市民中心（市政务服务中心），综合受理区取号',
  hours: HOURS_SAT,
}

export const COUNTY_HALL: Record<string, { name: string; address: string; hours: string }> = {
  '321002': { name: '广陵区政务服务中心', address: '扬州市广陵区政务服务中心一楼综合窗口', hours: HOURS },
  '321003': { name: '邗江区政务服务中心', address: '扬州市邗江区政务服务中心一楼综合窗口', hours: HOURS },
  '321012': { name: '江都区政务服务中心', address: '扬州市江都区政务服务中心一楼综合窗口', hours: HOURS },
  '321023': { name: '宝应县政务服务中心', address: '宝应县安宜镇宝应县政务服务中心一楼综合窗口', hours: HOURS },
  '321071': {
    name: '扬州经济技术开发区政务服务中心',
    address: '扬州经济技术开发区政务服务中心综合窗口',
    hours: HOURS,
  },
  '321081': { name: '仪征市政务服务中心', address: '仪征市真州镇仪征市政务服务中心一楼综合窗口', hours: HOURS },
  '321084': { name: '高邮市政务服务中心', address: '高邮市高邮街道高邮市政务服务中心一楼综合窗口', hours: HOURS },
}

export const ONLINE_JS = {
  name: '江苏政务服务网（扬州旗舰店）/“苏服办”App',
  address: '网上办理：江苏政务服务网扬州频道或“苏服办”App 搜索事项名称',
  hours: '7×24 小时受理，工作时间内审核',
}

export interface ImplOverrides {
  divisionCode: string
  level: ItemLevel
  department: string
  summary: string
  popularity: number
  handlingMode?: HandlingMode
  visitCount?: number
  aliases?: string[]
  keywords?: string[]
  guide: Pick<GuideSeed, 'implementer' | 'acceptingUnit' | 'locations' | 'process' | 'faq'> & Partial<GuideSeed>
}

/**
 * The same standard item (same baseCode, basis, conditions and materials) implemented by another unit at another
 * level. Level-specific parts (hall, steps, FAQ, limits) must be given.
 */
export function implAt(base: ServiceItemSeed, o: ImplOverrides): ServiceItemSeed {
  const handlingMode = o.handlingMode ?? base.handlingMode
  return {
    ...base,
    implCode: implCode(base.baseCode, o.divisionCode, o.level),
    aliases: o.aliases ?? base.aliases,
    keywords: [...base.keywords, ...(o.keywords ?? [])],
    department: o.department,
    level: o.level,
    divisionCode: o.divisionCode,
    handlingMode,
    visitCount: o.visitCount ?? (handlingMode === 'online' ? 0 : base.visitCount),
    popularity: o.popularity,
    summary: o.summary,
    guide: { ...base.guide, ...o.guide },
  }
}
