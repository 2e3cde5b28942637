import { residentSession } from '../../../lib/auth/session'
import { type ApiError, toApiError } from '../../../lib/http/errors'
import { readStored, STORAGE_KEYS, writeStored } from '../../../lib/storage'
import { createTicket } from '../api/create-ticket'
import type { Ticket, TicketDraftBody } from './contract'
import { type DraftStore, type HotlineDraft, usesAccountPhone } from './draft-store'
import { pendingPhotos, uploadPendingPhotos } from './pending-photos'
import { anonymousAllowed } from './states'
import { type FieldErrors, serverFieldErrors } from './validation'

/** What became of one submit attempt. */
export type SubmitOutcome =
  | { kind: 'done'; ticket: Ticket }
  | { kind: 'offline' }
  | { kind: 'invalid'; message: string; fields: FieldErrors }
  | { kind: 'error'; message: string }
  /** The resident discarded the draft while this attempt was under way (its failure no longer matters). */
  | { kind: 'discarded' }

/** Answers as the server wants them: numbers as numbers, empty optional answers left out. */
function attributeValues(draft: HotlineDraft): Record<string, string | number | string[]> {
  const out: Record<string, string | number | string[]> = {}
  for (const attr of draft.category?.attributes ?? []) {
    const value = draft.attributes[attr.code]
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue
    if (attr.datatype === 'number') out[attr.code] = Number(value)
    else if (attr.datatype === 'datetime' && typeof value === 'string')
      out[attr.code] = new Date(`${value}:00+08:00`).toISOString()
    else out[attr.code] = value
  }
  return out
}

/**
 * The request body for a draft (Beijing time for 发生时间). With 使用账号手机号 the body asks the server for the
 * account's phone (`useAccountPhone`) instead of carrying a number.
 */
export function toTicketBody(draft: HotlineDraft, accountPhoneMasked: string | null = null): TicketDraftBody {
  const body: TicketDraftBody = {
    type: draft.type ?? '咨询',
    serviceCode: draft.category?.serviceCode ?? '',
    title: draft.title.trim(),
    description: draft.description.trim(),
    districtCode: draft.districtCode,
    photoIds: draft.photos.map((p) => p.id),
    anonymous: anonymousAllowed(draft.type) ? draft.anonymous : false,
    privacyConsent: true,
    attributes: attributeValues(draft),
  }
  if (usesAccountPhone(draft, accountPhoneMasked)) body.useAccountPhone = true
  else body.contactPhone = draft.contactPhone.trim()
  if (draft.occurredAt) body.occurredAt = new Date(`${draft.occurredAt}:00+08:00`).toISOString()
  if (draft.townCode) body.townCode = draft.townCode
  if (draft.address.trim()) body.address = draft.address.trim()
  if (draft.subscribeTemplateIds?.length) body.subscribeTemplateIds = draft.subscribeTemplateIds
  if (draft.location) body.location = { lat: draft.location.lat, lng: draft.location.lng }
  return body
}

/** The ticket just created, kept for the confirmation page (which also works from `?ref=` alone). */
export interface LastTicket {
  ref: string
  trackingToken?: string
  ticket: Ticket
}

/** The last confirmed ticket, if it is `ref`. */
export function readLastTicket(ref?: string): LastTicket | undefined {
  const last = readStored<LastTicket>(STORAGE_KEYS.hotlineLastTicket)
  return last && (!ref || last.ref === ref) ? last : undefined
}

let inFlight: Promise<SubmitOutcome> | null = null

/**
 * What the resident reads when the server refuses the draft's Idempotency-Key because an earlier attempt with the
 * same key carried other content (the draft was changed after a submit whose answer was lost). The server's own
 * message speaks of keys.
 */
export const IDEMPOTENCY_MISMATCH_TEXT =
  '这份诉求之前已经发出过，发出后内容又被修改，不能按修改后的内容再次提交。请先到“我的工单”查看是否已生成工单；如还要反映新的内容，请放弃这份草稿后重新填写。'

/** The server's 409 for a reused Idempotency-Key with a different body. */
function isIdempotencyMismatch(error: ApiError): boolean {
  return error.code === 'IDEMPOTENCY_MISMATCH'
}

/**
 * Sends the draft with its own Idempotency-Key. The draft is cleared ONLY when the server has answered with the
 * ticket. A network failure or timeout (the answer may be lost) leaves it in `offline`, to be sent again with the
 * SAME key when the network returns — the server then answers with the first ticket, never a second.
 * A second call while one is running joins it.
 */
export function submitDraft(store: DraftStore, send: typeof createTicket = createTicket): Promise<SubmitOutcome> {
  if (inFlight) return inFlight
  const run = async (): Promise<SubmitOutcome> => {
    const draft = store.get()
    if (!draft) return { kind: 'error', message: '没有找到要提交的内容' }
    store.update({ submitState: 'sending', attempts: draft.attempts + 1 })
    const stillThisDraft = () => store.get()?.idempotencyKey === draft.idempotencyKey
    try {
      // Photos picked offline go up first: the ticket carries their server ids, never a local one.
      if (pendingPhotos(draft.photos).length > 0) {
        const waiting = await uploadPendingPhotos(store)
        if (!stillThisDraft()) return { kind: 'discarded' }
        if (waiting > 0) {
          store.update({ submitState: 'offline' })
          return { kind: 'offline' }
        }
      }
      const accountPhone = residentSession.get()?.user.phoneMasked ?? null
      const ticket = await send(toTicketBody(store.get() ?? draft, accountPhone), draft.idempotencyKey)
      writeStored<LastTicket>(STORAGE_KEYS.hotlineLastTicket, {
        ref: ticket.ref,
        trackingToken: ticket.trackingToken,
        ticket,
      })
      if (stillThisDraft()) store.clear()
      return { kind: 'done', ticket }
    } catch (reason) {
      // Discarded (放弃这份草稿) meanwhile: marking the fresh draft offline would lock and send it.
      if (!stillThisDraft()) return { kind: 'discarded' }
      const error = toApiError(reason)
      if (error.code === 'NETWORK' || error.code === 'TIMEOUT' || error.status === 502 || error.status === 504) {
        store.update({ submitState: 'offline' })
        return { kind: 'offline' }
      }
      store.update({ submitState: 'idle' })
      if (error.status === 400 || error.code === 'VALIDATION_FAILED') {
        return { kind: 'invalid', message: error.message, fields: serverFieldErrors(error.fields) }
      }
      if (isIdempotencyMismatch(error)) return { kind: 'error', message: IDEMPOTENCY_MISMATCH_TEXT }
      return { kind: 'error', message: error.message }
    }
  }
  inFlight = run().finally(() => {
    inFlight = null
  })
  return inFlight
}
