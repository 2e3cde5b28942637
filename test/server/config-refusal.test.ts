import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ConfigError, loadConfig } from '../../server/config'
import { PRODUCTION_SECRETS } from './helpers/production-secrets'
import { runScript } from './helpers/run-script'

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env)
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError)
    expect((err as ConfigError).name).toBe('ConfigError')
    return (err as ConfigError).problems
  }
  throw new Error('expected ConfigError')
}

test('defaults give a working development config with the 开发用 providers', () => {
  const config = loadConfig({})
  expect(config).toMatchObject({ port: 3000, host: '0.0.0.0', databaseUrl: null, nodeEnv: 'development' })
  expect(config.sms.kind).toBe('dev')
  expect(config.wechat.kind).toBe('dev')
  expect(config.dataDir).toBe(path.resolve('./data'))
  expect(config.sessionTtlHours).toBe(720)
  expect(config.staffSessionTtlHours).toBe(12)
  expect(config.demoStaff).toEqual({ username: 'demo-admin', password: 'yz12345-demo' })
})

test('every problem is listed at once, not just the first', () => {
  const problems = problemsOf({
    PORT: 'eighty',
    DATABASE_URL: 'mysql://nope',
    SMS_PROVIDER: 'carrier-pigeon',
    LOG_LEVEL: 'loud',
    SESSION_TTL_HOURS: '-1',
    WECHAT_APPID: 'wx123',
  })
  expect(problems).toHaveLength(6)
  expect(problems.join('\n')).toMatch(/PORT.*整数/)
  expect(problems.join('\n')).toContain('DATABASE_URL')
  expect(problems.join('\n')).toContain('SMS_PROVIDER')
  expect(problems.join('\n')).toContain('LOG_LEVEL')
  expect(problems.join('\n')).toContain('SESSION_TTL_HOURS')
  expect(problems.join('\n')).toContain('WECHAT_SECRET')
})

test('production refuses the dev SMS provider and the dev WeChat login', () => {
  const problems = problemsOf({ NODE_ENV: 'production', SMS_PROVIDER: 'dev' })
  expect(problems.some((p) => p.includes('开发用短信通道'))).toBe(true)
  expect(problems.some((p) => p.includes('WECHAT_APPID'))).toBe(true)
  // Without SMS_PROVIDER at all production does not fall back to dev.
  expect(
    problemsOf({ NODE_ENV: 'production', WECHAT_APPID: 'wx1', WECHAT_SECRET: 's', ...PRODUCTION_SECRETS }),
  ).toEqual([expect.stringContaining('SMS_PROVIDER=http')])
})

test('production with real providers is accepted and has no demo account', () => {
  const config = loadConfig({
    ...PRODUCTION_SECRETS,
    NODE_ENV: 'production',
    WECHAT_APPID: 'wx1',
    WECHAT_SECRET: 's',
    SMS_PROVIDER: 'http',
    SMS_API_BASE: 'https://sms.example.cn/',
    SMS_API_KEY: 'k',
  })
  expect(config.sms).toMatchObject({ kind: 'http', apiBase: 'https://sms.example.cn' })
  expect(config.wechat).toMatchObject({ kind: 'http', apiBase: 'https://api.weixin.qq.com' })
  expect(config.demoStaff).toBeNull()
})

test('production without DATABASE_URL is refused, listed with the other problems, unless PGLITE_IN_PRODUCTION=1', () => {
  const real = {
    ...PRODUCTION_SECRETS,
    NODE_ENV: 'production',
    WECHAT_APPID: 'wx1',
    WECHAT_SECRET: 's',
    SMS_PROVIDER: 'http',
    SMS_API_BASE: 'https://sms.example.cn/',
    SMS_API_KEY: 'k',
  }
  const { PGLITE_IN_PRODUCTION: _allowed, ...withoutDatabase } = real as Record<string, string>
  expect(problemsOf({ ...withoutDatabase, LOG_LEVEL: 'loud' })).toEqual([
    expect.stringContaining('生产环境必须设置 DATABASE_URL'),
    expect.stringContaining('LOG_LEVEL'),
  ])
  expect(problemsOf({ ...withoutDatabase, PGLITE_IN_PRODUCTION: 'yes' })).toEqual(
    expect.arrayContaining([expect.stringContaining('PGLITE_IN_PRODUCTION 只能是 0 或 1')]),
  )
  const onPglite = loadConfig({ ...withoutDatabase, PGLITE_IN_PRODUCTION: '1' })
  expect(onPglite.databaseUrl).toBeNull()
  expect(onPglite.warnings).toEqual([expect.stringContaining('PGLITE_IN_PRODUCTION=1')])
  // with PostgreSQL, or outside production, nothing to say
  expect(loadConfig({ ...withoutDatabase, DATABASE_URL: 'postgres://u:p@db:5432/yz' }).warnings).toEqual([])
  expect(loadConfig({}).warnings).toEqual([])
})

