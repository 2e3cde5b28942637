import './gov-list.scss'
/** One piece of highlighted text (the API's `nameSegments`). */
export interface GovHighlightSegment {
  text: string
  hit: boolean
}

/** Props of {@link GovHighlight}. */
export interface GovHighlightProps {
  segments: GovHighlightSegment[]
  /** Used when `segments` is empty. */
  fallback?: string
}

/**
 * Text with the matched parts emphasised, built from segments — never from HTML, so nothing the server or the
 * resident typed is ever parsed as markup. Plain parts stay bare text nodes (fewer nodes per list row on weapp).
 */
export function GovHighlight({ segments, fallback = '' }: GovHighlightProps) {
  if (!segments.length) return <>{fallback}</>
  return (
    <>
      {segments.map((segment, index) =>
        segment.hit ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and never reorder.
          <span className="gov-highlight" key={index}>
            {segment.text}
          </span>
        ) : (
          segment.text
        ),
      )}
    </>
  )
}
