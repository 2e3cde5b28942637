import type { LocalPhoto } from './photo'
import type { PhotoKeeper } from './photo-keeper'

const DB_NAME = 'gov-hotline-photos'
const STORE = 'photos'
/** localStorage prefix of the data-URL copies (only where IndexedDB is missing). */
const LOCAL_PREFIX = 'gov.hotline-photo.v1.'

/** How every key this keeper makes starts; {@link PhotoKeeper.list} returns only keys with it. */
const KEY_PREFIX = 'photo-'

function newKey(): string {
  return `${KEY_PREFIX}${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}

function asPromise<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
}

let db: Promise<IDBDatabase> | undefined
function openDb(): Promise<IDBDatabase> {
  db ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1)
    request.onupgradeneeded = () => request.result.createObjectStore(STORE)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
  return db
}

async function withStore<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const tx = (await openDb()).transaction(STORE, mode)
  return asPromise(run(tx.objectStore(STORE)))
}

/** A kept blob, ready to upload (H5 uploads the blob itself, so no object URL is made that would need revoking). */
function fromBlob(blob: Blob): LocalPhoto {
  return { path: '', blob, preview: '', size: blob.size }
}

/** H5 with IndexedDB: the compressed JPEG blob, outside localStorage's ~5 MB budget. */
const indexedDbKeeper: PhotoKeeper = {
  previewsAreTemporary: false,
  async keep(photo) {
    if (!photo.blob) throw new Error('照片未能保存')
    const key = newKey()
    await withStore('readwrite', (s) => s.put(photo.blob, key))
    return { key }
  },
  async load(key) {
    const blob = await withStore<Blob | undefined>('readonly', (s) => s.get(key))
    return blob ? fromBlob(blob) : null
  },
  async remove(keys) {
    await Promise.all(keys.map((key) => withStore('readwrite', (s) => s.delete(key))))
  },
  async list() {
    const keys = await withStore('readonly', (s) => s.getAllKeys())
    return keys.filter((key): key is string => typeof key === 'string' && key.startsWith(KEY_PREFIX))
  },
}

function readDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error)
    reader.readAsDataURL(blob)
  })
}

function dataUrlToBlob(dataUrl: string): Blob {
  const [head, body = ''] = dataUrl.split(',', 2)
  const mime = /^data:([^;]+)/.exec(head)?.[1] ?? 'image/jpeg'
  const bytes = Uint8Array.from(atob(body), (c) => c.charCodeAt(0))
  return new Blob([bytes], { type: mime })
}

/**
 * H5 without IndexedDB: a data URL in localStorage (a compressed photo is ~0.1–0.4 MB, a third more as base64; three
 * fit the ~5 MB budget beside the draft). A full storage refuses the photo instead of losing the draft.
 */
export const dataUrlKeeper: PhotoKeeper = {
  previewsAreTemporary: false,
  async keep(photo) {
    if (!photo.blob) throw new Error('照片未能保存')
    const key = newKey()
    try {
      localStorage.setItem(LOCAL_PREFIX + key, await readDataUrl(photo.blob))
    } catch {
      throw new Error('浏览器存储空间不足，照片未能保存')
    }
    return { key }
  },
  async load(key) {
    const dataUrl = localStorage.getItem(LOCAL_PREFIX + key)
    return dataUrl ? fromBlob(dataUrlToBlob(dataUrl)) : null
  },
  async remove(keys) {
    for (const key of keys) localStorage.removeItem(LOCAL_PREFIX + key)
  },
  async list() {
    return Object.keys(localStorage)
      .filter((name) => name.startsWith(LOCAL_PREFIX + KEY_PREFIX))
      .map((name) => name.slice(LOCAL_PREFIX.length))
  },
}

/** H5: IndexedDB where the browser has it, else data URLs in localStorage. */
export const photoKeeper: PhotoKeeper = typeof indexedDB === 'undefined' ? dataUrlKeeper : indexedDbKeeper
