import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildTestApp, type TestApp } from './helpers/test-app'

let t: TestApp
let staticDir: string
beforeAll(async () => {
  staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yz-static-'))
  fs.writeFileSync(
    path.join(staticDir, 'index.html'),
    '<!doctype html><html><head><script>window.__boot=1</script></head><body>扬州政务服务 H5</body></html>',
  )
  fs.mkdirSync(path.join(staticDir, 'js'))
  fs.writeFileSync(path.join(staticDir, 'js', 'app.3f9a.js'), 'console.log("app")')
  t = await buildTestApp({ env: { STATIC_DIR: staticDir } })
})
afterAll(async () => {
  await t.close()
  fs.rmSync(staticDir, { recursive: true, force: true })
})

const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' }

test('/ serves the H5 index.html, and assets are served as files', async () => {
  const index = await t.app.inject({ url: '/', headers: html })
  expect(index.statusCode).toBe(200)
  expect(index.headers['content-type']).toContain('text/html')
  expect(index.body).toContain('扬州政务服务 H5')
  const asset = await t.app.inject('/js/app.3f9a.js')
  expect(asset.statusCode).toBe(200)
  expect(asset.headers['content-type']).toContain('javascript')
})

test('a deep link a browser asks for falls back to index.html', async () => {
  const res = await t.app.inject({ url: '/pages/hotline/detail?id=12345', headers: html })
  expect(res.statusCode).toBe(200)
  expect(res.body).toContain('扬州政务服务 H5')
})

test('no fallback for the API, Open311, non-HTML requests or missing assets', async () => {
  expect((await t.app.inject({ url: '/api/nothing', headers: html })).json().code).toBe('NOT_FOUND')
  expect((await t.app.inject({ url: '/open311/v2/nothing.json', headers: html })).statusCode).toBe(404)
  const asset = await t.app.inject({ url: '/js/missing.js', headers: { accept: '*/*' } })
  expect(asset.statusCode).toBe(404)
  expect(asset.json().code).toBe('NOT_FOUND')
  const post = await t.app.inject({ method: 'POST', url: '/pages/x', headers: html, payload: {} })
  expect(post.statusCode).toBe(404)
})

test('without an H5 build, / explains in Chinese how to make one', async () => {
  const bare = await buildTestApp({ env: { STATIC_DIR: path.join(staticDir, 'does-not-exist') } })
  try {
    const res = await bare.app.inject({ url: '/', headers: html })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('text/html')
    expect(res.body).toContain('npm run build:h5')
  } finally {
    await bare.close()
  }
})
