import { useEffect, useState } from 'react'
import { type ImageViewer, loadProtectedImage, releaseProtectedImage } from '../lib/platform/protected-image'
import { GovThumbnails } from './gov-thumbnails'

/** Props of {@link GovProtectedPhotos}. */
export interface GovProtectedPhotosProps {
  photos: { id: string; url: string }[]
  /** What the photos are, for screen readers (工单照片). */
  label?: string
  /** Whose token loads them: the resident on their ticket, staff on the handling side. */
  viewer?: ImageViewer
}

/**
 * Photos a resident attached (to a ticket, later to other submissions). They are personal data, served only with the
 * bearer token, so each is loaded through {@link loadProtectedImage} and released when the view goes away.
 */
export function GovProtectedPhotos({ photos, label = '照片', viewer = 'resident' }: GovProtectedPhotosProps) {
  const [sources, setSources] = useState<Record<string, string | 'failed'>>({})
  const ids = photos.map((p) => p.id).join(',')

  // biome-ignore lint/correctness/useExhaustiveDependencies: `ids` stands for `photos` (a new array each render)
  useEffect(() => {
    let alive = true
    const loaded: string[] = []
    for (const photo of photos) {
      loadProtectedImage(photo.url, viewer).then(
        (src) => {
          loaded.push(src)
          if (alive) setSources((s) => ({ ...s, [photo.id]: src }))
          else releaseProtectedImage(src)
        },
        () => alive && setSources((s) => ({ ...s, [photo.id]: 'failed' })),
      )
    }
    return () => {
      alive = false
      for (const src of loaded) releaseProtectedImage(src)
    }
  }, [ids, viewer])

  return (
    <GovThumbnails
      label={label}
      items={photos.map((p, i) => {
        const src = sources[p.id]
        return {
          key: p.id,
          alt: `照片 ${i + 1}`,
          src: src && src !== 'failed' ? src : undefined,
          failed: src === 'failed',
        }
      })}
    />
  )
}
