import readline from 'node:readline/promises'
import { Writable } from 'node:stream'
import { parseArgs } from 'node:util'
import type { Kysely } from 'kysely'
import { type StaffRole, StaffRoleLabel } from '../../types/staff'
import { ConfigError, DEMO_STAFF_USERNAME, loadConfig, loadDotEnvFile } from '../config'
import { openDatabase } from '../db/database'
import { DataDirLockedError } from '../db/lock'
import { runMigrations } from '../db/migrate'
import type { Database } from '../db/schema'
import { purgeDemoData, seedReferenceData } from '../db/seed/seed'
import { AppError } from '../errors'
import { staffRepository } from '../repositories/staff'
import { staffAccounts } from '../services/staff-accounts'

/** Thrown for a wrong command line; the message is the Chinese usage hint. */
export class StaffCliUsageError extends Error {
  override readonly name = 'StaffCliUsageError'
}

/** How to call the CLI. */
export const STAFF_CLI_USAGE = `用法 / usage:
  npm run staff -- create --username <用户名> --role admin|clerk [--department <部门代码，如 3210-RSJ>] --name <姓名>
  npm run staff -- list
  npm run staff -- disable --username <用户名>
  npm run staff -- set-password --username <用户名>
  npm run staff -- purge-demo      （停用 ${DEMO_STAFF_USERNAME}，删除演示工单和演示开放日 / disables ${DEMO_STAFF_USERNAME}, deletes the demo tickets and open days）
密码：在终端里不带 --password 会提示输入（不回显）；脚本用 --password-stdin 从标准输入读一行。
  --password <密码> 仍可用，但会留在 shell 历史和进程列表里。
Password: without --password a terminal prompts for it (not echoed); scripts pipe one line with --password-stdin.`

/** Where the CLI reads a password that is not on the command line. */
export interface StaffCliInput {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean }
  /** Prompts go here (stderr, so stdout stays the command's output). */
  prompt: NodeJS.WritableStream
}

/** The first line of a stream, without its line ending. */
async function readFirstLine(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer))
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? ''
}

/** Asks on a terminal without echoing what is typed. */
async function askHidden(input: StaffCliInput, question: string): Promise<string> {
  input.prompt.write(question)
  const muted = new Writable({ write: (_chunk, _encoding, done) => done() })
  const rl = readline.createInterface({ input: input.stdin, output: muted, terminal: true })
  try {
    return await rl.question('')
  } finally {
    rl.close()
    input.prompt.write('\n')
  }
}

/**
 * The password for create / set-password: `--password` (scripts; visible in shell history and `ps`), one line of
 * stdin with `--password-stdin`, or typed twice at a hidden prompt when stdin is a terminal.
 */
async function password(values: { password?: string; 'password-stdin'?: boolean }, input?: StaffCliInput) {
  if (values.password !== undefined && values['password-stdin'])
    throw new StaffCliUsageError('--password 和 --password-stdin 只能用一个')
  if (values.password) return values.password
  if (values['password-stdin']) {
    if (!input) throw new StaffCliUsageError('--password-stdin 需要标准输入')
    const line = await readFirstLine(input.stdin)
    if (!line) throw new StaffCliUsageError('标准输入里没有密码（--password-stdin 读第一行）')
    return line
  }
  if (input?.stdin.isTTY) {
    const first = await askHidden(input, '密码 / password: ')
    if ((await askHidden(input, '再输入一次 / again: ')) !== first) throw new StaffCliUsageError('两次输入的密码不一致')
    return first
  }
  throw new StaffCliUsageError('缺少密码：请用 --password-stdin 从标准输入传入，或在终端里运行以提示输入')
}

function need(values: Record<string, string | boolean | undefined>, ...names: string[]): void {
  const missing = names.filter((n) => !values[n])
  if (missing.length > 0) throw new StaffCliUsageError(`缺少参数：${missing.map((n) => `--${n}`).join(' ')}`)
}

/**
 * Runs one staff command against an open database and returns the lines to print. Exported so tests drive it
 * against the test database exactly as the command line does.
 */
