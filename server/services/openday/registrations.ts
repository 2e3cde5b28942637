import type { Kysely } from 'kysely'
import type { Registration, RegistrationDraft } from '../../../types/openday'
import { idNumberProblem, maskIdNumber, normaliseIdNumber } from '../../../types/openday-identity'
import { holdsSeats, OPENDAY_PRIVACY_VERSION } from '../../../types/openday-states'
import type { Database } from '../../db/schema'
import { ConflictError, NotFoundError, ValidationError } from '../../errors'
import type { personalDataVault } from '../../platform/crypto'
import { idempotent } from '../../platform/idempotency'
import {
  type AttendeeInsert,
  type EventRow,
  opendayRepository,
  type RegistrationRow,
  type SessionRow,
} from '../../repositories/openday'
import type { UserRow } from '../../repositories/users'
import { newEntryCode, newEntryNonce, newRegistrationRef } from './codes'
import { AlreadyRegisteredError, CancelDeadlineError, RegistrationClosedError, SessionFullError } from './errors'
import { cancelDeadline, seatsLeft, shanghaiLabel, toRegistration } from './present'
import { type Promotion, promoteWaitlist } from './promotion'
import { DEFAULT_WAITLIST_POLICY, type WaitlistPolicy } from './waitlist'

const REGISTER_ROUTE = 'POST /api/openday/events/:id/registrations'

/** What the open-day registration service needs. */
export interface RegistrationDeps {
  db: Kysely<Database>
  /** Identity numbers: sealed with DATA_KEYS, hashed with HMAC_KEYS (server/platform/crypto.ts). */
  vault: Pick<ReturnType<typeof personalDataVault>, 'seal' | 'hash'>
  policy?: WaitlistPolicy
  now?: () => Date
  /** Told after commit about parties promoted from the waitlist (notifications, expiry jobs). */
  onPromoted?: (promotions: Promotion[]) => Promise<void>
}

/** One person of the party, checked and sealed. */
interface Person {
  position: number
  field: string
  name: string
  idType: AttendeeInsert['id_type']
  number: string
  hash: string
}

