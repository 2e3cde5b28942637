import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readCatalogueFiles } from '../../server/db/seed/catalogue/read-files'
import { hasMarkup, SeedDataError } from '../../server/db/seed/data-file'
import { readHotlineCategories } from '../../server/db/seed/hotline/types'
import { ROOT, runScript } from './helpers/run-script'

/**
 * The seed is data (issue #8 item 5): a clerk who breaks a data file — a department that does not exist, markup in a
 * guide, a field left out — gets a start that stops and says which file, which record and which field, instead of a
 * guide published with the markup stripped or tickets routed to nobody.
 */

const DATA = path.join(ROOT, 'server/db/seed/data')
const SERVICES = 'catalogue/services-people-household-id.json'

// biome-ignore lint/suspicious/noExplicitAny: a parsed data file, edited freely to break it
type Json = Record<string, any>

/** A copy of the server and types folders (node_modules linked) whose data file `file` is edited by `edit`. */
function brokenTree(file: string, edit: (data: Json) => void): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'yz-seed-broken-'))
  fs.cpSync(path.join(ROOT, 'server'), path.join(root, 'server'), { recursive: true })
  fs.cpSync(path.join(ROOT, 'types'), path.join(root, 'types'), { recursive: true })
  fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(root, 'package.json'))
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'))
  const target = path.join(root, 'server/db/seed/data', file)
  const data = JSON.parse(fs.readFileSync(target, 'utf8')) as Json
  edit(data)
  fs.writeFileSync(target, JSON.stringify(data, null, 2))
  return root
}

/** Starts server.ts of a broken tree on a fresh data dir and returns its exit code and what it printed. */
function start(root: string): { status: number | null; output: string } {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yz-seed-data-'))
  try {
    const run = runScript(path.relative(ROOT, path.join(root, 'server/server.ts')), [], {
      cwd: root,
      env: { NODE_ENV: 'development', PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
      timeout: 90_000,
    })
    return { status: run.status, output: `${run.stdout}${run.stderr}` }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

const cases: { name: string; file: string; edit: (d: Json) => void; record: RegExp; field: RegExp; says: RegExp }[] = [
  {
    name: 'an unknown department',
    file: SERVICES,
    edit: (d) => {
      d.services[0].implementations[0].department = '扬州市公安局瘦西湖分局'
    },
    record: /services\[0\]（100100000001 出生登记（新生儿落户））/,
    field: /字段 implementations\[0\]\.department/,
    says: /未知部门：扬州市公安局瘦西湖分局/,
  },
  {
    name: 'markup in a guide',
    file: SERVICES,
    edit: (d) => {
      d.services[1].guide.faq[0].a = '请携带<b>身份证</b>原件<script>alert(1)</script>'
    },
    record: /services\[1\]（\d{12} /,
    field: /字段 guide\.faq\[0\]\.a/,
    says: /HTML 标记/,
  },
  {
    name: 'a missing field',
    file: SERVICES,
    edit: (d) => {
      delete d.services[2].guide.consultPhone
    },
    record: /services\[2\]（\d{12} /,
    field: /字段 guide\.consultPhone/,
    says: /缺少必填字段/,
  },
  {
    name: 'a 12345 category routed to an unknown department',
    file: 'hotline-categories.json',
    edit: (d) => {
      d.categories[0].department = '扬州市城市管理局（旧）'
    },
    record: /categories\[0\]（URBAN_STREET_VENDING 占道经营）/,
    field: /字段 department/,
    says: /未知部门/,
  },
]

describe('a broken seed data file stops the start, naming file, record and field', () => {
  const roots: string[] = []
  afterAll(() => {
    for (const r of roots) fs.rmSync(r, { recursive: true, force: true })
  })

  test.each(cases)(
    '$name',
    ({ file, edit, record, field, says }) => {
      const root = brokenTree(file, edit)
      roots.push(root)
      const { status, output } = start(root)
      expect(status).toBe(1)
      expect(output).toContain(`种子数据文件 server/db/seed/data/${file}`)
      expect(output).toMatch(record)
      expect(output).toMatch(field)
      expect(output).toMatch(says)
      // the refusal is the message, not a stack trace
      expect(output).not.toMatch(/\n\s+at /)
    },
    120_000,
  )
})

test('the checked-in data files pass, and the same checks refuse the broken copies in-process', () => {
  expect(() => readCatalogueFiles()).not.toThrow()
  expect(() => readHotlineCategories()).not.toThrow()
  const root = brokenTree(SERVICES, (d) => {
    d.services[0].guide.materials[0].required = '委托他人办理的<img src=x onerror=alert(1)>'
  })
  try {
    expect(() => readCatalogueFiles(path.join(root, 'server/db/seed/data/catalogue'))).toThrow(SeedDataError)
    expect(() => readCatalogueFiles(path.join(root, 'server/db/seed/data/catalogue'))).toThrow(
      /services\[0\].*字段 guide\.materials\[0\]\.required.*HTML 标记/,
    )
  } finally {
    fs.rmSync(root, { recursive: true, force: true })
  }
})

test('what counts as markup: tags, entities and script URLs; Chinese punctuation and comparisons do not', () => {
  for (const bad of ['<b>', '</p>', '<!-- x -->', '&nbsp;', '&#60;', 'javascript:alert(1)', '<img src=x>'])
    expect(hasMarkup(bad)).toBe(true)
  for (const ok of ['《婚姻登记条例》第五条', '面积 < 90 平方米', 'A&B 公司', '3 > 2', '7×24 小时'])
    expect(hasMarkup(ok)).toBe(false)
  expect(fs.existsSync(path.join(DATA, SERVICES))).toBe(true)
})
