import {
  createDraftStore as createGenericDraftStore,
  type DraftStore as GenericDraftStore,
  useDraft,
} from '../../../lib/drafts/draft-store'
import { idempotencyKey } from '../../../lib/http/idempotency'
import { STORAGE_KEYS, type StorageKey } from '../../../lib/storage'
import type { CategoryAttribute, TicketType } from './contract'

/** The steps of the submit flow, in order; the draft remembers which one the resident is on. */
export const DRAFT_STEPS = ['type', 'emergency', 'category', 'form', 'similar', 'check'] as const
/** One of {@link DRAFT_STEPS}. */
export type DraftStep = (typeof DRAFT_STEPS)[number]

/** A picked photo: the server's upload id plus what the page needs to show it again after a reload. */
export interface DraftPhoto {
  id: string
  /** A small data-URL thumbnail (H5) or the saved copy's path (weapp; older drafts: a temp path). */
  preview: string
  bytes?: number
  /** Picked while offline (or its upload failed on the network): `id` is local until it is uploaded before submit. */
  pending?: boolean
  /** The copy kept on the device (see lib/platform/photo-keeper), deleted when the draft no longer needs it. */
  localKey?: string
}

/** The category as the draft keeps it (enough to render the form and the check page without refetching). */
export interface DraftCategory {
  serviceCode: string
  name: string
  group: string
  deadlineDays: number
  consultDays?: number
  /** The category needs 街道 and 详细地址 (e.g. 路灯损坏). */
  locationRequired?: boolean
  attributes: CategoryAttribute[]
}

/** Where the submit stands: `offline` waits for the network to come back and sends again with the same key. */
export type SubmitState = 'idle' | 'sending' | 'offline'

/** Everything the resident has entered, saved on every change and cleared only after the server confirms. */
export interface HotlineDraft {
  version: 1
  /** Made once when the draft is created; every attempt to submit this draft sends it. */
  idempotencyKey: string
  createdAt: string
  step: DraftStep
  type?: TicketType
  category?: DraftCategory
  title: string
  description: string
  /** `YYYY-MM-DDTHH:mm` in Beijing time, as the date/time inputs give it. */
  occurredAt: string
  districtCode: string
  townCode: string
  address: string
  location?: { lat: number; lng: number; name?: string }
  attributes: Record<string, string | number | string[]>
  photos: DraftPhoto[]
  anonymous: boolean
  contactPhone: string
  /**
   * The resident's choice of 使用账号手机号: unset means "not chosen yet", which is ticked when the account has a
   * phone (see {@link usesAccountPhone}); `false` once they untick it, so the typed number is sent instead.
   */
  useAccountPhone?: boolean
  privacyConsent: boolean
  /** weapp: subscribe-message templates the resident accepted at 提交 (sent with the ticket). */
  subscribeTemplateIds?: string[]
  submitState: SubmitState
  /** Times the submit was sent; shown nowhere, useful when a resident reports a problem. */
  attempts: number
}

/** What may prefill a new draft (`?type=咨询&q=…` from the catalogue's 问问 12345). */
export interface DraftPrefill {
  type?: TicketType
  text?: string
  contactPhone?: string
}

/**
 * Whether the ticket goes out with the account's phone: only when the account has one (SMS login; a WeChat login has
 * none) and the resident has not unticked 使用账号手机号. The client only ever knows the masked number (GET /api/me),
 * so the server fills it in.
 */
export function usesAccountPhone(
  draft: Pick<HotlineDraft, 'useAccountPhone'>,
  accountPhoneMasked: string | null | undefined,
): boolean {
  return !!accountPhoneMasked && draft.useAccountPhone !== false
}

/**
 * The 12345 draft's store: the generic draft store (`src/lib/drafts`) over {@link HotlineDraft}, made fresh from a
 * {@link DraftPrefill}. `clear()` only after the server has confirmed the ticket, or when the resident has confirmed
 * 放弃这份草稿 ({@link discardDraft}).
 */
