import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { GovButton } from '../../../components/gov-button'
import { GovCheckbox } from '../../../components/gov-checkbox'
import { GovDateTime } from '../../../components/gov-date-time'
import { GovError } from '../../../components/gov-error'
import { GovField } from '../../../components/gov-field'
import { GovLoading } from '../../../components/gov-loading'
import { GovPhotoPicker } from '../../../components/gov-photo-picker'
import { GovSelect } from '../../../components/gov-select'
import { GovTextarea } from '../../../components/gov-textarea'
import { useSession } from '../../../lib/auth/session'
import { toApiError } from '../../../lib/http/errors'
import { pickLocation } from '../../../lib/platform/location'
import { onNetworkBack } from '../../../lib/platform/network'
import { choosePhotos, compressPhoto } from '../../../lib/platform/photo'
import { useDivisions } from '../api/get-divisions'
import { type HotlineDraft, hotlineDraft, usesAccountPhone } from '../model/draft-store'
import { addPhoto, pendingPhotos, sweepOrphanPhotos, uploadPendingPhotos } from '../model/pending-photos'
import { anonymousAllowed } from '../model/states'
import { focusFirstError } from '../model/steps'
import {
  DESCRIPTION_MAX,
  DESCRIPTION_MIN,
  type FieldErrors,
  MAX_PHOTOS,
  TITLE_MAX,
  validatePhotoCount,
  validateTicketForm,
} from '../model/validation'
import { AttributeField } from './attribute-field'

/** The privacy notice (account subpackage). */
const PRIVACY_PAGE = '/packages/account/pages/privacy/index'

/** Field order on the page, for focusing the first error. */
const FIELD_ORDER = ['title', 'description', 'occurredAt', 'districtCode', 'townCode', 'address']
const TAIL_ORDER = ['photoIds', 'contactPhone', 'privacyConsent']

/** Props of {@link FormStep}. */
export interface FormStepProps {
  draft: HotlineDraft
  errors: FieldErrors
  setErrors: (update: (errors: FieldErrors) => FieldErrors) => void
  onNext: () => void
}

function nowLocal(): string {
  const d = new Date(Date.now() + 8 * 3600_000)
  return d.toISOString().slice(0, 16)
}

/**
 * Step 4: what happened, when and where, the category's questions, photos, anonymity (举报), contact phone and
 * consent. Every keystroke goes to the draft; errors show next to their field and nothing typed is lost.
 */
