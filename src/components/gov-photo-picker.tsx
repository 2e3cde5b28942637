/** A photo shown in a {@link GovPhotoPicker}. */
export interface GovPhotoItem {
  id: string
  preview: string
  /** Kept on the device, not uploaded yet: marked 待上传. */
  pending?: boolean
}

/** Props of {@link GovPhotoPicker}. */
export interface GovPhotoPickerProps {
  id: string
  label: string
  photos: GovPhotoItem[]
  max: number
  /** H5 passes the chosen files; weapp passes nothing (the handler opens WeChat's picker). */
  onPick: (files?: FileList | null) => void
  onRemove: (id: string) => void
  /** 正在上传… */
  busy?: boolean
  hint?: string
  error?: string
}

/**
 * Photo thumbnails with 删除 and an 添加照片 control. H5: a labelled `<input type=file accept=image/*>`;
 * weapp: a button that opens `chooseMedia`. Platform files.
 */
export declare function GovPhotoPicker(props: GovPhotoPickerProps): JSX.Element
