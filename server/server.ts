import closeWithGrace from 'close-with-grace'
import { buildApp } from './app'
import { ConfigError, loadConfig, loadDotEnvFile } from './config'
import { DataDirLockedError } from './db/lock'
import { SeedDataError } from './db/seed/data-file'
import { checkSeedData, DemoDataInProductionError } from './db/seed/seed'
import { catalogueContext } from './services/catalogue-context'
import type { LoadedWorkingCalendar } from './services/working-calendar-file'
import { beijingDate } from './services/working-days'

/**
 * What the start banner says about 限时办结 deadlines: which notice the holidays come from, or that only weekends are
 * skipped; and a warning when this year (Beijing time) is not in the file, so its deadlines skip weekends only.
 */
function calendarLines(calendar: LoadedWorkingCalendar, now = new Date()): string[] {
  if (!calendar.file)
    return [
      '  工作日历：未设置 WORKING_CALENDAR_FILE，办理期限只跳过周六周日，法定节假日和调休不计（见 docs/server.md）',
    ]
  const lines = [`  工作日历：${calendar.source}（${calendar.years.join('、')} 年；${calendar.file}）`]
  const year = Number(beijingDate(now).slice(0, 4))
  if (!calendar.years.includes(year))
    lines.push(`  注意：工作日历没有 ${year} 年的日期，今年的办理期限只跳过周末；请按国务院办公厅的放假通知补充`)
  return lines
}

/**
 * Starts the API server: reads `.env` if present, validates config (prints every problem and exits 1), opens the database, listens, prints
 * where it is and how to log in locally, and closes cleanly on SIGINT/SIGTERM (database and lock file included).
 */
async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>
  let envFile: string | null
  try {
    envFile = loadDotEnvFile()
    config = loadConfig()
    // a bad seed data file stops the start here, before the data dir is opened (initdb takes seconds)
    checkSeedData()
  } catch (err) {
    if (err instanceof ConfigError || err instanceof SeedDataError) {
      console.error(err.message)
      process.exit(1)
    }
    throw err
  }

  const started = Date.now()
  let app: Awaited<ReturnType<typeof buildApp>>
  try {
    app = await buildApp(config)
  } catch (err) {
    if (err instanceof DataDirLockedError || err instanceof DemoDataInProductionError || err instanceof SeedDataError) {
      console.error(err.message)
      process.exit(1)
    }
    console.error('服务启动失败 / failed to start:', err)
    process.exit(1)
  }

  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, '因错误关闭 / closing after error')
    else app.log.info({ signal }, '正在关闭 / closing')
    await app.close()
  })

  await app.listen({ port: config.port, host: config.host })
  const address = app.server.address()
  const port = typeof address === 'object' && address ? address.port : config.port
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host
  const lines = [
    '',
    `扬州政务服务已启动（${Date.now() - started} ms）: http://${shownHost}:${port}`,
    `  接口文档 API docs: http://${shownHost}:${port}/api/docs`,
    `  数据库 database: ${app.dbKind === 'pglite' ? `PGlite ${config.dataDirLabel}` : 'PostgreSQL (DATABASE_URL)'}`,
  ]
  for (const warning of config.warnings) {
    lines.push(`  注意 warning: ${warning}`)
    app.log.warn(warning)
  }
  if (envFile) lines.push(`  配置文件：${envFile}（环境变量中已设置的值优先）`)
  if (config.sms.kind === 'dev') lines.push('  短信：开发用通道，验证码直接显示在登录页上（不会真的发短信）')
  if (config.wechat.kind === 'dev') lines.push('  微信登录：开发用（未设置 WECHAT_APPID，不调用微信接口）')
  lines.push(...calendarLines(config.workingCalendar))
  if (config.demoStaff)
    lines.push(
      `  工作人员演示账号（开发用）：${config.demoStaff.username} / ${config.demoStaff.password}` +
        '（如已用 npm run staff 改过密码，以改后的为准）',
    )
  console.log(`${lines.join('\n')}\n`)
  // build the catalogue search index now rather than in the first resident's search (not awaited: ready is ready)
  catalogueContext(app.db, app.config.catalogueOnlineUrlTemplate)
    .search.warm()
    .catch((err) => app.log.warn({ err }, '搜索索引预热失败，首次搜索时再建 / search index warm-up failed'))
}

void main()
