/**
 * A kept photo copy is orphaned when the app dies between keeping it and saving the draft. Opening the 12345 form
 * deletes the copies the draft does not refer to — only this feature's own (data-URL keeper, as H5 uses it where
 * IndexedDB is missing — jsdom has none), never other keys in storage.
 */
import { act, render } from '@testing-library/react'
import { AxiosError } from 'axios'
import { useState } from 'react'
import { FormStep } from '../../src/features/hotline/components/form-step'
import { hotlineDraft, useHotlineDraft } from '../../src/features/hotline/model/draft-store'
import { addPhoto, sweepOrphanPhotos } from '../../src/features/hotline/model/pending-photos'
import type { FieldErrors } from '../../src/features/hotline/model/validation'
import type { LocalPhoto } from '../../src/lib/platform/photo'
import { type PhotoKeeper, photoKeeper } from '../../src/lib/platform/photo-keeper'
import { fakeApi } from './helpers/fake-api'

const KEPT_PREFIX = 'gov.hotline-photo.v1.'
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 0xff, 0xd9])

function photo(): LocalPhoto {
  const blob = new Blob([JPEG], { type: 'image/jpeg' })
  return { path: 'blob:photo', blob, preview: 'data:image/jpeg;base64,dGh1bWI=', size: blob.size }
}

const keptCopies = () =>
  Object.keys(localStorage)
    .filter((k) => k.startsWith(KEPT_PREFIX))
    .sort()

/** Offline: every upload fails on the network, so picked photos are kept as 待上传. */
function offlineServer() {
  return fakeApi((req) => {
    if (req.url === '/api/divisions')
      return { status: 200, body: { city: { code: '321000', name: '扬州市' }, counties: [] } }
    return new AxiosError('Network Error', AxiosError.ERR_NETWORK)
  })
}

function Form() {
  const draft = useHotlineDraft()
  const [errors, setErrors] = useState<FieldErrors>({})
  return draft ? <FormStep draft={draft} errors={errors} setErrors={setErrors} onNext={() => {}} /> : null
}

beforeEach(() => {
  hotlineDraft.clear()
  localStorage.clear()
})

test('opening the form deletes kept copies the draft does not refer to, and only those', async () => {
  offlineServer()
  hotlineDraft.ensure({ type: '投诉' })
  hotlineDraft.update({ step: 'form' })
  await addPhoto(hotlineDraft, photo())
  const [inDraft] = hotlineDraft.get()!.photos
  // The app died after keeping this one and before the draft was saved.
  const orphan = await photoKeeper.keep(photo())
  // Not this feature's copies: another feature's key, and one under the prefix that this keeper never makes.
  localStorage.setItem('gov.other-feature', 'x')
  localStorage.setItem(`${KEPT_PREFIX}settings`, 'y')
  expect(keptCopies()).toEqual(
    [KEPT_PREFIX + inDraft.localKey, KEPT_PREFIX + orphan.key, `${KEPT_PREFIX}settings`].sort(),
  )

  render(<Form />)
  await act(async () => {})

  expect(keptCopies()).toEqual([KEPT_PREFIX + inDraft.localKey, `${KEPT_PREFIX}settings`].sort())
  expect(localStorage.getItem('gov.other-feature')).toBe('x')
  expect(hotlineDraft.get()!.photos).toEqual([inDraft])
})

test('with no draft every kept copy is an orphan', async () => {
  await photoKeeper.keep(photo())
  await photoKeeper.keep(photo())
  await expect(sweepOrphanPhotos()).resolves.toBe(2)
  expect(keptCopies()).toEqual([])
})

test('a copy being kept while the sweep runs is left alone', async () => {
  hotlineDraft.ensure({ type: '投诉' })
  let finishKeep: () => void = () => {}
  let stored: () => void = () => {}
  const copyStored = new Promise<void>((resolve) => {
    stored = resolve
  })
  const slowKeeper: PhotoKeeper = {
    ...photoKeeper,
    keep: async (p) => {
      const kept = await photoKeeper.keep(p)
      stored()
      await new Promise<void>((resolve) => {
        finishKeep = resolve
      })
      return kept
    },
  }
  const adding = addPhoto(hotlineDraft, photo(), {
    keeper: slowKeeper,
    upload: () => Promise.reject(new AxiosError('Network Error', AxiosError.ERR_NETWORK)),
  })
  await copyStored
  // Stored, not yet in the draft.
  expect(keptCopies()).toHaveLength(1)
  await expect(sweepOrphanPhotos()).resolves.toBe(0)
  finishKeep()
  await expect(adding).resolves.toEqual({ pending: true })
  expect(keptCopies()).toEqual([KEPT_PREFIX + hotlineDraft.get()!.photos[0].localKey])
})