test('CATALOGUE_ONLINE_URL_TEMPLATE is checked with the rest: https and {code}, listed with the other problems', () => {
  const wrong = (value: string) => problemsOf({ PORT: 'eighty', CATALOGUE_ONLINE_URL_TEMPLATE: value })
  for (const value of [
    'http://zwfw.yangzhou.gov.cn/item?code={code}',
    'https://zwfw.yangzhou.gov.cn/item',
    'item/{code}',
  ]) {
    expect(wrong(value)).toEqual([
      expect.stringContaining('PORT'),
      `CATALOGUE_ONLINE_URL_TEMPLATE 应为含 {code} 的 https 地址，现为 “${value}” / must be an https URL containing {code}`,
    ])
  }
  expect(() => loadConfig({ CATALOGUE_ONLINE_URL_TEMPLATE: 'https://zwfw.yangzhou.gov.cn/item/{code}' })).not.toThrow()
})

test('CATALOGUE_SCALE_ITEMS must be a whole number of items, is listed with the rest, and is refused in production', () => {
  for (const value of ['lots', '5k', '0', '-3', '2.5', '100001'])
    expect(problemsOf({ PORT: 'eighty', CATALOGUE_SCALE_ITEMS: value })).toEqual([
      expect.stringContaining('PORT'),
      `CATALOGUE_SCALE_ITEMS 应为 1–100000 之间的整数，现为 “${value}” / CATALOGUE_SCALE_ITEMS must be an integer in 1..100000`,
    ])
  for (const value of ['5200', '1', ' ']) expect(() => loadConfig({ CATALOGUE_SCALE_ITEMS: value })).not.toThrow()
  expect(
    problemsOf({
      ...PRODUCTION_SECRETS,
      NODE_ENV: 'production',
      WECHAT_APPID: 'wx1',
      WECHAT_SECRET: 's',
      SMS_PROVIDER: 'http',
      SMS_API_BASE: 'https://sms.example.cn/',
      SMS_API_KEY: 'k',
      CATALOGUE_SCALE_ITEMS: '5200',
    }),
  ).toEqual([expect.stringMatching(/^生产环境不能扩充事项目录.*CATALOGUE_SCALE_ITEMS is refused in production$/)])
})

test('the server process prints the list and exits 1', () => {
  const result = runScript('server/server.ts', [], {
    env: { NODE_ENV: 'production', SMS_PROVIDER: 'dev', PORT: '99999' },
  })
  expect(result.status).toBe(1)
  expect(result.stderr).toContain('配置有误')
  expect(result.stderr).toContain('开发用短信通道')
  expect(result.stderr).toContain('WECHAT_APPID')
  expect(result.stderr).toContain('PORT')
})

test('a bad CATALOGUE_ONLINE_URL_TEMPLATE stops the process before the database is opened, without a stack trace', () => {
  const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'yz-template-')), 'data')
  const result = runScript('server/server.ts', [], {
    env: { NODE_ENV: 'test', DATA_DIR: dataDir, CATALOGUE_ONLINE_URL_TEMPLATE: 'http://example.cn/item' },
  })
  expect(result.status).toBe(1)
  expect(result.stderr).toContain('配置有误')
  expect(result.stderr).toContain('CATALOGUE_ONLINE_URL_TEMPLATE 应为含 {code} 的 https 地址')
  expect(result.stderr).not.toMatch(/\n\s+at /)
  expect(fs.existsSync(dataDir)).toBe(false)
})