export async function runStaffCommand(db: Kysely<Database>, argv: string[], input?: StaffCliInput): Promise<string[]> {
  const [command, ...rest] = argv
  const { values } = parseArgs({
    args: rest,
    options: {
      username: { type: 'string' },
      password: { type: 'string' },
      'password-stdin': { type: 'boolean' },
      role: { type: 'string' },
      department: { type: 'string' },
      name: { type: 'string' },
    },
    strict: true,
  })
  const accounts = staffAccounts(db)
  switch (command) {
    case 'create': {
      need(values, 'username', 'role', 'name')
      if (values.role !== 'admin' && values.role !== 'clerk')
        throw new StaffCliUsageError('--role 只能是 admin 或 clerk')
      if (await staffRepository(db).findByUsername(values.username!))
        throw new StaffCliUsageError(`用户名 ${values.username} 已存在`)
      const row = await accounts.create({
        username: values.username!,
        password: await password(values, input),
        displayName: values.name!,
        role: values.role as StaffRole,
        departmentCode: values.department ?? null,
      })
      return [
        `已创建工作人员 ${row.username}（${row.display_name}，${StaffRoleLabel[row.role]}${row.department_name ? `，${row.department_name}` : ''}）`,
      ]
    }
    case 'list': {
      const rows = await staffRepository(db).list()
      if (rows.length === 0) return ['还没有工作人员账号']
      return rows.map(
        (r) =>
          `${r.username}\t${r.display_name}\t${StaffRoleLabel[r.role]}\t${r.department_code ?? '-'}\t${r.disabled_at ? '已停用' : '正常'}`,
      )
    }
    case 'disable': {
      need(values, 'username')
      if (!(await staffRepository(db).disable(values.username!)))
        throw new StaffCliUsageError(`没有用户名为 ${values.username} 的工作人员`)
      return [`已停用 ${values.username}；其登录立即失效`]
    }
    case 'set-password': {
      need(values, 'username')
      if (!(await staffRepository(db).findByUsername(values.username!)))
        throw new StaffCliUsageError(`没有用户名为 ${values.username} 的工作人员`)
      const reset = await accounts.setPassword(values.username!, await password(values, input))
      if (!reset) throw new StaffCliUsageError(`没有用户名为 ${values.username} 的工作人员`)
      return [`已为 ${values.username} 设置新密码；已结束其 ${reset.sessionsEnded} 个登录，需用新密码重新登录`]
    }
    case 'purge-demo': {
      const purged = await purgeDemoData(db)
      if (purged.blockedBy.length > 0)
        throw new StaffCliUsageError(
          `这些工单已合并到演示工单，删除会丢失合并去向，未做任何改动；请先处理：${purged.blockedBy.join('、')}`,
        )
      return [
        purged.staffDisabled
          ? `已停用演示账号 ${DEMO_STAFF_USERNAME}`
          : `演示账号 ${DEMO_STAFF_USERNAME} 不存在或已停用`,
        `已删除 ${purged.ticketsDeleted} 张演示工单（source = 'seed'）`,
        `已删除 ${purged.openDaysDeleted} 个演示开放日活动及其报名（source = 'seed'）`,
      ]
    }
    default:
      throw new StaffCliUsageError(command ? `不认识的命令：${command}` : '请给出命令')
  }
}

async function main(): Promise<void> {
  let exitCode = 0
  try {
    loadDotEnvFile()
    const config = loadConfig()
    const opened = await openDatabase(
      config.databaseUrl
        ? { databaseUrl: config.databaseUrl }
        : { dataDir: config.dataDir, dataDirLabel: config.dataDirLabel },
    )
    try {
      await runMigrations(opened.pool)
      // Departments must exist before a clerk can be attached to one, even on a database the server never opened.
      // Never the demo tickets: this may be the production database, run without NODE_ENV.
      await seedReferenceData(opened.db, { sampleTickets: false })
      const input = { stdin: process.stdin, prompt: process.stderr }
      for (const line of await runStaffCommand(opened.db, process.argv.slice(2), input)) console.log(line)
    } finally {
      await opened.close()
    }
  } catch (err) {
    exitCode = 1
    if (err instanceof StaffCliUsageError) console.error(`${err.message}\n\n${STAFF_CLI_USAGE}`)
    else if (err instanceof ConfigError || err instanceof DataDirLockedError || err instanceof AppError)
      console.error(err.message)
    else if ((err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))
      console.error(`${(err as Error).message}\n\n${STAFF_CLI_USAGE}`)
    else console.error(err)
  }
  process.exit(exitCode)
}

if (require.main === module) void main()
