/**
 * The shared draft store (src/lib/drafts) any form uses, and the status badge every feature's states file drives:
 * a draft is saved on every change, read back by a fresh module instance (a reload on H5, an app restart on weapp),
 * keeps its sealed fields, ignores what is not a draft of its shape, and is forgotten only by clear() or logout.
 */
import { render, screen } from '@testing-library/react'
import { GovStatusBadge, statusBadge } from '../../src/components/gov-status-badge'
import type { forgetResidentData } from '../../src/lib/auth/forget-resident-data'
import { STORAGE_KEYS } from '../../src/lib/storage'
import { TICKET_STATUS_BADGES, type TicketStatus } from '../../types/hotline-states'

type DraftsModule = typeof import('../../src/lib/drafts/draft-store')

interface CommentDraft {
  version: 1
  key: string
  text: string
}

const KEY = STORAGE_KEYS.guideRatingDraft
/** Logout as the module copy of the last {@link reloadStore} sees it. */
let forgetInThisCopy: typeof forgetResidentData

/** A fresh copy of the store module, as after a reload (storage is kept). */
function reloadStore() {
  let drafts!: DraftsModule
  jest.isolateModules(() => {
    drafts = require('../../src/lib/drafts/draft-store')
    forgetInThisCopy = require('../../src/lib/auth/forget-resident-data').forgetResidentData
  })
  let made = 0
  return drafts.createDraftStore<CommentDraft, string>({
    key: KEY,
    isDraft: (v): v is CommentDraft => (v as CommentDraft | undefined)?.version === 1,
    create: (text = '') => ({ version: 1, key: `key-${++made}`, text }),
    seal: (base, merged) => ({ ...merged, key: base.key, version: 1 }),
  })
}

beforeEach(() => localStorage.clear())

describe('generic draft store', () => {
  test('every change is saved at once and a reload reads it back', () => {
    const store = reloadStore()
    expect(store.get()).toBeNull()
    store.ensure('瘦西湖')
    store.update({ text: '瘦西湖南门停车难，建议增加' })
    const after = reloadStore()
    expect(after.get()).toEqual({ version: 1, key: 'key-1', text: '瘦西湖南门停车难，建议增加' })
  })

  test('a patch cannot change a sealed field (the Idempotency-Key of the draft)', () => {
    const store = reloadStore()
    store.ensure()
    const next = store.update({ key: 'forged', text: 'x' } as Partial<CommentDraft>)
    expect(next.key).toBe('key-1')
    expect(reloadStore().get()?.key).toBe('key-1')
  })

  test('what is stored but not a draft of this shape reads as no draft', () => {
    localStorage.setItem(KEY, JSON.stringify({ version: 0, text: 'old' }))
    expect(reloadStore().get()).toBeNull()
    localStorage.setItem(KEY, '{not json')
    expect(reloadStore().get()).toBeNull()
  })

  test('listeners hear every change; clear() removes the stored draft', () => {
    const store = reloadStore()
    const heard = jest.fn()
    const stop = store.subscribe(heard)
    store.ensure()
    store.update({ text: 'a' })
    store.clear()
    expect(heard).toHaveBeenCalledTimes(3)
    expect(reloadStore().get()).toBeNull()
    stop()
    store.ensure()
    expect(heard).toHaveBeenCalledTimes(3)
  })

  test('logging out forgets the draft, in memory too', () => {
    const store = reloadStore()
    store.update({ text: '家里漏水' })
    expect(store.get()?.text).toBe('家里漏水')
    forgetInThisCopy()
    expect(store.get()).toBeNull()
    expect(localStorage.getItem(KEY)).toBeNull()
  })
})

describe('GovStatusBadge', () => {
  test('label and tone come from the feature states file; the server label wins', () => {
    const { container, rerender } = render(<GovStatusBadge {...statusBadge(TICKET_STATUS_BADGES, 'returned')} />)
    expect(screen.getByText('已退回').className).toBe('gov-status gov-status--warn')
    rerender(<GovStatusBadge {...statusBadge(TICKET_STATUS_BADGES, 'closed', '已办结（满意）')} />)
    expect(container.textContent).toBe('已办结（满意）')
    expect(container.querySelector('.gov-status--done')).not.toBeNull()
  })

  test('an unknown status from a newer server shows its code on a grey badge', () => {
    render(<GovStatusBadge {...statusBadge(TICKET_STATUS_BADGES, 'archived' as TicketStatus)} />)
    expect(screen.getByText('archived').className).toBe('gov-status gov-status--muted')
  })
})
