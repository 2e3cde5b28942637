import { useState } from 'react'
import { GovPressable } from '../../../components/gov-pressable'
import type { Facets, FacetValue } from '../api/catalogue-types'
import { AUDIENCE_LABEL, LEVEL_LABEL } from '../model/labels'
import { activeFacetCount, type FacetKey, type SearchState } from '../model/search-query'

/** Props of {@link FacetPanel}. */
export interface FacetPanelProps {
  search: SearchState
  facets: Facets | undefined
  onFacet: (key: FacetKey, value: string | undefined) => void
  onOnline: (online: boolean) => void
  onClear: () => void
}

const GROUPS: { key: FacetKey; title: string }[] = [
  { key: 'level', title: '层级' },
  { key: 'audience', title: '服务对象' },
  { key: 'district', title: '地区' },
  { key: 'department', title: '部门' },
]

function labelOf(key: FacetKey, value: string, facets: Facets | undefined): string {
  const found = facets?.[key]?.find((f) => f.value === value)
  if (found) return found.label
  if (key === 'level') return LEVEL_LABEL[value as keyof typeof LEVEL_LABEL] ?? value
  if (key === 'audience') return AUDIENCE_LABEL[value as keyof typeof AUDIENCE_LABEL] ?? value
  return value
}

/**
 * Facets: 只看全程网办 always in reach, the rest (层级, 服务对象, 地区, 部门) behind 筛选 with how many items each
 * would leave; chosen filters stay visible as removable chips.
 */
export function FacetPanel({ search, facets, onFacet, onOnline, onClear }: FacetPanelProps) {
  const [open, setOpen] = useState(false)
  const active = activeFacetCount(search) - (search.online ? 1 : 0)
  const chosen = GROUPS.filter((g) => search[g.key])
  return (
    <div className="cat-facets">
      <div className="cat-facets__bar">
        <GovPressable
          className={`cat-chip cat-chip--toggle${search.online ? ' cat-chip--on' : ''}`}
          pressed={!!search.online}
          onClick={() => onOnline(!search.online)}
        >
          只看全程网办
        </GovPressable>
        <GovPressable
          className={`cat-chip cat-chip--toggle${active ? ' cat-chip--on' : ''}`}
          expanded={open}
          controls="cat-facet-groups"
          onClick={() => setOpen(!open)}
        >
          {active ? `筛选（${active}）` : '筛选'} {open ? '▴' : '▾'}
        </GovPressable>
      </div>
      {chosen.length ? (
        <ul className="cat-chips cat-facets__chosen" aria-label="已选筛选条件">
          {chosen.map((g) => (
            <li key={g.key}>
              <GovPressable
                className="cat-chip cat-chip--chosen"
                ariaLabel={`取消筛选：${g.title} ${labelOf(g.key, search[g.key] as string, facets)}`}
                onClick={() => onFacet(g.key, undefined)}
              >
                {labelOf(g.key, search[g.key] as string, facets)} ×
              </GovPressable>
            </li>
          ))}
          <li>
            <GovPressable className="cat-chip cat-chip--plain" onClick={onClear}>
              清除全部
            </GovPressable>
          </li>
        </ul>
      ) : null}
      {open ? (
        <div className="cat-facets__groups" id="cat-facet-groups">
          {GROUPS.map((g) => (
            <FacetGroup
              key={g.key}
              title={g.title}
              values={facets?.[g.key] ?? []}
              selected={search[g.key] as string | undefined}
              onPick={(value) => onFacet(g.key, value === search[g.key] ? undefined : value)}
            />
          ))}
        </div>
      ) : null}
    </div>
  )
}

function FacetGroup(props: {
  title: string
  values: FacetValue[]
  selected: string | undefined
  onPick: (value: string) => void
}) {
  const { title, values, selected, onPick } = props
  if (!values.length) return null
  return (
    // biome-ignore lint/a11y/useSemanticElements: fieldset has no mini-program mapping; role=group works on both.
    <div className="cat-facet-group" role="group" aria-label={title}>
      <p className="cat-facet-group__title">{title}</p>
      <ul className="cat-chips">
        {values.map((f) => (
          <li key={f.value}>
            <GovPressable
              className={`cat-chip${selected === f.value ? ' cat-chip--on' : ''}`}
              pressed={selected === f.value}
              disabled={f.count === 0 && selected !== f.value}
              onClick={() => onPick(f.value)}
            >
              {f.label}
              <span className="cat-chip__count">{f.count}</span>
            </GovPressable>
          </li>
        ))}
      </ul>
    </div>
  )
}
