/** Props of {@link GovTile}. */
export interface GovTileProps {
  /** e.g. "办事指南". */
  title: string
  /** One line under the title. */
  description: string
  /** One character drawn in the round badge, e.g. "指". */
  glyph: string
  onClick: () => void
}

/** A square entry tile of the home grid. H5: a real button; weapp: a tappable view. Platform files beside this. */
export declare function GovTile(props: GovTileProps): JSX.Element
