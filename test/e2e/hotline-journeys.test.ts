import type { BrowserContext, Page } from 'playwright-core'
import { loginWithDevCode } from './helpers/account'
import { expectAccessible, newContext, type ViewportName, watchErrors, watchFailedAnswers } from './helpers/browser'
import { e2eSuite } from './helpers/suite'

/**
 * 12345 journeys on the built H5 and the real server: a resident submits a 投诉 with a photo and gets a 工单号,
 * finds it in 我的工单, staff reply, the resident reads the reply and rates it; the same journey survives a reload
 * mid-form and going offline at submit (ending with exactly one ticket); a photo picked offline is kept (IndexedDB) and
 * sent when the network returns; a mouse-only desktop user can submit;
 * bad input is shown next to its field and nothing typed is lost. axe runs on every page visited.
 */
// E2E_STATIC_DIR: a copy of dist/h5, so a build running in parallel cannot change the pages mid-journey.
const e2e = e2eSuite(process.env.E2E_STATIC_DIR ? { STATIC_DIR: process.env.E2E_STATIC_DIR } : {})

const REF = /YZ\d{8}-\d{6}/
const TITLE = '文昌中路工地夜间打桩噪音扰民'
const DESCRIPTION =
  '广陵区东关街道文昌中路 318 号旁的工地，连续一周每天夜里十一点以后还在打桩，噪音很大，老人孩子无法休息。'

/** A small real JPEG drawn by the browser itself (no image files in the repository). */
async function makeJpeg(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(() => {
    const canvas = document.createElement('canvas')
    canvas.width = 320
    canvas.height = 240
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D
    ctx.fillStyle = '#c0a080'
    ctx.fillRect(0, 0, 320, 240)
    ctx.fillStyle = '#333333'
    ctx.fillRect(40, 60, 120, 120)
    return canvas.toDataURL('image/jpeg', 0.9).split(',')[1]
  })
  return Buffer.from(base64, 'base64')
}

/** A camera-sized JPEG (3000×2000 with gradients), to measure what the client's compression keeps. */
async function makeCameraJpeg(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(() => {
    const canvas = document.createElement('canvas')
    canvas.width = 3000
    canvas.height = 2000
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D
    const sky = ctx.createLinearGradient(0, 0, 3000, 2000)
    sky.addColorStop(0, '#7fa8d0')
    sky.addColorStop(1, '#c0a080')
    ctx.fillStyle = sky
    ctx.fillRect(0, 0, 3000, 2000)
    for (let i = 0; i < 400; i++) {
      ctx.fillStyle = `hsl(${(i * 37) % 360} 40% ${30 + (i % 40)}%)`
      ctx.fillRect((i * 173) % 2900, (i * 97) % 1900, 40 + (i % 90), 30 + (i % 70))
    }
    return canvas.toDataURL('image/jpeg', 0.92).split(',')[1]
  })
  return Buffer.from(base64, 'base64')
}

/** Sizes of the photos the H5 client keeps in IndexedDB (call once the app has opened its database). */
function keptPhotoSizes(page: Page): Promise<number[]> {
  return page.evaluate(
    () =>
      new Promise<number[]>((resolve, reject) => {
        const open = indexedDB.open('gov-hotline-photos')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const all = open.result.transaction('photos').objectStore('photos').getAll()
          all.onsuccess = () => {
            resolve((all.result as Blob[]).map((b) => b.size))
            open.result.close()
          }
        }
      }),
  )
}

async function login(page: Page, phone: string): Promise<void> {
  await page.goto(`${e2e.server.url}/packages/account/pages/login/index`)
  await loginWithDevCode(page, phone)
  await page.waitForURL((url) => !url.pathname.includes('/login/'))
}

/** 12345 tab → 我要反映 → 投诉 → emergency screen → category search → the form. */
async function startToForm(page: Page): Promise<void> {
  await page.goto(`${e2e.server.url}/pages/hotline/index`)
  await page.getByRole('heading', { name: '12345 能帮您做什么' }).waitFor()
  await expectAccessible(page, '12345 tab')
  await page.getByRole('button', { name: '我要反映' }).click()
  await page.getByRole('heading', { name: '选择诉求类型' }).waitFor()
  await expectAccessible(page, 'type step')
  await page.getByRole('button', { name: /^投诉/ }).click()
  await page.getByRole('heading', { name: '紧急情况请先拨打电话' }).waitFor()
  for (const n of ['110', '119', '120', '122']) {
    await expect(page.getByRole('link', { name: new RegExp(n) }).getAttribute('href')).resolves.toBe(`tel:${n}`)
  }
  await expectAccessible(page, 'emergency step')
  await page.getByRole('button', { name: '不属于紧急情况，继续' }).click()
  await page.getByRole('heading', { name: '选择问题类别' }).waitFor()
  await page.getByLabel('搜索类别').fill('打桩')
  await page.getByRole('button', { name: /建筑施工噪音/ }).waitFor()
  await expectAccessible(page, 'category step')
  await page.getByRole('button', { name: /建筑施工噪音/ }).click()
  await page.getByRole('heading', { name: '填写诉求内容' }).waitFor()
}

