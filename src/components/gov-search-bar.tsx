/** Props of {@link GovSearchBar}. */
export interface GovSearchBarProps {
  id: string
  /** Accessible label (drawn for screen readers only; the placeholder is not a label). */
  label: string
  value: string
  onChange: (value: string) => void
  /** Enter / 搜索 key. */
  onSubmit?: (value: string) => void
  placeholder?: string
  /** Bump to move the focus (and the keyboard) into the box, e.g. after 首页's search entry. */
  focusSignal?: number
  maxLength?: number
}

/**
 * The search box: a labelled search input with a clear button. H5: `<input type="search">` focused through a ref;
 * weapp: Taro `Input` with `confirmType="search"` and its `focus` property. Platform files beside this one.
 */
export declare function GovSearchBar(props: GovSearchBarProps): JSX.Element