test('every variable the server reads is in .env.example and the README configuration table', () => {
  const root = path.resolve(__dirname, '../..')
  const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8')
  const names = new Set(
    [...read('server/config.ts').matchAll(/\b(?:str|int|url)\('([A-Z][A-Z0-9_]+)'/g)].map((m) => m[1]),
  )
  expect(names.size).toBeGreaterThan(25)
  const example = read('.env.example')
  const readme = read('README.md')
  for (const name of names) {
    expect([name, new RegExp(`^#? ?${name}=`, 'm').test(example)]).toEqual([name, true])
    expect([name, readme.includes(`\`${name}\``)]).toEqual([name, true])
  }
})

describe('.env in the working directory', () => {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'yz-dotenv-'))
  afterAll(() => fs.rmSync(cwd, { recursive: true, force: true }))
  const start = (script: string, args: string[] = []) =>
    runScript(script, args, { cwd, env: { NODE_ENV: 'test', LOG_LEVEL: 'info' } })

  test('is read by the server and the staff CLI; the real environment wins over the file', () => {
    fs.writeFileSync(
      path.join(cwd, '.env'),
      '# copied from .env.example\nPORT=eighty\nLOG_LEVEL=loud\nCATALOGUE_ONLINE_URL_TEMPLATE="http://example.cn/{code}"\n',
    )
    for (const result of [start('server/server.ts'), start('server/cli/staff.ts', ['list'])]) {
      expect(result.status).toBe(1)
      expect(result.stderr).toContain('配置有误')
      expect(result.stderr).toContain('PORT 应为')
      expect(result.stderr).toContain('CATALOGUE_ONLINE_URL_TEMPLATE')
      // LOG_LEVEL=info from the environment, not loud from the file.
      expect(result.stderr).not.toContain('LOG_LEVEL')
    }
  })
})

describe('WORKING_CALENDAR_FILE', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yz-calendar-'))
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))
  const file = (name: string, content: string) => {
    const p = path.join(dir, name)
    fs.writeFileSync(p, content)
    return p
  }
  const EXAMPLE = path.resolve(__dirname, '../../server/db/seed/data/working-calendar-2026.json')

  test('unset: weekends only, no file', () => {
    expect(loadConfig({}).workingCalendar).toMatchObject({ file: null, source: null, years: [] })
    expect(loadConfig({}).workingCalendar.holidays.size).toBe(0)
  })

  test('the 2026 example loads with its holidays and 调休 workdays', () => {
    const { workingCalendar } = loadConfig({ WORKING_CALENDAR_FILE: EXAMPLE })
    expect(workingCalendar.file).toBe(EXAMPLE)
    expect(workingCalendar.holidays.has('2026-10-01')).toBe(true)
    expect(workingCalendar.workdays.has('2026-10-10')).toBe(true)
  })

  test('a missing file, bad JSON, a bad date, a date in both lists, a weekday as 调休 workday: refused, each named', () => {
    expect(problemsOf({ WORKING_CALENDAR_FILE: path.join(dir, 'nope.json') })).toEqual([
      expect.stringMatching(/WORKING_CALENDAR_FILE 无法读取.*nope\.json.*ENOENT.*cannot be read/),
    ])
    expect(problemsOf({ WORKING_CALENDAR_FILE: file('broken.json', '{ "holidays": [') })).toEqual([
      expect.stringMatching(/WORKING_CALENDAR_FILE 不是有效的 JSON.*not valid JSON/),
    ])
    const problems = problemsOf({
      PORT: 'eighty',
      WORKING_CALENDAR_FILE: file(
        'wrong.json',
        JSON.stringify({
          source: '',
          holidays: ['2026-10-01', '2026-02-30', '2026/10/02', '2026-10-10'],
          workdays: ['2026-10-10', '2026-10-09'],
        }),
      ),
    })
    // Listed with the other config problems, all at once.
    expect(problems).toHaveLength(5)
    expect(problems[0]).toContain('PORT')
    expect(problems.slice(1)).toEqual([
      expect.stringContaining('缺少 source'),
      expect.stringMatching(/holidays 中有无效日期 "2026-02-30"、"2026\/10\/02".*invalid dates/),
      expect.stringMatching(/2026-10-10 同时列在 holidays 和 workdays.*in both/),
      expect.stringMatching(/2026-10-09 是周五.*is a weekday/),
    ])
    expect(problemsOf({ WORKING_CALENDAR_FILE: file('list.json', '["2026-10-01"]') })).toEqual([
      expect.stringContaining('must be an object with source, holidays and workdays'),
    ])
  })

  test('the server process refuses to start on a bad calendar and says why', () => {
    const result = runScript('server/server.ts', [], {
      env: {
        NODE_ENV: 'test',
        DATA_DIR: path.join(dir, 'data'),
        WORKING_CALENDAR_FILE: file(
          'both.json',
          JSON.stringify({ source: 'x', holidays: ['2026-10-10'], workdays: ['2026-10-10'] }),
        ),
      },
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('配置有误')
    expect(result.stderr).toContain('2026-10-10 同时列在 holidays 和 workdays')
  })
})