async function fillTopOfForm(page: Page): Promise<void> {
  await page.getByLabel('标题').fill(TITLE)
  await page.getByLabel('具体描述').fill(DESCRIPTION)
  await page.getByLabel('所在区县').selectOption({ label: '广陵区' })
  await page.getByLabel('乡镇（街道）').selectOption({ label: '东关街道' })
  await page.getByLabel('详细地址').fill('文昌中路 318 号工地东门')
}

/**
 * The category's questions, an optional photo, the contact phone and consent. `phone` null keeps 使用账号手机号
 * (ticked by default for an SMS login: the server uses the account phone); a number unticks it and types that one.
 */
async function fillRestOfForm(page: Page, phone: string | null, withPhoto: boolean): Promise<void> {
  await page.getByLabel('夜间（22:00-6:00）').check()
  await page.getByLabel('打桩/破碎').check()
  if (withPhoto) {
    const jpeg = await makeJpeg(page)
    await page.locator('#hotline-photoIds').setInputFiles({ name: 'site.jpg', mimeType: 'image/jpeg', buffer: jpeg })
    await page.getByRole('button', { name: '删除照片 1' }).waitFor({ timeout: 20_000 })
  }
  const accountPhone = page.getByLabel(/^使用账号手机号/)
  if (phone === null) {
    await expect(accountPhone.isChecked()).resolves.toBe(true)
    await expect(page.getByLabel('联系电话').count()).resolves.toBe(0)
  } else {
    await accountPhone.uncheck()
    await page.getByLabel('联系电话').fill(phone)
  }
  await page.getByLabel(/我已阅读并同意《隐私政策》/).check()
}

/** 下一步 → (similar tickets: not the same) → check your answers. */
async function toCheck(page: Page): Promise<void> {
  await expectAccessible(page, 'form step')
  await page.getByRole('button', { name: '下一步' }).click()
  const check = page.getByRole('heading', { name: '核对您的信息' })
  const similar = page.getByRole('button', { name: '不是同一件事，继续提交' })
  await Promise.race([check.waitFor(), similar.waitFor()])
  if (await similar.isVisible()) {
    await expectAccessible(page, 'similar step')
    await similar.click()
  }
  await check.waitFor()
  await expect(page.getByText(TITLE).first().isVisible()).resolves.toBe(true)
  await expectAccessible(page, 'check step')
}

async function confirmationRef(page: Page): Promise<string> {
  await page.getByRole('heading', { name: '诉求已提交' }).waitFor({ timeout: 30_000 })
  const text = (await page.locator('.hotline-done__ref').textContent()) ?? ''
  expect(text).toMatch(REF)
  await page.getByText('接下来会怎样').waitFor()
  await expectAccessible(page, 'confirmation')
  return text.trim()
}

async function myTicketCount(page: Page): Promise<number> {
  await page.goto(`${e2e.server.url}/packages/hotline/pages/mine/index`)
  const total = page.getByText(/^共 \d+ 件$/)
  await total.waitFor()
  await expectAccessible(page, '我的工单')
  return Number(/\d+/.exec((await total.textContent()) ?? '')?.[0])
}

