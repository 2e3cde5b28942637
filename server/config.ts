import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { readOnlineUrlTemplate } from './services/catalogue-online-url'
import {
  type LoadedWorkingCalendar,
  readWorkingCalendarFile,
  WEEKENDS_ONLY_CALENDAR,
} from './services/working-calendar-file'

/** Runtime environments the server knows. */
export type NodeEnv = 'development' | 'production' | 'test'

/**
 * Secret keys with ids, for rotation: the first ({@link KeyRing.current}) is used for new data; every key in
 * {@link KeyRing.keys} still reads (decrypts, or matches a keyed hash) what older keys wrote.
 */
export interface KeyRing {
  current: { id: string; key: Buffer }
  keys: ReadonlyMap<string, Buffer>
  /** True when no keys were configured and the labelled development key is in use (never in production). */
  development: boolean
}

/** Validated server configuration, built once at start from the environment. */
export interface Config {
  port: number
  host: string
  /** PostgreSQL connection string; when absent the embedded PGlite in {@link Config.dataDir} is used. */
  databaseUrl: string | null
  /** Absolute path of the PGlite data directory. */
  dataDir: string
  /** PGLITE_IN_PRODUCTION=1: the operator means a single-machine production deployment on the embedded PGlite. */
  pgliteInProduction: boolean
  /** Said at every start (stderr and the log): settings that work but that an operator should know about. */
  warnings: string[]
  /** DATA_DIR as the operator wrote it, for messages. */
  dataDirLabel: string
  nodeEnv: NodeEnv
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'
  /** Resident session lifetime. */
  sessionTtlHours: number
  /** Staff session lifetime; shorter, because staff see other people's data. */
  staffSessionTtlHours: number
  wechat: { kind: 'http'; appId: string; secret: string; apiBase: string; timeoutMs: number } | { kind: 'dev' }
  sms: { kind: 'http'; apiBase: string; apiKey: string; timeoutMs: number } | { kind: 'dev' }
  staticDir: string
  trustProxy: boolean | number | string
  /** Requests per minute per client address across the API. */
  rateLimitMax: number
  /**
   * Where each route's own limits count (SMS per phone/address, submit, upload, …): `postgres` (all API processes
   * together; the default with DATABASE_URL) or `memory` (this process; the default on PGlite). The global per-address
   * limit is always in memory.
   */
  rateLimitStore: 'memory' | 'postgres'
  /** SMS codes per hour per client address (each phone also gets at most 5 an hour). */
  smsSendPerAddressPerHour: number
  /** The 开发用 demo staff account seeded outside production, or null. */
  demoStaff: { username: string; password: string } | null
  /** 12345 hotline (issue #4): where sanitised photos are stored (default DATA_DIR/uploads). */
  uploadDir: string
  /** Keys accepted as `api_key` by Open311 POST requests; empty → POST is refused. */
  open311ApiKeys: string[]
  /** WeChat subscribe message for ticket status changes; null → no WeChat notifications. */
  wechatSubscribe: { templateId: string; page: string } | null
  /** Ticket submissions per minute per resident. */
  hotlineSubmitPerMinute: number
  /** Photo uploads per minute per resident. */
  uploadPerMinute: number
  /**
   * Ticket submissions and photo uploads per minute per client address, all residents behind it together: the
   * per-resident limits above replace the global per-address one on those routes, so the address gets its own.
   */
  hotlinePerAddressPerMinute: number
  /**
   * Holidays and 调休 workdays for 限时办结 deadlines, from WORKING_CALENDAR_FILE; unset → weekends only
   * ({@link WEEKENDS_ONLY_CALENDAR}, `file` null).
   */
  workingCalendar: LoadedWorkingCalendar
  /** Durable jobs (server/platform/jobs): how often an idle queue is polled, ms; the worst delay after `startAfter`. */
  jobPollMs: number
  /** AES-256-GCM keys for personal data at rest, e.g. identity numbers (DATA_KEYS; server/platform/crypto.ts). */
  dataKeys: KeyRing
  /** HMAC-SHA256 keys for identity-number lookups and uniqueness (HMAC_KEYS; server/platform/crypto.ts). */
  hmacKeys: KeyRing
  /** The 在线办理 link template of catalogue items, `{code}` replaced (CATALOGUE_ONLINE_URL_TEMPLATE). */
  catalogueOnlineUrlTemplate: string
  /** Benchmarks only: scale the seeded catalogue to this many items (CATALOGUE_SCALE_ITEMS); null → the seed. */
  catalogueScaleItems: number | null
  /** Notifications (server/platform/notifications): channel templates per kind and delivery retries. */
  notify: NotifyConfig
}

