import Taro, { usePageScroll } from '@tarojs/taro'
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react'
import './gov-list.scss'

/** Which rows to draw and how much empty space stands for the rest. */
export interface VirtualWindow {
  start: number
  end: number
  padTop: number
  padBottom: number
}

/** Input of {@link computeVirtualWindow}, all lengths in CSS px. */
export interface VirtualWindowInput {
  scrollTop: number
  viewportHeight: number
  /** Distance from the top of the page to the first row. */
  listTop: number
  rowHeight: number
  count: number
  /** Rows drawn beyond each edge of the screen. */
  overscan?: number
  /** Hard cap on drawn rows (weapp node budget). */
  maxRows?: number
}

/**
 * The rows of a fixed-row-height list that are on (or near) the screen. Pure, so it is tested without a page.
 */
export function computeVirtualWindow(input: VirtualWindowInput): VirtualWindow {
  const { scrollTop, viewportHeight, listTop, count } = input
  const rowHeight = Math.max(1, input.rowHeight)
  const overscan = input.overscan ?? 4
  const maxRows = input.maxRows ?? 24
  const offset = scrollTop - listTop
  let start = Math.max(0, Math.floor(offset / rowHeight) - overscan)
  let end = Math.min(count, Math.ceil((offset + viewportHeight) / rowHeight) + overscan)
  if (end - start > maxRows) end = start + maxRows
  if (end < start) end = start
  start = Math.min(start, count)
  end = Math.min(Math.max(end, start), count)
  return { start, end, padTop: start * rowHeight, padBottom: (count - end) * rowHeight }
}

/** Props of {@link GovVirtualList}. */
export interface GovVirtualListProps<T> {
  items: readonly T[]
  /** Total number of rows the list will have when every page is loaded (for the screen reader's "n of N"). */
  total?: number
  getKey: (item: T) => string
  renderRow: (item: T, index: number) => ReactNode
  /** Row height before the first row is measured, in the 750-wide design (rows must all be this high). */
  estimatedRowHeight: number
  /** Called when the drawn window comes within a few rows of the last loaded row (infinite scroll). */
  onNearEnd?: () => void
  /** Accessible name of the list. */
  ariaLabel: string
  /** Changes whenever row height may change (长辈版), to measure again. */
  measureKey?: string
  className?: string
}

function windowSize(): { width: number; height: number } {
  try {
    const info = Taro.getWindowInfo ? Taro.getWindowInfo() : Taro.getSystemInfoSync()
    return { width: info.windowWidth || 375, height: info.windowHeight || 812 }
  } catch {
    return { width: 375, height: 812 }
  }
}

/**
 * A page-scrolling list that draws only the rows on screen (plus a few each side) between two spacers, so a
 * 5,000-row result stays as cheap as 20 rows: on weapp ≤ ~150 nodes and one small `setData` per window move.
 * Rows must share one height (fixed in CSS); it is measured after the first draw and again on `measureKey` change.
 * @see https://developers.weixin.qq.com/miniprogram/dev/framework/performance/tips/runtime_setData.html — WeChat
 *   asks for few nodes and small setData payloads.
 */
export function GovVirtualList<T>({
  items,
  total,
  getKey,
  renderRow,
  estimatedRowHeight,
  onNearEnd,
  ariaLabel,
  measureKey,
  className,
}: GovVirtualListProps<T>) {
  const [viewport] = useState(windowSize)
  const [rowHeight, setRowHeight] = useState(() => (estimatedRowHeight * viewport.width) / 750)
  const [listTop, setListTop] = useState(0)
  const [scrollTop, setScrollTop] = useState(0)
  const idRef = useRef(`gov-vl-${Math.random().toString(36).slice(2, 8)}`)
  const count = items.length

  const win = computeVirtualWindow({
    scrollTop,
    viewportHeight: viewport.height,
    listTop,
    rowHeight,
    count,
  })

  // Only a change of the first drawn row re-renders; scrolling within a row costs nothing.
  const lastStart = useRef(win.start)
  lastStart.current = win.start
  usePageScroll(({ scrollTop: top }) => {
    const next = computeVirtualWindow({ scrollTop: top, viewportHeight: viewport.height, listTop, rowHeight, count })
    if (next.start !== lastStart.current || next.end === count) setScrollTop(top)
  })

  const measure = useCallback(() => {
    const id = idRef.current
    try {
      Taro.createSelectorQuery()
        .select(`#${id}`)
        .boundingClientRect()
        .select(`#${id} .gov-virtual-list__row`)
        .boundingClientRect()
        .selectViewport()
        .scrollOffset()
        .exec((res: unknown[]) => {
          const list = res?.[0] as { top?: number } | null
          const row = res?.[1] as { height?: number } | null
          const scroll = res?.[2] as { scrollTop?: number } | null
          if (list && typeof list.top === 'number') setListTop(list.top + (scroll?.scrollTop ?? 0))
          if (row?.height && row.height > 10) setRowHeight(row.height)
        })
    } catch {
      // Measuring is an optimisation; the estimate keeps the list usable.
    }
  }, [])

  const hasRows = count > 0
  // biome-ignore lint/correctness/useExhaustiveDependencies: measure again when rows first appear or change height.
  useEffect(() => {
    if (!hasRows) return
    const timer = setTimeout(measure, 60)
    return () => clearTimeout(timer)
  }, [hasRows, measureKey, measure])

  const nearEnd = count > 0 && win.end >= count - 5
  useEffect(() => {
    if (nearEnd) onNearEnd?.()
  }, [nearEnd, onNearEnd])

  const rows = items.slice(win.start, win.end)
  return (
    <ul
      id={idRef.current}
      className={`gov-virtual-list${className ? ` ${className}` : ''}`}
      aria-label={ariaLabel}
      style={{ paddingTop: `${win.padTop}px`, paddingBottom: `${win.padBottom}px` }}
    >
      {rows.map((item, i) => (
        <li
          className="gov-virtual-list__row"
          key={getKey(item)}
          aria-setsize={total ?? count}
          aria-posinset={win.start + i + 1}
        >
          {renderRow(item, win.start + i)}
        </li>
      ))}
    </ul>
  )
}
