import type { DivisionTree } from '../../../../types/reference'
import { GovButton } from '../../../components/gov-button'
import { GovSummaryList, type GovSummaryRow } from '../../../components/gov-summary-list'
import { useSession } from '../../../lib/auth/session'
import { maskPhone } from '../../../lib/format'
import { type DraftPhoto, type DraftStep, type HotlineDraft, usesAccountPhone } from '../model/draft-store'
import { pendingPhotos } from '../model/pending-photos'
import { anonymousAllowed } from '../model/states'

/** Props of {@link CheckStep}. */
export interface CheckStepProps {
  draft: HotlineDraft
  divisions?: DivisionTree
  /** 修改 goes back to the answer's step; left out while a sent draft's outcome is unknown (nothing may change). */
  onEdit?: (step: DraftStep) => void
  /** 确认提交; left out while a sent draft waits for the network (the page offers 立即重试 instead). */
  onSubmit?: () => void
  submitting: boolean
}

/** `2 张`, or `2 张（1 张待上传，联网后自动上传）` when some were picked offline. */
function photoSummary(photos: DraftPhoto[]): string {
  if (!photos.length) return ''
  const waiting = pendingPhotos(photos).length
  return waiting ? `${photos.length} 张（${waiting} 张待上传，联网后自动上传）` : `${photos.length} 张`
}

function attributeText(draft: HotlineDraft, code: string): string {
  const attr = draft.category?.attributes.find((a) => a.code === code)
  const value = draft.attributes[code]
  if (value === undefined || value === '') return ''
  const keys = Array.isArray(value) ? value : [String(value)]
  if (attr?.values?.length) return keys.map((k) => attr.values?.find((v) => v.key === k)?.name ?? k).join('、')
  return keys.join('、').replace('T', ' ')
}

/**
 * Step 6: GOV.UK "check your answers" — every answer with 修改 back to its step, then 提交. Read-only (no 修改) once
 * the draft has been sent and its answer is not known.
 */
export function CheckStep({ draft, divisions, onEdit, onSubmit, submitting }: CheckStepProps) {
  const county = divisions?.counties.find((c) => c.code === draft.districtCode)
  const town = county?.towns.find((t) => t.code === draft.townCode)
  const edit = (step: DraftStep) => (onEdit ? () => onEdit(step) : undefined)
  const accountPhone = useSession()?.user.phoneMasked ?? null
  const phone = usesAccountPhone(draft, accountPhone) ? `${accountPhone}（账号手机号）` : maskPhone(draft.contactPhone)
  const rows: GovSummaryRow[] = [
    { key: 'type', label: '诉求类型', value: draft.type ?? '', onChange: edit('type') },
    {
      key: 'category',
      label: '问题类别',
      value: draft.category ? `${draft.category.group} / ${draft.category.name}` : '',
      onChange: edit('category'),
    },
    { key: 'title', label: '标题', value: draft.title, onChange: edit('form') },
    { key: 'description', label: '具体描述', value: draft.description, onChange: edit('form') },
    { key: 'occurredAt', label: '发生时间', value: draft.occurredAt.replace('T', ' '), onChange: edit('form') },
    {
      key: 'where',
      label: '地点',
      value: [county?.name ?? draft.districtCode, town?.name, draft.address].filter(Boolean).join(' '),
      onChange: edit('form'),
    },
    {
      key: 'location',
      label: '地图位置',
      value: draft.location
        ? (draft.location.name ?? `${draft.location.lat.toFixed(5)}, ${draft.location.lng.toFixed(5)}`)
        : '',
      onChange: edit('form'),
    },
    ...(draft.category?.attributes ?? []).map((a) => ({
      key: `attr-${a.code}`,
      label: a.description,
      value: attributeText(draft, a.code),
      onChange: edit('form'),
    })),
    {
      key: 'photos',
      label: '现场照片',
      value: photoSummary(draft.photos),
      onChange: edit('form'),
    },
    ...(anonymousAllowed(draft.type)
      ? [
          {
            key: 'anonymous',
            label: '匿名提交',
            value: draft.anonymous ? '是' : '否',
            onChange: edit('form'),
          },
        ]
      : []),
    { key: 'phone', label: '联系电话', value: phone, onChange: edit('form') },
  ]
  return (
    <div className="hotline-check">
      <GovSummaryList rows={rows} />
      {draft.photos.length ? (
        <ul className="gov-photos__list" aria-label="现场照片">
          {draft.photos.map((p, i) => (
            <li className="gov-photos__item" key={p.id}>
              {p.preview ? <img className="gov-photos__img" src={p.preview} alt={`照片 ${i + 1}`} /> : null}
              {p.pending ? <span className="gov-photos__pending">待上传</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <h3 className="hotline-section-title">提交后</h3>
      <p className="hotline-lead">
        您将获得工单号。12345 热线会在 1 个工作日内受理并转交承办部门，
        {draft.type === '咨询'
          ? `咨询类一般在 ${draft.category?.consultDays ?? 3} 个工作日内答复`
          : `一般在 ${draft.category?.deadlineDays ?? 15} 个工作日内办结`}
        。
      </p>
      {onSubmit ? (
        <GovButton block loading={submitting} onClick={onSubmit}>
          确认提交
        </GovButton>
      ) : null}
    </div>
  )
}
