import type { HandlingMode, ItemDetail } from '../api/catalogue-types'
import { MODE_LABEL } from './labels'

/** Working days as a resident reads them: 0 → 即办, 0.5 → 0.5 个工作日, 20 → 20 个工作日. */
export function formatWorkingDays(days: number | null | undefined): string {
  if (days === null || days === undefined || Number.isNaN(days)) return '无法定时限'
  if (days <= 0) return '即办'
  // 0.5 stays 0.5; 1.0 prints as 1.
  return `${Number(days.toFixed(1))} 个工作日`
}

/** 跑动次数: 0 → 不用跑（全程网办）, n → 跑动 n 次. */
export function formatVisits(visitCount: number): string {
  return visitCount <= 0 ? '0 次，不用跑' : `${visitCount} 次`
}

/** 收费 / 不收费 */
export function formatFee(charged: boolean): string {
  return charged ? '收费' : '不收费'
}

/** 办理方式, with the visit count for 窗口办理. */
export function formatMode(mode: HandlingMode, visitCount: number): string {
  if (mode === 'window' && visitCount > 1) return `${MODE_LABEL.window}（跑 ${visitCount} 次）`
  return MODE_LABEL[mode]
}

/** One line of the start-page summary. */
export interface SummaryFact {
  label: string
  value: string
  /** Draw it as good news (全程网办, 不收费, 即办). */
  positive?: boolean
}

/**
 * The start-page summary of a guide, before any section: what to bring, how often to go, how long, what it costs,
 * whether it is fully online, and who accepts it (GOV.UK start pages).
 */
export function summarizeGuide(item: ItemDetail): SummaryFact[] {
  const { guide } = item
  const materials = guide.materials.length
  const required = guide.materials.filter((m) => m.required === true).length
  return [
    {
      label: '申请材料',
      value: required < materials ? `${materials} 份（必需 ${required} 份）` : `${materials} 份`,
    },
    { label: '跑动次数', value: formatVisits(item.visitCount), positive: item.visitCount === 0 },
    {
      label: '承诺时限',
      value: formatWorkingDays(guide.promisedLimitDays),
      positive: guide.promisedLimitDays <= 0,
    },
    { label: '收费', value: formatFee(guide.fee.charged), positive: !guide.fee.charged },
    {
      label: '办理方式',
      value: item.handlingMode === 'online' ? '全程网办，不见面' : formatMode(item.handlingMode, item.visitCount),
      positive: item.handlingMode === 'online',
    },
    { label: '受理单位', value: guide.acceptingUnit },
  ]
}

/** Whether a material is 必需, or its condition (e.g. 委托他人办理的). */
export function materialRequirement(required: true | string): string {
  return required === true ? '必需' : `条件：${required}`
}

/** 全市 N 项政务服务事项，全程网办 M 项（X%） — the 不见面 share line of 首页. */
export function formatOnlineShare(stats: { total: number; online: number; onlineShare?: number }): string {
  const share = stats.total > 0 ? (stats.onlineShare ?? stats.online / stats.total) : 0
  // onlineShare may come as a fraction (0.82) or a percentage (82).
  const percent = share <= 1 ? share * 100 : share
  return `全市 ${stats.total} 项政务服务事项，全程网办 ${stats.online} 项（${Math.round(percent)}%）`
}
