import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { ConfigError, loadConfig } from '../../server/config'

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
  expect(problemsOf({ NODE_ENV: 'production', WECHAT_APPID: 'wx1', WECHAT_SECRET: 's' })).toEqual([
    expect.stringContaining('SMS_PROVIDER=http'),
  ])
})

test('production with real providers is accepted and has no demo account', () => {
  const config = loadConfig({
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

test('the server process prints the list and exits 1', () => {
  const root = path.resolve(__dirname, '../..')
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/server.ts'], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      SMS_PROVIDER: 'dev',
      PORT: '99999',
    } as unknown as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 30_000,
  })
  expect(result.status).toBe(1)
  expect(result.stderr).toContain('配置有误')
  expect(result.stderr).toContain('开发用短信通道')
  expect(result.stderr).toContain('WECHAT_APPID')
  expect(result.stderr).toContain('PORT')
})