describe('12345 at phone size (375×812, touch)', () => {
  let context: BrowserContext
  afterEach(async () => {
    await context?.close()
  })

  test('submit with a photo → 工单号 → 我的工单 → staff reply → resident reads it and rates', async () => {
    context = await newContext(e2e.browser, 'phone')
    const page = await context.newPage()
    const errors = watchFailedAnswers(page, watchErrors(page))
    await login(page, '13800004401')
    await startToForm(page)
    await fillTopOfForm(page)
    await fillRestOfForm(page, null, true)
    await toCheck(page)
    await page.getByText('138****4401（账号手机号）').waitFor()
    await page.getByRole('button', { name: '确认提交' }).click()
    const ref = await confirmationRef(page)

    expect(await myTicketCount(page)).toBe(1)
    await page.getByRole('button', { name: new RegExp(TITLE) }).click()
    await page.getByRole('heading', { name: '工单详情' }).waitFor()
    // H5 keeps the previous page in the DOM (hidden), so look for the ref where the ticket page shows it.
    await page.locator('.hotline-ref', { hasText: ref }).waitFor()
    await page.getByRole('list', { name: '办理进度' }).waitFor()
    // The photo is personal data served only with the token: it is fetched and shown, not linked.
    const photo = page.getByRole('list', { name: '工单照片' }).getByRole('img', { name: '照片 1' })
    await photo.waitFor()
    expect(await photo.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth))).toBeGreaterThan(
      0,
    )
    await expectAccessible(page, 'ticket page')

    // Staff (admin sees every department) reply from the H5 staff pages.
    const staffContext = await newContext(e2e.browser, 'desktop')
    const staff = await staffContext.newPage()
    staff.on('dialog', (dialog) => void dialog.accept())
    await staff.goto(`${e2e.server.url}/packages/staff/pages/login/index`)
    await staff.getByLabel('用户名').fill('demo-admin')
    await staff.getByLabel('密码').fill('yz12345-demo')
    await staff.getByRole('button', { name: '登录' }).click()
    await staff.getByRole('button', { name: /12345 工单队列/ }).click()
    await staff
      .getByRole('button', { name: new RegExp(TITLE) })
      .first()
      .click()
    await staff.getByRole('heading', { name: '工单处理' }).waitFor()
    await expectAccessible(staff, 'staff ticket')
    await staff.getByLabel('操作').selectOption({ label: '答复' })
    await staff.getByLabel('答复内容').fill('经现场核查，该工地已被责令停止夜间打桩作业，城管部门将持续巡查。')
    await staff.getByRole('button', { name: '答复', exact: true }).click()
    await staff.getByText(/已答复，当前状态/).waitFor()
    await staffContext.close()

    await page.reload()
    await page.screenshot({ path: '.tmp/shots/hotline-ticket-replied.png', fullPage: true })
    await page.getByText('经现场核查，该工地已被责令停止夜间打桩作业').waitFor()
    await page.getByRole('heading', { name: '评价办理结果' }).waitFor()
    await expectAccessible(page, 'ticket with reply')
    await page.getByLabel('满意', { exact: true }).check()
    await page.getByLabel('评价内容（选填）').fill('处理及时，谢谢。')
    await page.getByRole('button', { name: '提交评价' }).click()
    await page.getByRole('heading', { name: '我的评价' }).waitFor()
    await page.getByText('满意：处理及时，谢谢。').waitFor()
    // Failed requests are listed by URL above (status, method, path); Chromium's console line for each is left out.
    expect(errors.filter((e) => !e.startsWith('console: Failed to load resource'))).toEqual([])
  })

  test('a reload mid-form keeps every field and the step; bad input shows next to its field', async () => {
    context = await newContext(e2e.browser, 'phone')
    const page = await context.newPage()
    await login(page, '13800004402')
    await startToForm(page)
    await fillTopOfForm(page)
    await page.getByLabel(/^使用账号手机号/).uncheck()
    await page.getByLabel('联系电话').fill('1380000')
    await page.getByLabel('具体描述').fill('太吵了')
    await page.getByRole('button', { name: '下一步' }).click()
    await expect(page.locator('#hotline-description-error').textContent()).resolves.toContain('至少写 10 个字')
    await expect(page.locator('#hotline-contactPhone-error').textContent()).resolves.toContain('11 位手机号')
    await expect(page.locator('#hotline-privacyConsent-error').textContent()).resolves.toContain('隐私政策')
    await expect(page.getByLabel('联系电话').getAttribute('aria-describedby')).resolves.toContain(
      'hotline-contactPhone-error',
    )
    await expect(page.getByLabel('标题').inputValue()).resolves.toBe(TITLE)
    await expect(page.getByLabel('联系电话').inputValue()).resolves.toBe('1380000')
    await expectAccessible(page, 'form with errors')

    await page.getByLabel('具体描述').fill(DESCRIPTION)
    await page.reload()
    await page.getByRole('heading', { name: '填写诉求内容' }).waitFor()
    await expect(page.getByLabel('标题').inputValue()).resolves.toBe(TITLE)
    await expect(page.getByLabel('具体描述').inputValue()).resolves.toBe(DESCRIPTION)
    await expect(page.getByLabel('所在区县').inputValue()).resolves.toBe('321002')
    await expect(page.getByLabel('乡镇（街道）').inputValue()).resolves.toBe('321002001')
    await expect(page.getByLabel('详细地址').inputValue()).resolves.toBe('文昌中路 318 号工地东门')
    await expect(page.getByLabel('联系电话').inputValue()).resolves.toBe('1380000')

    await fillRestOfForm(page, '13800004402', true)
    await page.reload()
    await page.getByRole('button', { name: '删除照片 1' }).waitFor()
    await expect(page.getByLabel('夜间（22:00-6:00）').isChecked()).resolves.toBe(true)
    await toCheck(page)
    await page.reload()
    await page.getByRole('heading', { name: '核对您的信息' }).waitFor()
    await page.getByRole('button', { name: '确认提交' }).click()
    await confirmationRef(page)
    expect(await myTicketCount(page)).toBe(1)
  })

  test('offline at submit: a clear saved state, then sent once when the network returns', async () => {
    context = await newContext(e2e.browser, 'phone')
    const page = await context.newPage()
    await login(page, '13800004403')
    await startToForm(page)
    await fillTopOfForm(page)
    await fillRestOfForm(page, '13800004403', false)
    await toCheck(page)
    await context.setOffline(true)
    await page.getByRole('button', { name: '确认提交' }).click()
    await page.getByText('网络不可用，已保存，恢复网络后自动提交').waitFor()
    await expectAccessible(page, 'offline state')
    await context.setOffline(false)
    await confirmationRef(page)
    expect(await myTicketCount(page)).toBe(1)
  })

  test('a photo picked offline is kept (IndexedDB) as 待上传, goes up when the network returns or the form reopens online; copies are deleted once uploaded', async () => {
    context = await newContext(e2e.browser, 'phone')
    const page = await context.newPage()
    await login(page, '13800004404')
    await startToForm(page)
    await fillTopOfForm(page)
    const camera = await makeCameraJpeg(page)
    await context.setOffline(true)
    await page.locator('#hotline-photoIds').setInputFiles({ name: 'site.jpg', mimeType: 'image/jpeg', buffer: camera })
    await page.getByText('1 张照片待上传：已保存在本机，联网后自动上传').waitFor({ timeout: 20_000 })
    const kept = await keptPhotoSizes(page)
    expect(kept).toHaveLength(1)
    // Compressed before it is kept (1600 px JPEG): 3000×2000 at 211 kB gave 81 kB.
    expect(kept[0]).toBeLessThan(camera.length / 2)
    await context.setOffline(false)
    await page.getByText('1 张照片待上传：已保存在本机，联网后自动上传').waitFor({ state: 'detached', timeout: 20_000 })
    await expect(page.getByText('待上传').count()).resolves.toBe(0)
    await expect(keptPhotoSizes(page)).resolves.toEqual([])
    // An upload that fails on the network, then a reload: the kept photo goes up when the form opens online.
    await page.route('**/api/uploads', (route) => route.abort('internetdisconnected'))
    await page.locator('#hotline-photoIds').setInputFiles({ name: 'site2.jpg', mimeType: 'image/jpeg', buffer: camera })
    await page.getByText('1 张照片待上传：已保存在本机，联网后自动上传').waitFor({ timeout: 20_000 })
    await page.unroute('**/api/uploads')
    await page.reload()
    await page.getByRole('button', { name: '删除照片 2' }).waitFor()
    await page.getByText(/张照片待上传/).waitFor({ state: 'detached', timeout: 20_000 })
    await expect(keptPhotoSizes(page)).resolves.toEqual([])
    await fillRestOfForm(page, '13800004404', false)
    await toCheck(page)
    await page.getByRole('button', { name: '确认提交' }).click()
    await confirmationRef(page)
  })
})

describe.each<ViewportName>(['desktop'])('12345 at %s size (1280×800, mouse only)', (viewport) => {
  test('a mouse-only user submits and gets a 工单号', async () => {
    const context = await newContext(e2e.browser, viewport)
    const page = await context.newPage()
    await login(page, '13900004404')
    await startToForm(page)
    await fillTopOfForm(page)
    await fillRestOfForm(page, '13900004404', false)
    await toCheck(page)
    await page.getByRole('button', { name: '确认提交' }).click()
    await confirmationRef(page)
    await context.close()
  })
})
