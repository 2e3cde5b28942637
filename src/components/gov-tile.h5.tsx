import type { GovTileProps } from './gov-tile'

/** H5: a button whose accessible name is the title plus its description. */
export function GovTile({ title, description, glyph, onClick }: GovTileProps) {
  return (
    <button type="button" className="gov-tile" onClick={onClick}>
      <span className="gov-tile__glyph" aria-hidden="true">
        {glyph}
      </span>
      <span className="gov-tile__title">{title}</span>
      <span className="gov-tile__description">{description}</span>
    </button>
  )
}
