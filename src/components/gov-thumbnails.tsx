/** One picture in {@link GovThumbnails}; `src` is missing while it loads or when it failed. */
export interface GovThumbnail {
  key: string
  src?: string
  alt: string
  /** Shown instead of the picture when it could not be loaded. */
  failed?: boolean
}

/** Props of {@link GovThumbnails}. */
export interface GovThumbnailsProps {
  /** Accessible name of the list, e.g. 工单照片. */
  label: string
  items: GovThumbnail[]
}

/** A row of read-only photo thumbnails with alt text (H5 `<img>`, weapp `<image>`). Platform files. */
export declare function GovThumbnails(props: GovThumbnailsProps): JSX.Element
