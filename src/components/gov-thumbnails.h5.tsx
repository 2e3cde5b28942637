import type { GovThumbnailsProps } from './gov-thumbnails'
import './gov-forms.scss'

/** H5: a labelled list of `<img>` with alt text; a placeholder box while loading or after a failure. */
export function GovThumbnails({ label, items }: GovThumbnailsProps) {
  return (
    <ul className="gov-photos__list" aria-label={label}>
      {items.map((item) => (
        <li className="gov-photos__item" key={item.key}>
          {item.src ? (
            <img className="gov-photos__img" src={item.src} alt={item.alt} />
          ) : (
            <span className="gov-photos__img">{item.failed ? `${item.alt}加载失败` : `${item.alt}加载中`}</span>
          )}
        </li>
      ))}
    </ul>
  )
}
