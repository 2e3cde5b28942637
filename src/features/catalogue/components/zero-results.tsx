import { GovButton } from '../../../components/gov-button'
import { GovPressable } from '../../../components/gov-pressable'
import type { ItemSearchResult } from '../api/catalogue-types'

/** A filter that, removed alone, gives results. */
export type RelaxedFilter = NonNullable<ItemSearchResult['relaxed']>[number]

/** Props of {@link ZeroResults}. */
export interface ZeroResultsProps {
  query: string
  suggestions: string[]
  /** Filters are on: offer to search without them. */
  filtered: boolean
  /** Filters that, removed alone, give results: each offered as "去掉“宝应县”后有 12 项". */
  relaxed?: RelaxedFilter[]
  onSuggestion: (term: string) => void
  onClearFilters: () => void
  /** Removes one filter. */
  onRelax?: (filter: RelaxedFilter['filter']) => void
  /** 问问 12345, carrying the query. */
  onAskHotline: (query: string) => void
}

/**
 * Nothing matched: says so plainly, says which filter emptied the list (with how many it would give), offers near
 * queries to tap, and 12345 as the person who can find it.
 */
export function ZeroResults({
  query,
  suggestions,
  filtered,
  relaxed = [],
  onSuggestion,
  onClearFilters,
  onRelax,
  onAskHotline,
}: ZeroResultsProps) {
  return (
    <section className="cat-zero" aria-labelledby="cat-zero-title">
      <h2 className="cat-zero__title" id="cat-zero-title">
        {query ? `没有找到与“${query}”相关的事项` : '没有符合条件的事项'}
      </h2>
      {relaxed.map((r) => (
        <GovButton key={r.filter} variant="secondary" onClick={() => onRelax?.(r.filter)}>
          {`去掉“${r.label}”后有 ${r.total} 项`}
        </GovButton>
      ))}
      {suggestions.length ? (
        <>
          <p className="cat-zero__text">换个说法试试，您是不是要找：</p>
          <ul className="cat-chips" aria-label="相近的搜索">
            {suggestions.map((term) => (
              <li key={term}>
                <GovPressable className="cat-chip" onClick={() => onSuggestion(term)}>
                  {term}
                </GovPressable>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="cat-zero__text">请检查有没有错别字，或换一个更短、更常用的说法，如“社保卡”“公积金”。</p>
      )}
      {filtered && relaxed.length === 0 ? (
        <GovButton variant="secondary" onClick={onClearFilters}>
          清除筛选条件再搜
        </GovButton>
      ) : null}
      <div className="cat-zero__hotline">
        <p className="cat-zero__text">还是找不到？把问题告诉 12345 政务服务便民热线，工作人员会帮您查询。</p>
        <GovButton block onClick={() => onAskHotline(query)}>
          问问 12345
        </GovButton>
      </div>
    </section>
  )
}