/** Channel settings per notification kind, and how failed deliveries are retried. */
export interface NotifyConfig {
  /** WeChat subscribe-message template per kind: its id, and optionally the field keys and the page. */
  wechat: Record<string, { templateId: string; page?: string; fields?: Record<string, string> }>
  /** SMS gateway template per kind (instead of the kind's default). */
  sms: Record<string, string>
  /** First retry after this many seconds; each next one waits 4× longer. */
  retrySeconds: number
  /** Attempts before a delivery is given up (status failed, no next attempt). */
  maxAttempts: number
}

/** Thrown when the environment is incomplete or wrong; `problems` lists every issue, Chinese / English. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError'
  constructor(readonly problems: string[]) {
    super(`配置有误，服务未启动 / Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
  }
}

/**
 * Reads `.env` from the working directory into `process.env` when the file exists (Node's `process.loadEnvFile`);
 * a variable already set in the real environment wins over the file. Call before {@link loadConfig} in entry points
 * (server, staff CLI). Returns the path read, or null when there is no file.
 * @throws ConfigError when the file exists but cannot be read.
 */
export function loadDotEnvFile(file = path.resolve('.env')): string | null {
  if (!fs.existsSync(file)) return null
  try {
    process.loadEnvFile(file)
  } catch (err) {
    throw new ConfigError([`${file} 无法读取（${(err as Error).message}）/ ${file} cannot be read`])
  }
  return file
}

/** Username of the 开发用 demo admin; a production start refuses while it is active (server/db/seed/seed.ts). */
export const DEMO_STAFF_USERNAME = 'demo-admin'

/** Bytes of every DATA_KEYS / HMAC_KEYS key (AES-256, HMAC-SHA256). */
export const SECRET_KEY_BYTES = 32

/**
 * The development keys used when DATA_KEYS / HMAC_KEYS are unset outside production. They are public (derived from
 * this source file's text), so they protect nothing: production refuses them, and refuses to start without keys.
 */
export const DEVELOPMENT_KEYS = {
  DATA_KEYS: crypto.createHash('sha256').update('扬州政务服务 开发用 DATA_KEYS — public, never in production').digest(),
  HMAC_KEYS: crypto.createHash('sha256').update('扬州政务服务 开发用 HMAC_KEYS — public, never in production').digest(),
} as const

/**
 * Parses a key list `id:base64,id:base64` (newest first). Each key is 32 random bytes in base64 (`openssl rand
 * -base64 32`); ids are 1–16 of `A-Z a-z 0-9 _ -`, unique. A key is weak when it is not 32 bytes, has fewer than 16
 * distinct byte values (a typed password or a repeated pattern, not random bytes) or is a development key.
 */