export type DraftStore = GenericDraftStore<HotlineDraft, DraftPrefill>

const TYPES: readonly TicketType[] = ['咨询', '求助', '投诉', '举报', '建议']

/** A fresh draft; `?q=` text goes into the description (and the title when short enough). */
export function newDraft(prefill: DraftPrefill = {}, now = new Date()): HotlineDraft {
  const text = (prefill.text ?? '').trim().slice(0, 1000)
  const type = prefill.type && TYPES.includes(prefill.type) ? prefill.type : undefined
  return {
    version: 1,
    idempotencyKey: idempotencyKey(),
    createdAt: now.toISOString(),
    step: type ? 'emergency' : 'type',
    type,
    title: text.length >= 5 && text.length <= 40 ? text : text.slice(0, 40),
    description: text,
    occurredAt: '',
    districtCode: '',
    townCode: '',
    address: '',
    attributes: {},
    photos: [],
    anonymous: false,
    contactPhone: prefill.contactPhone ?? '',
    privacyConsent: false,
    submitState: 'idle',
    attempts: 0,
  }
}

/**
 * Whether a submit of this draft went out and its answer never came back (offline, timeout, app killed mid-request):
 * the server may already hold the ticket, so the draft must not change — the same Idempotency-Key with another body
 * is refused. Only a retry, or discarding the draft, is offered.
 */
export function outcomeUnknown(draft: Pick<HotlineDraft, 'submitState'>): boolean {
  return draft.submitState === 'offline' || draft.submitState === 'sending'
}

/** Whether the resident has entered anything beyond choosing the type (what discarding the draft would lose). */
export function hasTypedContent(draft: HotlineDraft): boolean {
  return (
    !!draft.category ||
    [draft.title, draft.description, draft.occurredAt, draft.districtCode, draft.address, draft.contactPhone].some(
      (v) => v.trim() !== '',
    ) ||
    draft.photos.length > 0 ||
    !!draft.location ||
    Object.keys(draft.attributes).length > 0 ||
    outcomeUnknown(draft)
  )
}

/**
 * Opens the draft for the page's prefill (`?type=咨询&q=…`) without losing anything typed:
 * - no draft, or one with nothing typed yet: a draft from the prefill;
 * - a prefill without text, or one whose text the draft already holds: the saved draft;
 * - otherwise `'ask'`: the page asks 继续上次的诉求 or 新建咨询并带入 the text, and leaves the draft as it is.
 */
export function openDraft(store: DraftStore, prefill: DraftPrefill = {}): HotlineDraft | 'ask' {
  const existing = store.get()
  if (existing && !hasTypedContent(existing) && (prefill.type || prefill.text?.trim())) store.clear()
  const saved = store.get()
  const text = prefill.text?.trim()
  if (!saved || !text || saved.description.includes(text)) return store.ensure(prefill)
  return 'ask'
}

function isDraft(value: unknown): value is HotlineDraft {
  const d = value as HotlineDraft | undefined
  return !!d && d.version === 1 && typeof d.idempotencyKey === 'string' && typeof d.step === 'string'
}

/**
 * Creates the store of the 12345 draft, persisted under `key` on every change, so a reload, an app kill or a crash
 * loses nothing; it is forgotten when the resident logs out or deletes the account.
 */
export function createDraftStore(key: StorageKey = STORAGE_KEYS.hotlineDraft): DraftStore {
  return createGenericDraftStore<HotlineDraft, DraftPrefill>({
    key,
    isDraft,
    create: (prefill) => newDraft(prefill),
    // The key is fixed for the life of the draft, whatever the patch says.
    seal: (base, merged) => ({ ...merged, idempotencyKey: base.idempotencyKey, version: 1 }),
  })
}

/** The app's one 12345 draft. */
export const hotlineDraft = createDraftStore()

/** React hook: the current draft (or `null`), re-rendering on every change. */
export function useHotlineDraft(store: DraftStore = hotlineDraft): HotlineDraft | null {
  return useDraft(store)
}
