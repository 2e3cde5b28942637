import { useState } from 'react'
import { GovCell } from '../../../components/gov-cell'
import { GovCellGroup } from '../../../components/gov-cell-group'
import { GovEmpty } from '../../../components/gov-empty'
import { GovError } from '../../../components/gov-error'
import { GovField } from '../../../components/gov-field'
import { GovLoading } from '../../../components/gov-loading'
import { useCategories } from '../../../lib/hotline/get-categories'
import { filterCategories } from '../model/category-search'
import type { Category, TicketType } from '../model/contract'

/** Props of {@link CategoryStep}. */
export interface CategoryStepProps {
  type?: TicketType
  chosen?: string
  onChoose: (category: Category) => void
}

/** Step 3: search and pick the category (only those that take the chosen type), grouped as the server sends them. */
export function CategoryStep({ type, chosen, onChoose }: CategoryStepProps) {
  const categories = useCategories()
  const [query, setQuery] = useState('')
  if (categories.loading) return <GovLoading rows={4} label="正在加载问题类别…" />
  if (categories.error || !categories.data) {
    return <GovError message={categories.error?.message ?? '加载失败'} onRetry={categories.reload} />
  }
  const filtered = filterCategories(categories.data, type, query)
  return (
    <div className="hotline-categories">
      <GovField
        id="hotline-category-search"
        label="搜索类别"
        hint="输入关键词，如：噪音、路灯、物业、欠薪"
        value={query}
        onChange={setQuery}
      />
      <p className="gov-visually-hidden" role="status">
        {query ? `找到 ${filtered.groups.reduce((n, g) => n + g.categories.length, 0)} 个类别` : ''}
      </p>
      {filtered.groups.length === 0 ? (
        <GovEmpty
          message={`没有找到与“${query}”有关的类别，可换个说法，或选择“其他”类别。`}
          actionText="清除搜索"
          onAction={() => setQuery('')}
        />
      ) : (
        filtered.groups.map((group) => (
          <GovCellGroup key={group.name} title={group.name}>
            {group.categories.map((c) => (
              <GovCell
                key={c.serviceCode}
                title={c.name}
                description={c.description}
                extra={c.serviceCode === chosen ? '已选' : undefined}
                onClick={() => onChoose(c)}
              />
            ))}
          </GovCellGroup>
        ))
      )}
    </div>
  )
}
