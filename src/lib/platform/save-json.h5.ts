import type { SaveJsonResult } from './save-json'

/** H5: downloads the JSON as a file through a temporary object URL. */
export async function saveJson(fileName: string, data: unknown): Promise<SaveJsonResult> {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json;charset=utf-8' })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
  return 'downloaded'
}
