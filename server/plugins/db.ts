import fp from 'fastify-plugin'
import type { Kysely } from 'kysely'
import type pg from 'pg'
import type { DatabaseKind } from '../../types/health'
import type { Config } from '../config'
import { openDatabase } from '../db/database'
import { runMigrations } from '../db/migrate'
import type { Database } from '../db/schema'
import { DemoDataInProductionError, findDemoData, seedDemoStaff, seedReferenceData } from '../db/seed/seed'

declare module 'fastify' {
  interface FastifyInstance {
    /** Kysely over the pool; use it only from repositories. */
    db: Kysely<Database>
    /** The raw pool under {@link db}, for infrastructure that speaks node-postgres (the job runner). */
    dbPool: pg.Pool
    dbKind: DatabaseKind
  }
}

/**
 * Opens the database (PostgreSQL with DATABASE_URL, else PGlite in DATA_DIR under a lock file), applies
 * migrations, loads reference data and, outside production, the 开发用 demo staff account. In production it
 * refuses to start ({@link DemoDataInProductionError}) while demo data an earlier development start left is there.
 * Closes on app close.
 */
export const dbPlugin = fp(
  async (app, opts: { config: Config }) => {
    const { config } = opts
    const opened = await openDatabase(
      config.databaseUrl
        ? { databaseUrl: config.databaseUrl }
        : { dataDir: config.dataDir, dataDirLabel: config.dataDirLabel },
      {
        onIdleError: (err) =>
          app.log.warn(
            { code: (err as Error & { code?: string }).code, error: err.message },
            '数据库服务器关闭了一个空闲连接（重启或管理员终止），下次查询时重新连接',
          ),
      },
    )
    try {
      const applied = await runMigrations(opened.pool)
      if (applied.length > 0) app.log.info({ applied }, '数据库迁移已执行')
      const seeded = await seedReferenceData(opened.db, {
        calendar: config.workingCalendar,
        sampleTickets: config.nodeEnv !== 'production',
        catalogueScaleItems: config.catalogueScaleItems,
      })
      if (seeded.divisionsChanged + seeded.departmentsChanged > 0) app.log.info(seeded, '参考数据已写入')
      if (config.demoStaff && (await seedDemoStaff(opened.db, config.demoStaff)))
        app.log.info({ username: config.demoStaff.username }, '已创建开发用演示工作人员账号')
      if (config.nodeEnv === 'production') {
        const demo = await findDemoData(opened.db)
        if (demo.activeDemoStaff || demo.demoTickets > 0 || demo.demoOpenDays > 0)
          throw new DemoDataInProductionError(demo)
      }
    } catch (err) {
      await opened.close()
      throw err
    }
    app.decorate('db', opened.db)
    app.decorate('dbPool', opened.pool)
    app.decorate('dbKind', opened.kind)
    app.addHook('onClose', async () => {
      await opened.close()
    })
  },
  { name: 'db' },
)