export function FormStep({ draft, errors, setErrors, onNext }: FormStepProps) {
  const divisions = useDivisions()
  // GET /api/me gives only the masked number; ticking the box lets the server use the full one.
  const accountPhone = useSession()?.user.phoneMasked ?? null
  const accountPhoneUsed = usesAccountPhone(draft, accountPhone)
  const [uploading, setUploading] = useState(false)
  const [locating, setLocating] = useState(false)
  const [locationError, setLocationError] = useState<string>()
  const waiting = pendingPhotos(draft.photos).length

  // Copies the draft lost (the app died between keeping a photo and saving the draft) are deleted when the form opens.
  useEffect(() => {
    void sweepOrphanPhotos().catch(() => undefined)
  }, [])

  // Photos picked offline go up when the form opens online and whenever the network comes back.
  useEffect(() => {
    if (waiting === 0) return
    const send = () => void uploadPendingPhotos().catch(() => undefined)
    send()
    return onNetworkBack(send)
  }, [waiting])

  function set<K extends keyof HotlineDraft>(field: K, value: HotlineDraft[K], errorKey: string = field) {
    hotlineDraft.update({ [field]: value } as Partial<HotlineDraft>)
    if (errors[errorKey]) setErrors((e) => ({ ...e, [errorKey]: '' }))
  }

  function setAttribute(code: string, value: string | string[]) {
    const current = hotlineDraft.get()?.attributes ?? {}
    set('attributes', { ...current, [code]: value }, `attributes.${code}`)
  }

  async function addPhotos(files?: FileList | null) {
    const have = hotlineDraft.get()?.photos.length ?? 0
    const wanted = files ? files.length : 1
    const tooMany = validatePhotoCount(have, wanted)
    setErrors((e) => ({ ...e, photoIds: tooMany ?? '' }))
    const room = MAX_PHOTOS - have
    if (room <= 0) return
    setUploading(true)
    try {
      const picked = await choosePhotos(room, files)
      for (const local of picked) {
        if ((hotlineDraft.get()?.photos.length ?? 0) >= MAX_PHOTOS) break
        await addPhoto(hotlineDraft, await compressPhoto(local))
      }
    } catch (error) {
      const apiError = toApiError(error)
      const message =
        error instanceof Error && !(error as { status?: number }).status && apiError.code === 'UNKNOWN'
          ? error.message
          : (apiError.fields.file ?? apiError.message)
      setErrors((e) => ({ ...e, photoIds: `照片未能上传：${message}` }))
    } finally {
      setUploading(false)
    }
  }

  async function locate() {
    setLocating(true)
    setLocationError(undefined)
    try {
      const point = await pickLocation()
      if (point) set('location', point)
    } catch (error) {
      setLocationError(error instanceof Error ? error.message : '无法获取位置')
    } finally {
      setLocating(false)
    }
  }

  function next() {
    const found = validateTicketForm(draft, new Date(), accountPhone)
    setErrors(() => found)
    if (Object.keys(found).length > 0) {
      const attrOrder = (draft.category?.attributes ?? []).map((a) => `attributes.${a.code}`)
      focusFirstError([...FIELD_ORDER, ...attrOrder, ...TAIL_ORDER], found)
      return
    }
    onNext()
  }

  const counties = divisions.data?.counties ?? []
  const county = counties.find((c) => c.code === draft.districtCode)
  const errorCount = Object.values(errors).filter(Boolean).length
  const canBeAnonymous = anonymousAllowed(draft.type)

  return (
    <form
      className="hotline-form"
      noValidate
      aria-label="诉求内容"
      onSubmit={(event) => {
        event.preventDefault()
        next()
      }}
    >
      {errorCount > 0 ? (
        <div className="gov-error-summary" role="alert">
          <p className="gov-error-summary__title">有 {errorCount} 处需要修改，请查看标红的内容</p>
        </div>
      ) : null}
      {errors.category ? <p className="gov-field__error">{errors.category}</p> : null}
      {errors.anonymous ? <p className="gov-field__error">{errors.anonymous}</p> : null}
      <GovField
        id="hotline-title"
        label="标题"
        hint={`一句话概括，5–${TITLE_MAX} 个字，如：文昌中路夜间施工噪音扰民`}
        value={draft.title}
        onChange={(v) => set('title', v)}
        error={errors.title || undefined}
      />
      <GovTextarea
        id="hotline-description"
        label="具体描述"
        hint="请写清楚发生了什么、持续多久、希望怎样解决"
        value={draft.description}
        onChange={(v) => set('description', v)}
        min={DESCRIPTION_MIN}
        limit={DESCRIPTION_MAX}
        error={errors.description || undefined}
      />
      <GovDateTime
        id="hotline-occurredAt"
        label="发生时间（选填）"
        value={draft.occurredAt}
        max={nowLocal()}
        onChange={(v) => set('occurredAt', v)}
        error={errors.occurredAt || undefined}
      />
      {divisions.loading ? (
        <GovLoading rows={1} label="正在加载区县…" />
      ) : divisions.error ? (
        <GovError message={divisions.error.message} onRetry={divisions.reload} />
      ) : (
        <>
          <GovSelect
            id="hotline-districtCode"
            label="所在区县"
            placeholder="请选择区县"
            value={draft.districtCode}
            options={counties.map((c) => ({ value: c.code, label: c.name }))}
            onChange={(v) => {
              hotlineDraft.update({ districtCode: v, townCode: '' })
              if (errors.districtCode) setErrors((e) => ({ ...e, districtCode: '' }))
            }}
            error={errors.districtCode || undefined}
          />
          <GovSelect
            id="hotline-townCode"
            label={draft.category?.locationRequired ? '乡镇（街道）' : '乡镇（街道）（选填）'}
            placeholder={county ? '请选择乡镇（街道）' : '请先选择区县'}
            value={draft.townCode}
            disabled={!county}
            options={(county?.towns ?? []).map((t) => ({ value: t.code, label: t.name }))}
            onChange={(v) => set('townCode', v)}
            error={errors.townCode || undefined}
          />
        </>
      )}
      <GovField
        id="hotline-address"
        label={draft.category?.locationRequired ? '详细地址' : '详细地址（选填）'}
        hint="如：文昌中路 XX 号 XX 小区东门"
        value={draft.address}
        maxLength={120}
        onChange={(v) => set('address', v)}
        error={errors.address || undefined}
      />
      <div className="gov-field hotline-location">
        <p className="gov-field__label">地图位置（选填）</p>
        {draft.location ? (
          <p className="hotline-location__value">
            已标注：{draft.location.name ?? `${draft.location.lat.toFixed(5)}, ${draft.location.lng.toFixed(5)}`}
          </p>
        ) : null}
        <div className="hotline-actions-row">
          <GovButton variant="secondary" loading={locating} onClick={() => void locate()}>
            {draft.location ? '重新标注位置' : '在地图上标注位置'}
          </GovButton>
          {draft.location ? (
            <GovButton variant="text" onClick={() => hotlineDraft.update({ location: undefined })}>
              清除位置
            </GovButton>
          ) : null}
        </div>
        {locationError ? <p className="gov-field__error">{locationError}</p> : null}
      </div>
      {(draft.category?.attributes ?? [])
        .slice()
        .sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
        .map((attr) => (
          <AttributeField
            key={attr.code}
            attribute={attr}
            value={draft.attributes[attr.code]}
            onChange={(v) => setAttribute(attr.code, v)}
            error={errors[`attributes.${attr.code}`] || undefined}
          />
        ))}
      <GovPhotoPicker
        id="hotline-photoIds"
        label="现场照片（选填）"
        hint={
          waiting > 0
            ? `${waiting} 张照片待上传：已保存在本机，联网后自动上传`
            : `最多 ${MAX_PHOTOS} 张，上传前自动压缩；照片中的位置信息会被去除`
        }
        photos={draft.photos}
        max={MAX_PHOTOS}
        busy={uploading}
        onPick={(files) => void addPhotos(files)}
        onRemove={(id) => {
          hotlineDraft.update({ photos: (hotlineDraft.get()?.photos ?? []).filter((p) => p.id !== id) })
          setErrors((e) => ({ ...e, photoIds: '' }))
        }}
        error={errors.photoIds || undefined}
      />
      {canBeAnonymous ? (
        <div className="hotline-anonymous">
          <GovCheckbox id="hotline-anonymous" checked={draft.anonymous} onChange={(v) => set('anonymous', v)}>
            匿名提交
          </GovCheckbox>
          <p className="gov-field__hint">
            匿名后，任何工作人员都看不到您的电话，答复只在“我的工单”中查看。
            {draft.type === '举报'
              ? '即使不匿名，举报人信息也对承办部门和被举报对象严格保密，只有 12345 热线可见。'
              : ''}
          </p>
        </div>
      ) : null}
      {accountPhone ? (
        <GovCheckbox
          id="hotline-useAccountPhone"
          checked={accountPhoneUsed}
          onChange={(v) => set('useAccountPhone', v, 'contactPhone')}
        >
          使用账号手机号 {accountPhone}
        </GovCheckbox>
      ) : null}
      {accountPhoneUsed ? null : (
        <GovField
          id="hotline-contactPhone"
          label="联系电话"
          hint="11 位手机号，用于办理部门联系您和短信通知"
          type="tel"
          inputMode="numeric"
          maxLength={11}
          autoComplete="tel"
          value={draft.contactPhone}
          onChange={(v) => set('contactPhone', v)}
          error={errors.contactPhone || undefined}
        />
      )}
      <GovCheckbox
        id="hotline-privacyConsent"
        checked={draft.privacyConsent}
        onChange={(v) => set('privacyConsent', v)}
        error={errors.privacyConsent || undefined}
      >
        我已阅读并同意《隐私政策》，同意将诉求内容和联系方式提供给承办部门用于办理
      </GovCheckbox>
      <p className="hotline-privacy-link">
        <GovButton variant="text" onClick={() => void Taro.navigateTo({ url: PRIVACY_PAGE })}>
          阅读《隐私政策》
        </GovButton>
      </p>
      <GovButton block onClick={next}>
        下一步
      </GovButton>
    </form>
  )
}
