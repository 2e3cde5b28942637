/**
 * 12345 photos are never lost: a photo picked offline (or whose upload fails on the network) is kept on the device
 * (here the data-URL keeper, which H5 uses where IndexedDB is missing — jsdom has none) and marked 待上传; it survives a
 * reload, goes up when the network is back, and the submit uploads it first and sends the ticket with the server's id.
 * Kept copies are deleted when a photo is removed, uploaded, or the draft is cleared (confirmed or discarded).
 */
import { act, render, screen } from '@testing-library/react'
import { AxiosError } from 'axios'
import { CheckStep } from '../../src/features/hotline/components/check-step'
import { createDraftStore, hotlineDraft } from '../../src/features/hotline/model/draft-store'
import { addPhoto, uploadPendingPhotos } from '../../src/features/hotline/model/pending-photos'
import { submitDraft } from '../../src/features/hotline/model/submit-draft'
import type { LocalPhoto } from '../../src/lib/platform/photo'
import type { Ticket } from '../../types/hotline'
import { fakeApi, type SentRequest } from './helpers/fake-api'
import { draftOnCheckStep } from './helpers/hotline-draft'

const KEPT_PREFIX = 'gov.hotline-photo.v1.'
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6, 7, 8, 0xff, 0xd9])

/** A compressed photo as photo.h5's compressPhoto gives it. */
function photo(): LocalPhoto {
  const blob = new Blob([JPEG], { type: 'image/jpeg' })
  return { path: 'blob:photo', blob, preview: 'data:image/jpeg;base64,dGh1bWI=', size: blob.size }
}

function bytesOf(blob: Blob): Promise<number[]> {
  return new Promise((resolve) => {
    const reader = new FileReader()
    reader.onload = () => resolve([...new Uint8Array(reader.result as ArrayBuffer)])
    reader.readAsArrayBuffer(blob)
  })
}

const keptCopies = () => Object.keys(localStorage).filter((k) => k.startsWith(KEPT_PREFIX))
const offline = () => new AxiosError('Network Error', AxiosError.ERR_NETWORK)
const uploads = (sent: SentRequest[]) => sent.filter((r) => r.url === '/api/uploads')
const settle = () => act(async () => {})

/** The fake API: uploads fail while `net.up` is false; a ticket echoes its body. */
function server(net: { up: boolean }) {
  let n = 0
  return fakeApi((req) => {
    if (!net.up) return offline()
    if (req.url === '/api/uploads')
      return { status: 201, body: { id: `up-${++n}`, url: '/x', bytes: 14, mime: 'image/jpeg' } }
    if (req.url === '/api/hotline/tickets') return { status: 201, body: { ref: 'YZ20261127-000777' } as Ticket }
    return { status: 404, body: { code: 'NOT_FOUND', message: '' } }
  })
}

const completeDraft = () => draftOnCheckStep({ contactPhone: '13800000000' })

beforeEach(() => {
  hotlineDraft.clear()
  localStorage.clear()
})

test('a photo picked offline is kept as pending, survives a reload and goes up when the network is back', async () => {
  const net = { up: false }
  const { sent } = server(net)
  completeDraft()
  await expect(addPhoto(hotlineDraft, photo())).resolves.toEqual({ pending: true })
  const [kept] = hotlineDraft.get()!.photos
  expect(kept).toMatchObject({ pending: true, preview: photo().preview, bytes: JPEG.length })
  expect(keptCopies()).toEqual([KEPT_PREFIX + kept.localKey])

  // A reload reads the draft from storage: the pending photo and its copy are still there.
  const reloaded = createDraftStore()
  expect(reloaded.get()!.photos).toEqual([kept])

  // Still offline: nothing changes.
  await expect(uploadPendingPhotos(hotlineDraft)).resolves.toBe(1)
  net.up = true
  await expect(uploadPendingPhotos(hotlineDraft)).resolves.toBe(0)
  const up = uploads(sent).at(-1)!
  const file = (up.body as FormData).get('file') as Blob
  expect(await bytesOf(file)).toEqual([...JPEG])
  expect(hotlineDraft.get()!.photos).toEqual([{ id: 'up-1', preview: photo().preview, bytes: 14 }])
  await settle()
  expect(keptCopies()).toEqual([])
})

test('submit uploads pending photos first; offline it sends no ticket and waits; the ticket carries the server id', async () => {
  const net = { up: false }
  const { sent } = server(net)
  completeDraft()
  await addPhoto(hotlineDraft, photo())

  await expect(submitDraft(hotlineDraft)).resolves.toEqual({ kind: 'offline' })
  expect(sent.filter((r) => r.url === '/api/hotline/tickets')).toHaveLength(0)
  expect(hotlineDraft.get()!.submitState).toBe('offline')

  net.up = true
  const outcome = await submitDraft(hotlineDraft)
  expect(outcome.kind).toBe('done')
  const ticket = sent.filter((r) => r.url === '/api/hotline/tickets')
  expect(ticket).toHaveLength(1)
  expect((ticket[0].body as { photoIds: string[] }).photoIds).toEqual(['up-1'])
  expect(hotlineDraft.get()).toBeNull()
  await settle()
  expect(keptCopies()).toEqual([])
})

test('removing a pending photo or discarding the draft deletes the kept copies', async () => {
  server({ up: false })
  completeDraft()
  await addPhoto(hotlineDraft, photo())
  await addPhoto(hotlineDraft, photo())
  expect(keptCopies()).toHaveLength(2)
  const [first] = hotlineDraft.get()!.photos
  hotlineDraft.update({ photos: hotlineDraft.get()!.photos.filter((p) => p.id !== first.id) })
  await settle()
  expect(keptCopies()).toEqual([KEPT_PREFIX + hotlineDraft.get()!.photos[0].localKey])
  hotlineDraft.clear()
  await settle()
  expect(keptCopies()).toEqual([])
})

test('an upload refused for another reason than the network is an error, and nothing is kept', async () => {
  fakeApi(() => ({
    status: 400,
    body: { code: 'VALIDATION_FAILED', message: '不是图片', fields: { file: '不是图片' } },
  }))
  completeDraft()
  await expect(addPhoto(hotlineDraft, photo())).rejects.toBeTruthy()
  expect(hotlineDraft.get()!.photos).toEqual([])
  expect(keptCopies()).toEqual([])
})

test('the check step marks a pending photo 待上传', async () => {
  server({ up: false })
  completeDraft()
  await addPhoto(hotlineDraft, photo())
  render(<CheckStep draft={hotlineDraft.get()!} divisions={undefined} onEdit={() => {}} submitting={false} />)
  expect(screen.getByText('1 张（1 张待上传，联网后自动上传）')).toBeTruthy()
  expect(screen.getByRole('list', { name: '现场照片' }).textContent).toContain('待上传')
})
