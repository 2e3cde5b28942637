import { GovPressable } from '../../../components/gov-pressable'

/** Props of {@link SearchStart}. */
export interface SearchStartProps {
  history: string[]
  hot: string[]
  onPick: (term: string) => void
  onClearHistory: () => void
}

/** Before typing: the resident's own recent searches (clearable) and what others search for most. */
export function SearchStart({ history, hot, onPick, onClearHistory }: SearchStartProps) {
  return (
    <div className="cat-start">
      {history.length ? (
        <section className="cat-start__group" aria-labelledby="cat-history-title">
          <div className="cat-start__head">
            <h2 className="cat-start__title" id="cat-history-title">
              搜索历史
            </h2>
            <GovPressable className="cat-start__clear" onClick={onClearHistory} ariaLabel="清空搜索历史">
              清空
            </GovPressable>
          </div>
          <ul className="cat-chips">
            {history.map((term) => (
              <li key={term}>
                <GovPressable className="cat-chip" onClick={() => onPick(term)}>
                  {term}
                </GovPressable>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {hot.length ? (
        <section className="cat-start__group" aria-labelledby="cat-hot-title">
          <h2 className="cat-start__title" id="cat-hot-title">
            热门搜索
          </h2>
          <ul className="cat-chips">
            {hot.map((term) => (
              <li key={term}>
                <GovPressable className="cat-chip cat-chip--hot" onClick={() => onPick(term)}>
                  {term}
                </GovPressable>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}