/** The registration side of 政府开放日: register (or join the waitlist), cancel, accept an offer, 我的报名. */
export function opendayRegistrations(deps: RegistrationDeps) {
  const { db, vault } = deps
  const policy = deps.policy ?? DEFAULT_WAITLIST_POLICY
  const now = deps.now ?? (() => new Date())
  const notify = async (promotions: Promotion[]) => {
    if (promotions.length > 0 && deps.onPromoted) await deps.onPromoted(promotions)
  }

  /** The event and session a draft points at, checked to be open for registration now. Writes nothing. */
  async function openSession(
    eventId: string,
    sessionId: string,
    at: Date,
  ): Promise<{ event: EventRow; session: SessionRow }> {
    const repo = opendayRepository(db)
    const event = /^\d{1,18}$/.test(eventId) ? await repo.findEvent(eventId) : undefined
    if (!event || event.status === 'draft') throw new NotFoundError('没有找到这个开放日活动，可能已下线')
    const session = await repo.findSession(sessionId)
    if (!session || session.event_id !== event.id)
      throw new ValidationError('请选择本次活动的场次', { sessionId: '请选择本次活动的场次' })
    if (event.status === 'cancelled') throw new RegistrationClosedError('活动已取消，不能报名')
    if (event.status === 'finished' || session.starts_at <= at)
      throw new RegistrationClosedError('活动已结束，不能报名')
    if (at < event.registration_opens_at)
      throw new RegistrationClosedError(`报名尚未开始，将于 ${shanghaiLabel(event.registration_opens_at)} 开放`)
    if (at >= event.registration_closes_at)
      throw new RegistrationClosedError(`报名已于 ${shanghaiLabel(event.registration_closes_at)} 截止`)
    return { event, session }
  }

  /** Checks every field; throws one ValidationError naming each wrong field. Writes nothing. */
  function checkDraft(user: UserRow, draft: RegistrationDraft): { people: Person[]; phone: string } {
    const fields: Record<string, string> = {}
    if (draft.privacyConsent !== true) fields.privacyConsent = '请阅读并同意隐私说明'
    const phone = draft.useAccountPhone ? user.phone : (draft.phone ?? null)
    if (!phone) fields.phone = draft.useAccountPhone ? '您的账号没有绑定手机号，请填写手机号' : '请填写手机号'
    const people: Person[] = []
    const given = [
      { name: draft.name, idType: draft.idType, idNumber: draft.idNumber, field: '' },
      ...draft.companions.map((c, i) => ({ ...c, field: `companions.${i}.` })),
    ]
    const seen = new Map<string, string>()
    given.forEach((p, position) => {
      const name = p.name.trim()
      if (!name) fields[`${p.field}name`] = '请填写姓名'
      const number = normaliseIdNumber(p.idNumber)
      const problem = idNumberProblem(p.idType, number)
      if (problem) {
        fields[`${p.field}idNumber`] = problem
        return
      }
      const hash = vault.hash(number)
      const earlier = seen.get(hash)
      if (earlier !== undefined) {
        fields[`${p.field}idNumber`] =
          earlier === '' ? '同行人员的证件号码与报名人相同，请核对' : '与另一位同行人员的证件号码相同，请核对'
        return
      }
      seen.set(hash, p.field)
      people.push({ position, field: p.field, name, idType: p.idType, number, hash })
    })
    if (Object.keys(fields).length > 0) throw new ValidationError(Object.values(fields)[0]!, fields)
    return { people, phone: phone! }
  }

  /** 409 naming the people of the party who already hold a registration for the event. */
  function alreadyRegistered(people: Person[], taken: string[]): AlreadyRegisteredError {
    const fields: Record<string, string> = {}
    for (const p of people)
      if (taken.includes(p.hash))
        fields[`${p.field}idNumber`] =
          p.position === 0 ? '该证件号码已报名本次活动（可能是用另一个账号报名的）' : '这位同行人员已报名本次活动'
    return new AlreadyRegisteredError(
      people.some((p) => p.position === 0 && taken.includes(p.hash))
        ? '该证件号码已报名本次活动，每人只能报名一次'
        : '有同行人员已报名本次活动，每人只能占一个名额',
      fields,
    )
  }

  async function view(reg: RegistrationRow, at: Date, tx: Kysely<Database> = db): Promise<Registration> {
    const repo = opendayRepository(tx)
    const event = (await repo.findEvent(reg.event_id))!
    const session = (await repo.findSession(reg.session_id))!
    const attendees = await repo.attendeesOf([reg.id])
    const waitlistPosition = reg.status === 'waitlisted' ? await repo.waitlistPosition(reg) : null
    return toRegistration({ reg, event, session, attendees, waitlistPosition, now: at })
  }

  return {
    /**
     * Registers a party, once per Idempotency-Key. Everything that can be checked without writing is checked first
     * (fields, the window, one per person, and — 先到先得 — whether the session is visibly full, so a rush of late
     * comers is answered "已满" by a read). Then one transaction: claim the key, insert the registration (unique per
     * event and account), insert its people (unique per event and ID hash), and take the seats with one conditional
     * UPDATE — the last step, so the session row is locked only from there to COMMIT. No seats → roll back → 409
     * SESSION_FULL offering the waitlist; `joinWaitlist` waits in the queue instead.
     */
    async register(
      user: UserRow,
      eventId: string,
      draft: RegistrationDraft,
      key: string | undefined,
    ): Promise<{ registration: Registration; replayed: boolean }> {
      const at = now()
      const repo = opendayRepository(db)
      let checked: { event: EventRow; session: SessionRow; people: Person[]; phone: string } | null = null
      const result = await idempotent(
        db,
        { userId: user.id, route: REGISTER_ROUTE, key, body: { eventId, ...draft } },
        {
          validate: async () => {
            const { event, session } = await openSession(eventId, draft.sessionId, at)
            const { people, phone } = checkDraft(user, draft)
            const mine = await repo.findActiveByUser(event.id, user.id)
            if (mine) throw new AlreadyRegisteredError(`您已报名本次活动（报名编号 ${mine.ref}），可在“我的报名”查看`)
            const taken = await repo.activeIdHashes(
              event.id,
              people.map((p) => p.hash),
            )
            if (taken.length > 0) throw alreadyRegistered(people, taken)
            if (event.selection_mode === 'first_come' && !draft.joinWaitlist && seatsLeft(session) < people.length)
              throw new SessionFullError((await repo.waitlistCounts([session.id])).get(session.id) ?? 0)
            checked = { event, session, people, phone }
          },
          create: async (tx) => {
            const { event, session, people, phone } = checked!
            const t = opendayRepository(tx)
            const draw = event.selection_mode === 'draw'
            const reg = await t.insertRegistration({
              ref: newRegistrationRef(),
              event_id: event.id,
              session_id: session.id,
              user_id: user.id,
              status: draw ? 'applied' : 'confirmed',
              party_size: people.length,
              phone,
              category: draft.category,
              consent_version: OPENDAY_PRIVACY_VERSION,
            })
            // Another request of this account committed a registration for the event first.
            if (reg === null) throw new AlreadyRegisteredError('您已报名本次活动，可在“我的报名”查看')
            const attendees = await t.insertAttendees(
              reg.id,
              people.map((p) => {
                const sealed = vault.seal(p.number)
                return {
                  event_id: event.id,
                  position: p.position,
                  name: p.name,
                  id_type: p.idType,
                  id_cipher: sealed.cipher,
                  id_key_id: sealed.keyId,
                  id_hash: p.hash,
                  id_masked: maskIdNumber(p.number),
                  entry_code: newEntryCode(),
                  entry_nonce: newEntryNonce(),
                }
              }),
            )
            if (attendees.length < people.length) {
              // A person of the party was registered meanwhile (another account, or as a companion).
              const inserted = attendees.map((a) => a.position)
              throw alreadyRegistered(
                people,
                people.filter((p) => !inserted.includes(p.position)).map((p) => p.hash),
              )
            }
            const answer = (r: RegistrationRow, waitlistPosition: number | null) =>
              toRegistration({ reg: r, event, session, attendees, waitlistPosition, now: at })
            if (draw) return answer(reg, null)
            if (!draft.joinWaitlist) {
              // The seat guard, last so the session row is locked only from here to COMMIT.
              if ((await t.takeSeats(session.id, people.length)) === null)
                throw new SessionFullError((await t.waitlistCounts([session.id])).get(session.id) ?? 0)
              return answer(reg, null)
            }
            // Waitlist joins lock the session row first: a seat freed by a cancel committing right now is then
            // either taken here, or given by that cancel's promotion to the queue this party is in.
            await t.lockSession(session.id)
            if ((await t.takeSeats(session.id, people.length)) !== null) return answer(reg, null)
            await t.setStatus(reg.id, 'waitlisted', { waitlisted_at: at })
            const waiting = { ...reg, status: 'waitlisted' as const, waitlisted_at: at }
            return answer(waiting, await t.waitlistPosition(waiting))
          },
        },
      )
      return { registration: result.body, replayed: result.replayed }
    },

    /**
     * Cancels the resident's registration. Seat holders may cancel until the deadline (session start minus the
     * event's hours), the waiting until the start. Seats go back and the waitlist is promoted in the same
     * transaction, so a freed seat is never lost between two steps.
     */
    async cancel(user: UserRow, ref: string): Promise<Registration> {
      const at = now()
      const { registration, promoted } = await db.transaction().execute(async (tx) => {
        const repo = opendayRepository(tx)
        const reg = await repo.lockOwnRegistration(ref, user.id)
        if (!reg) throw new NotFoundError('没有找到这条报名记录')
        if (!['applied', 'confirmed', 'waitlisted', 'offered'].includes(reg.status))
          throw new ConflictError(`这条报名当前为“${(await view(reg, at, tx)).statusLabel}”，不能取消`)
        const event = (await repo.findEvent(reg.event_id))!
        const session = (await repo.findSession(reg.session_id))!
        const seated = holdsSeats(reg.status)
        if (seated && at >= cancelDeadline(event, session))
          throw new CancelDeadlineError(shanghaiLabel(cancelDeadline(event, session)), event.contact_phone)
        if (!seated && at >= session.starts_at) throw new ConflictError('活动已开始，不能再取消')
        await repo.setStatus(reg.id, 'cancelled', { cancelled_at: at, offer_expires_at: null })
        await repo.deactivateAttendees(reg.id)
        let promoted: Promotion[] = []
        if (seated) {
          await repo.releaseSeats(reg.session_id, reg.party_size)
          promoted = await promoteWaitlist(tx, reg.session_id, at, policy)
        }
        return { registration: await view({ ...reg, status: 'cancelled', cancelled_at: at }, at, tx), promoted }
      })
      await notify(promoted)
      return registration
    },

    /** Accepts a waitlist offer within its confirm window (offered → confirmed; the seats were already held). */
    async accept(user: UserRow, ref: string): Promise<Registration> {
      const at = now()
      return db.transaction().execute(async (tx) => {
        const repo = opendayRepository(tx)
        const reg = await repo.lockOwnRegistration(ref, user.id)
        if (!reg) throw new NotFoundError('没有找到这条报名记录')
        if (reg.status === 'confirmed') return view(reg, at, tx)
        if (reg.status !== 'offered' || !reg.offer_expires_at || reg.offer_expires_at <= at)
          throw new ConflictError('这个候补名额的确认时间已过，名额已顺延给下一位')
        await repo.setStatus(reg.id, 'confirmed', { offer_expires_at: null })
        return view({ ...reg, status: 'confirmed', offer_expires_at: null }, at, tx)
      })
    },

    /** 我的报名: every registration of the resident, newest first. */
    async listMine(user: UserRow): Promise<Registration[]> {
      const at = now()
      const rows = await opendayRepository(db).listByUser(user.id)
      return Promise.all(rows.map((r) => view(r, at)))
    },

    /** One registration of the resident (another resident's is 404). */
    async getMine(user: UserRow, ref: string): Promise<Registration> {
      const reg = await opendayRepository(db).findByRef(ref)
      if (!reg || reg.user_id !== user.id) throw new NotFoundError('没有找到这条报名记录')
      return view(reg, now())
    },
  }
}
