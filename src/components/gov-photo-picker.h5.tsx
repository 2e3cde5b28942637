import type { GovPhotoPickerProps } from './gov-photo-picker'
import './gov-forms.scss'

/** H5: native file input (keyboard and mouse), thumbnails with 删除. */
export function GovPhotoPicker({ id, label, photos, max, onPick, onRemove, busy, hint, error }: GovPhotoPickerProps) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
  return (
    <div className={`gov-field gov-photos${error ? ' gov-field--invalid' : ''}`}>
      <p className="gov-field__label" id={`${id}-label`}>
        {label}（{photos.length}/{max}）
      </p>
      {hint ? (
        <p className="gov-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <ul className="gov-photos__list" aria-labelledby={`${id}-label`}>
        {photos.map((p, i) => (
          <li className="gov-photos__item" key={p.id}>
            {p.preview ? (
              <img className="gov-photos__img" src={p.preview} alt={`照片 ${i + 1}`} />
            ) : (
              <span className="gov-photos__img">照片 {i + 1}</span>
            )}
            {p.pending ? <span className="gov-photos__pending">待上传</span> : null}
            <button
              type="button"
              className="gov-photos__remove"
              aria-label={`删除照片 ${i + 1}`}
              onClick={() => onRemove(p.id)}
            >
              删除
            </button>
          </li>
        ))}
      </ul>
      <label className="gov-button gov-button--secondary gov-photos__add" htmlFor={id}>
        {busy ? '正在上传…' : '添加照片'}
      </label>
      <input
        id={id}
        className="gov-visually-hidden"
        type="file"
        accept="image/*"
        multiple
        disabled={busy}
        aria-describedby={describedBy}
        onChange={(event) => {
          onPick(event.target.files)
          event.target.value = ''
        }}
      />
      {error ? (
        <p className="gov-field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}
