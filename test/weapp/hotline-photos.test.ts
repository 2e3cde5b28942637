/**
 * 12345 photos on the compiled mini-program: a photo picked while the upload fails on the network is saved with
 * `saveFile` (WeChat temp files die with the app) and shown as 待上传 from the saved copy; after an app kill the draft
 * still shows it, and it goes up through wx.uploadFile when the form opens online or WeChat reports the network back.
 * Removing it deletes the saved file.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { api, DIVISIONS, hotlineDraft, KEYS, session, stored } from './harness/fixtures'
import { renderPage } from './harness/render-page'

const SUBMIT = 'packages/hotline/pages/submit/index'
const DRAFT_KEY = KEYS.hotlineDraft
const DRAFT = hotlineDraft({
  idempotencyKey: '0f1e2d3c-4b5a-4697-8877-665544332211',
  category: {
    serviceCode: 'URBAN_CONSTRUCTION_NOISE',
    name: '建筑施工噪音',
    group: '城市管理',
    deadlineDays: 5,
    attributes: [],
  },
  title: '文昌中路工地夜间打桩噪音扰民',
})

interface SavedPhoto {
  id: string
  preview: string
  pending?: boolean
  localKey?: string
}
const photosIn = (storage: Map<string, unknown>): SavedPhoto[] =>
  JSON.parse(String(storage.get(DRAFT_KEY))).photos as SavedPhoto[]

describe('12345 photos (weapp)', () => {
  it('a photo whose upload fails on the network is saved, survives an app kill and goes up when the form opens online', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yz-photos-'))
    const picked = join(dir, 'site.jpg')
    writeFileSync(picked, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6, 7, 8, 0xff, 0xd9]))
    const filesDir = join(dir, 'wx')
    let online = false
    const request = api({
      'GET /api/divisions': () => ({ statusCode: 200, data: DIVISIONS }),
      'POST /api/uploads': () => {
        if (!online) throw new Error('net::ERR_INTERNET_DISCONNECTED')
        return { statusCode: 201, data: { id: 'up-9', url: '/api/uploads/up-9', bytes: 14, mime: 'image/jpeg' } }
      },
    })
    const page = await renderPage(SUBMIT, {
      storage: stored({ [KEYS.session]: session(), [DRAFT_KEY]: DRAFT }),
      request,
      pickedPhotos: [picked],
      filesDir,
    })
    await page.waitForText('填写诉求内容')
    await page.tap('添加照片')
    await page.waitForText('1 张照片待上传')
    const saved = readdirSync(join(filesDir, 'saved'))
    expect(saved).toHaveLength(1)
    const savedPath = join(filesDir, 'saved', saved[0])
    expect(photosIn(page.storage)).toEqual([
      expect.objectContaining({ pending: true, localKey: savedPath, preview: savedPath }),
    ])
    expect(page.attribute(page.query('.gov-photos__img')!, 'src')).toBe(savedPath)
    const kept = Object.fromEntries(page.storage)
    page.unmount()

    // App killed: WeChat's temp files are gone, the saved copy is not. Opened again, online.
    rmSync(join(filesDir, 'tmp'), { recursive: true, force: true })
    online = true
    const again = await renderPage(SUBMIT, { storage: kept as Record<string, string>, request, filesDir })
    await again.waitFor(() => photosIn(again.storage)[0].id === 'up-9', { what: 'the kept photo uploaded' })
    const upload = again.requests.find((r) => r.path === '/api/uploads')
    expect(upload?.body).toMatchObject({ filePath: savedPath })
    expect(photosIn(again.storage)).toEqual([{ id: 'up-9', preview: savedPath, bytes: 14, localKey: savedPath }])
    await again.waitFor(() => !again.text().includes('待上传'), { what: '待上传 gone' })
    expect(again.attribute(again.query('.gov-photos__img')!, 'src')).toBe(savedPath)

    await again.tap('删除照片 1')
    await again.waitFor(() => !existsSync(savedPath), { what: 'the saved file deleted' })
    expect(photosIn(again.storage)).toEqual([])
    again.unmount()
  })

  it('a photo picked offline goes up as soon as WeChat reports the network back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yz-photos-'))
    const picked = join(dir, 'site.jpg')
    writeFileSync(picked, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 9, 9, 9, 0xff, 0xd9]))
    let online = false
    const page = await renderPage(SUBMIT, {
      storage: stored({ [KEYS.session]: session(), [DRAFT_KEY]: DRAFT }),
      request: api({
        'GET /api/divisions': () => ({ statusCode: 200, data: DIVISIONS }),
        'POST /api/uploads': () => {
          if (!online) throw new Error('net::ERR_INTERNET_DISCONNECTED')
          return { statusCode: 201, data: { id: 'up-10', url: '/api/uploads/up-10', bytes: 9, mime: 'image/jpeg' } }
        },
      }),
      pickedPhotos: [picked],
      filesDir: join(dir, 'wx'),
    })
    await page.waitForText('填写诉求内容')
    await page.tap('添加照片')
    await page.waitForText('1 张照片待上传')
    online = true
    page.networkBack()
    await page.waitFor(() => photosIn(page.storage)[0].id === 'up-10', { what: 'uploaded on network back' })
    await page.waitFor(() => !page.text().includes('待上传'), { what: '待上传 gone' })
    page.unmount()
  })
})