function readKeyRing(
  name: 'DATA_KEYS' | 'HMAC_KEYS',
  raw: string | undefined,
  production: boolean,
  problems: string[],
): KeyRing {
  const development: KeyRing = {
    current: { id: 'dev', key: DEVELOPMENT_KEYS[name] },
    keys: new Map([['dev', DEVELOPMENT_KEYS[name]]]),
    development: true,
  }
  if (raw === undefined) {
    if (production)
      problems.push(
        `生产环境必须设置 ${name}（形如 k2026:<openssl rand -base64 32 的结果>）/ production requires ${name} (id:base64-of-32-random-bytes)`,
      )
    return development
  }
  const keys = new Map<string, Buffer>()
  let current: KeyRing['current'] | null = null
  for (const entry of raw.split(',').map((e) => e.trim())) {
    const m = /^([A-Za-z0-9_-]{1,16}):([A-Za-z0-9+/=_-]+)$/.exec(entry)
    if (!m) {
      problems.push(`${name} 的每一项应形如 “密钥编号:base64 密钥”，用逗号分隔 / each ${name} entry must be id:base64`)
      return development
    }
    const [, id, b64] = m as unknown as [string, string, string]
    const key = Buffer.from(b64, b64.includes('-') || b64.includes('_') ? 'base64url' : 'base64')
    if (keys.has(id)) problems.push(`${name} 中密钥编号 ${id} 重复 / duplicate key id ${id} in ${name}`)
    const weak =
      key.length !== SECRET_KEY_BYTES ||
      new Set(key).size < 16 ||
      Object.values(DEVELOPMENT_KEYS).some((dev) => dev.equals(key))
    if (weak)
      problems.push(
        `${name} 的密钥 ${id} 太弱：应为 32 字节随机数的 base64（openssl rand -base64 32），不能是开发用密钥 / key ${id} in ${name} is weak: use 32 random bytes`,
      )
    keys.set(id, key)
    current ??= { id, key }
  }
  return current ? { current, keys, development: false } : development
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

/**
 * Reads and validates the environment. Collects every problem before throwing, so an operator fixes them in one go.
 * In production the 开发用 providers (SMS code on screen, WeChat login without an appid) are refused.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const problems: string[] = []
  const str = (name: string): string | undefined => {
    const v = env[name]?.trim()
    return v ? v : undefined
  }
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = str(name)
    if (raw === undefined) return fallback
    const n = Number(raw)
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(
        `${name} 应为 ${min}–${max} 之间的整数，现为 “${raw}” / ${name} must be an integer in ${min}..${max}`,
      )
      return fallback
    }
    return n
  }
  const url = (name: string, fallback?: string): string | undefined => {
    const raw = str(name) ?? fallback
    if (raw === undefined) return undefined
    try {
      const u = new URL(raw)
      if (!['http:', 'https:'].includes(u.protocol)) throw new Error('protocol')
      return raw.replace(/\/+$/, '')
    } catch {
      problems.push(`${name} 不是有效的 http(s) 地址：“${raw}” / ${name} is not a valid http(s) URL`)
      return undefined
    }
  }

  const nodeEnvRaw = str('NODE_ENV') ?? 'development'
  let nodeEnv: NodeEnv = 'development'
  if (nodeEnvRaw === 'development' || nodeEnvRaw === 'production' || nodeEnvRaw === 'test') nodeEnv = nodeEnvRaw
  else
    problems.push(
      `NODE_ENV 只能是 development、production 或 test，现为 “${nodeEnvRaw}” / NODE_ENV must be development|production|test`,
    )
  const production = nodeEnv === 'production'

  const port = int('PORT', 3000, 0, 65535)
  const host = str('HOST') ?? '0.0.0.0'

  const databaseUrlRaw = str('DATABASE_URL')
  let databaseUrl: string | null = null
  if (databaseUrlRaw !== undefined) {
    try {
      const u = new URL(databaseUrlRaw)
      if (!['postgres:', 'postgresql:'].includes(u.protocol)) throw new Error('protocol')
      databaseUrl = databaseUrlRaw
    } catch {
      problems.push('DATABASE_URL 应形如 postgres://用户:密码@主机:5432/库名 / DATABASE_URL must be a postgres:// URL')
    }
  }
  const pgliteRaw = str('PGLITE_IN_PRODUCTION') ?? '0'
  if (pgliteRaw !== '0' && pgliteRaw !== '1')
    problems.push(`PGLITE_IN_PRODUCTION 只能是 0 或 1，现为 “${pgliteRaw}” / PGLITE_IN_PRODUCTION must be 0 or 1`)
  const pgliteInProduction = pgliteRaw === '1'
  const warnings: string[] = []
  if (production && !databaseUrl && databaseUrlRaw === undefined) {
    if (pgliteInProduction)
      warnings.push(
        '生产环境正在使用内置 PGlite（PGLITE_IN_PRODUCTION=1）：只能单机单进程运行，没有数据库服务器的备份、复制和并发；请定期备份 DATA_DIR / production is running on the embedded PGlite (PGLITE_IN_PRODUCTION=1): one process on one machine, back up DATA_DIR',
      )
    else
      problems.push(
        '生产环境必须设置 DATABASE_URL（PostgreSQL）；确为单机部署而要用内置 PGlite 时设置 PGLITE_IN_PRODUCTION=1 / production requires DATABASE_URL, or PGLITE_IN_PRODUCTION=1 for a single-machine deployment on the embedded PGlite',
      )
  }
  const dataDirLabel = str('DATA_DIR') ?? './data'
  const dataDir = path.resolve(dataDirLabel)

  const logLevelRaw = str('LOG_LEVEL') ?? (nodeEnv === 'test' ? 'silent' : 'info')
  let logLevel: Config['logLevel'] = 'info'
  if ((LOG_LEVELS as readonly string[]).includes(logLevelRaw)) logLevel = logLevelRaw as Config['logLevel']
  else problems.push(`LOG_LEVEL 只能是 ${LOG_LEVELS.join('、')}，现为 “${logLevelRaw}” / LOG_LEVEL is not a pino level`)

  const sessionTtlHours = int('SESSION_TTL_HOURS', 720, 1, 24 * 365)
  const staffSessionTtlHours = int('STAFF_SESSION_TTL_HOURS', 12, 1, 24 * 7)

  // WeChat: a real appid means the real code2session client; none outside production means the 开发用 login.
  const appId = str('WECHAT_APPID')
  const secret = str('WECHAT_SECRET')
  const wechatApiBase = url('WECHAT_API_BASE', 'https://api.weixin.qq.com')
  const wechatTimeoutMs = int('WECHAT_TIMEOUT_MS', 5000, 100, 60_000)
  // Placeholder until decided below; in production without an appid the problem list makes this unreachable.
  let wechat: Config['wechat'] = { kind: 'dev' }
  if (appId) {
    if (!secret) problems.push('设置了 WECHAT_APPID 但缺少 WECHAT_SECRET / WECHAT_SECRET is required with WECHAT_APPID')
    if (secret && wechatApiBase)
      wechat = { kind: 'http', appId, secret, apiBase: wechatApiBase, timeoutMs: wechatTimeoutMs }
  } else if (production) {
    problems.push(
      '生产环境必须设置 WECHAT_APPID 和 WECHAT_SECRET，不能使用开发用微信登录 / production requires WECHAT_APPID and WECHAT_SECRET; the dev WeChat login is refused',
    )
  }

  const smsRaw = str('SMS_PROVIDER') ?? (production ? undefined : 'dev')
  let sms: Config['sms'] = { kind: 'dev' }
  if (smsRaw === undefined) {
    problems.push('生产环境必须设置 SMS_PROVIDER=http / production requires SMS_PROVIDER=http')
  } else if (smsRaw === 'dev') {
    if (production)
      problems.push(
        '生产环境不能使用开发用短信通道（SMS_PROVIDER=dev 会把验证码显示在页面上）/ SMS_PROVIDER=dev is refused in production',
      )
  } else if (smsRaw === 'http') {
    const apiBase = url('SMS_API_BASE')
    const apiKey = str('SMS_API_KEY')
    if (!str('SMS_API_BASE')) problems.push('SMS_PROVIDER=http 需要 SMS_API_BASE / SMS_API_BASE is required')
    if (!apiKey) problems.push('SMS_PROVIDER=http 需要 SMS_API_KEY / SMS_API_KEY is required')
    if (apiBase && apiKey) sms = { kind: 'http', apiBase, apiKey, timeoutMs: int('SMS_TIMEOUT_MS', 5000, 100, 60_000) }
  } else {
    problems.push(`SMS_PROVIDER 只能是 http 或 dev，现为 “${smsRaw}” / SMS_PROVIDER must be http|dev`)
  }

  const staticDir = path.resolve(str('STATIC_DIR') ?? 'dist/h5')

  const trustProxyRaw = str('TRUST_PROXY')
  let trustProxy: Config['trustProxy'] = false
  if (trustProxyRaw === undefined || trustProxyRaw === 'false') trustProxy = false
  else if (trustProxyRaw === 'true') trustProxy = true
  else if (/^\d+$/.test(trustProxyRaw)) trustProxy = Number(trustProxyRaw)
  else if (/^[0-9a-fA-F.:/,\s]+$/.test(trustProxyRaw)) trustProxy = trustProxyRaw
  else
    problems.push(
      `TRUST_PROXY 应为 true、false、跳数或 IP/CIDR 列表，现为 “${trustProxyRaw}” / TRUST_PROXY must be true|false|hops|IP list`,
    )

  const rateLimitMax = int('RATE_LIMIT_MAX', 300, 1, 1_000_000)
  const rateLimitStoreRaw = str('RATE_LIMIT_STORE') ?? (databaseUrl ? 'postgres' : 'memory')
  let rateLimitStore: Config['rateLimitStore'] = 'memory'
  if (rateLimitStoreRaw === 'memory' || rateLimitStoreRaw === 'postgres') rateLimitStore = rateLimitStoreRaw
  else
    problems.push(
      `RATE_LIMIT_STORE 只能是 memory 或 postgres，现为 “${rateLimitStoreRaw}” / RATE_LIMIT_STORE must be memory|postgres`,
    )
  const smsSendPerAddressPerHour = int('SMS_SEND_RATE', 20, 1, 100_000)
  // Development only: production never gets it, and tests create the accounts they need themselves.
  const demoStaff =
    nodeEnv === 'development'
      ? { username: DEMO_STAFF_USERNAME, password: str('STAFF_DEMO_PASSWORD') ?? 'yz12345-demo' }
      : null
  if (production && str('STAFF_DEMO_PASSWORD'))
    problems.push('生产环境不创建演示账号，请删除 STAFF_DEMO_PASSWORD / STAFF_DEMO_PASSWORD is refused in production')

  const uploadDir = path.resolve(str('UPLOAD_DIR') ?? path.join(dataDir, 'uploads'))
  const open311ApiKeys = (str('OPEN311_API_KEYS') ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean)
  if (open311ApiKeys.some((k) => k.length < 16 || !/^[\x21-\x7e]+$/.test(k)))
    problems.push(
      'OPEN311_API_KEYS 中每个密钥至少 16 个可见 ASCII 字符，用逗号分隔 / each OPEN311_API_KEYS key needs 16+ printable ASCII characters',
    )
  const subscribeTemplateId = str('WECHAT_SUBSCRIBE_TEMPLATE_ID')
  const wechatSubscribe = subscribeTemplateId
    ? { templateId: subscribeTemplateId, page: str('WECHAT_SUBSCRIBE_PAGE') ?? 'packages/hotline/pages/ticket/index' }
    : null
  const hotlineSubmitPerMinute = int('HOTLINE_SUBMIT_RATE', 20, 1, 100_000)
  const uploadPerMinute = int('UPLOAD_RATE', 30, 1, 100_000)
  // Loose: a whole office or village behind one NAT address submits and uploads through it.
  const hotlinePerAddressPerMinute = int('HOTLINE_ADDRESS_RATE', 120, 1, 1_000_000)
  const calendarFile = str('WORKING_CALENDAR_FILE')
  let workingCalendar = WEEKENDS_ONLY_CALENDAR
  if (calendarFile !== undefined) {
    const read = readWorkingCalendarFile(calendarFile)
    if (read.calendar) workingCalendar = read.calendar
    else problems.push(...read.problems)
  }

  const onlineUrl = readOnlineUrlTemplate(str('CATALOGUE_ONLINE_URL_TEMPLATE'))
  if ('problem' in onlineUrl) problems.push(onlineUrl.problem)
  // A generated catalogue is test data, never production data.
  const catalogueScaleItems =
    str('CATALOGUE_SCALE_ITEMS') === undefined ? null : int('CATALOGUE_SCALE_ITEMS', 0, 1, 100_000)
  if (production && catalogueScaleItems !== null)
    problems.push(
      '生产环境不能扩充事项目录（CATALOGUE_SCALE_ITEMS 会生成虚构事项），请删除它 / CATALOGUE_SCALE_ITEMS is refused in production',
    )

  const dataKeys = readKeyRing('DATA_KEYS', str('DATA_KEYS'), production, problems)
  const hmacKeys = readKeyRing('HMAC_KEYS', str('HMAC_KEYS'), production, problems)
  // One key, one purpose: a key that both encrypts and hashes would tie the two rotations together.
  if ([...dataKeys.keys.values()].some((d) => [...hmacKeys.keys.values()].some((h) => h.equals(d))))
    problems.push('DATA_KEYS 与 HMAC_KEYS 不能使用同一个密钥 / DATA_KEYS and HMAC_KEYS must not share a key')

  const jobPollMs = int('JOB_POLL_MS', 1000, 500, 60_000)
  const json = (name: string): unknown => {
    const raw = str(name)
    if (raw === undefined) return undefined
    try {
      return JSON.parse(raw)
    } catch {
      problems.push(`${name} 不是有效的 JSON / ${name} is not valid JSON`)
      return undefined
    }
  }
  const isStringMap = (v: unknown): v is Record<string, string> =>
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Object.values(v).every((x) => typeof x === 'string' && x)
  const notifyWechat: NotifyConfig['wechat'] = {}
  const wechatTemplates = json('NOTIFY_WECHAT_TEMPLATES')
  if (wechatTemplates !== undefined) {
    const ok =
      typeof wechatTemplates === 'object' &&
      wechatTemplates !== null &&
      Object.values(wechatTemplates).every(
        (t) =>
          typeof t === 'object' &&
          t !== null &&
          typeof (t as { templateId?: unknown }).templateId === 'string' &&
          (t as { templateId: string }).templateId.length > 0 &&
          ((t as { fields?: unknown }).fields === undefined || isStringMap((t as { fields?: unknown }).fields)) &&
          ((t as { page?: unknown }).page === undefined || typeof (t as { page?: unknown }).page === 'string'),
      )
    if (ok) Object.assign(notifyWechat, wechatTemplates)
    else
      problems.push(
        'NOTIFY_WECHAT_TEMPLATES 应形如 {"ticket.status":{"templateId":"…","fields":{"ref":"character_string1"}}} / NOTIFY_WECHAT_TEMPLATES must map kinds to {templateId, fields?, page?}',
      )
  }
  if (wechatSubscribe && !notifyWechat['ticket.status'])
    notifyWechat['ticket.status'] = { templateId: wechatSubscribe.templateId, page: wechatSubscribe.page }
  const smsTemplates = json('NOTIFY_SMS_TEMPLATES')
  if (smsTemplates !== undefined && !isStringMap(smsTemplates))
    problems.push(
      'NOTIFY_SMS_TEMPLATES 应形如 {"ticket.status":"ticket_status"} / NOTIFY_SMS_TEMPLATES must map kinds to template names',
    )
  const notify: NotifyConfig = {
    wechat: notifyWechat,
    sms: isStringMap(smsTemplates) ? smsTemplates : {},
    retrySeconds: int('NOTIFY_RETRY_SECONDS', 30, 1, 3600),
    maxAttempts: int('NOTIFY_MAX_ATTEMPTS', 6, 1, 20),
  }

  if (problems.length > 0) throw new ConfigError(problems)
  return {
    port,
    host,
    databaseUrl,
    dataDir,
    pgliteInProduction,
    warnings,
    dataDirLabel,
    nodeEnv,
    logLevel,
    sessionTtlHours,
    staffSessionTtlHours,
    wechat,
    sms,
    staticDir,
    trustProxy,
    rateLimitMax,
    rateLimitStore,
    smsSendPerAddressPerHour,
    demoStaff,
    uploadDir,
    open311ApiKeys,
    wechatSubscribe,
    hotlineSubmitPerMinute,
    uploadPerMinute,
    hotlinePerAddressPerMinute,
    workingCalendar,
    jobPollMs,
    dataKeys,
    hmacKeys,
    catalogueOnlineUrlTemplate: 'template' in onlineUrl ? onlineUrl.template : '',
    catalogueScaleItems: catalogueScaleItems || null,
    notify,
  }
}
