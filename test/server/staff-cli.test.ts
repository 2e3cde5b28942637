import { PassThrough, Readable, Writable } from 'node:stream'
import { runStaffCommand, type StaffCliInput, StaffCliUsageError } from '../../server/cli/staff'
import { ValidationError } from '../../server/errors'
import { runScript } from './helpers/run-script'
import { bearer, buildTestApp, cloneTestDatabase, type TestApp } from './helpers/test-app'

let t: TestApp
beforeAll(async () => {
  t = await buildTestApp()
})
afterAll(() => t.close())

const run = (...argv: string[]) => runStaffCommand(t.app.db, argv)

test('an operator creates a clerk, lists, changes the password and disables the account', async () => {
  const created = await run(
    'create',
    '--username',
    'wangfang',
    '--password',
    'first-pass-1',
    '--role',
    'clerk',
    '--department',
    '3210-RSJ',
    '--name',
    '王芳',
  )
  expect(created).toEqual(['已创建工作人员 wangfang（王芳，经办人，扬州市人力资源和社会保障局）'])
  expect((await t.loginStaff('wangfang', 'first-pass-1')).staff.department?.code).toBe('3210-RSJ')

  expect(await run('list')).toEqual(['wangfang\t王芳\t经办人\t3210-RSJ\t正常'])

  // Two sessions with the old password (two devices); the reset ends both.
  const before = [await t.loginStaff('wangfang', 'first-pass-1'), await t.loginStaff('wangfang', 'first-pass-1')]
  expect(await run('set-password', '--username', 'wangfang', '--password', 'second-pass-2')).toEqual([
    '已为 wangfang 设置新密码；已结束其 3 个登录，需用新密码重新登录',
  ])
  for (const session of before) {
    const me = await t.app.inject({ url: '/api/staff/me', headers: bearer(session.token) })
    expect(me.statusCode).toBe(401)
  }
  const old = await t.app.inject({
    method: 'POST',
    url: '/api/staff/login',
    payload: { username: 'wangfang', password: 'first-pass-1' },
  })
  expect(old.statusCode).toBe(401)
  await t.loginStaff('wangfang', 'second-pass-2')

  expect(await run('disable', '--username', 'wangfang')).toEqual(['已停用 wangfang；其登录立即失效'])
  expect((await run('list'))[0]).toContain('已停用')
  const disabled = await t.app.inject({
    method: 'POST',
    url: '/api/staff/login',
    payload: { username: 'wangfang', password: 'second-pass-2' },
  })
  expect(disabled.statusCode).toBe(401)
})

test('wrong input is refused with a Chinese reason', async () => {
  await expect(run('create', '--username', 'a1')).rejects.toThrow(StaffCliUsageError)
  await expect(
    run('create', '--username', 'c1', '--password', 'long-enough-1', '--role', 'boss', '--name', '某'),
  ).rejects.toThrow('--role 只能是 admin 或 clerk')
  await expect(
    run('create', '--username', 'c2', '--password', 'long-enough-1', '--role', 'clerk', '--name', '某'),
  ).rejects.toThrow('经办人必须属于一个部门')
  await expect(
    run('create', '--username', 'c3', '--password', 'short', '--role', 'admin', '--name', '某'),
  ).rejects.toBeInstanceOf(ValidationError)
  await expect(
    run(
      'create',
      '--username',
      'c4',
      '--password',
      'long-enough-1',
      '--role',
      'clerk',
      '--department',
      '9999-X',
      '--name',
      '某',
    ),
  ).rejects.toThrow('没有代码为 9999-X 的部门')
  await run('create', '--username', 'dup', '--password', 'long-enough-1', '--role', 'admin', '--name', '某')
  await expect(
    run('create', '--username', 'dup', '--password', 'long-enough-1', '--role', 'admin', '--name', '某'),
  ).rejects.toThrow('已存在')
  await expect(run('disable', '--username', 'ghost')).rejects.toThrow('没有用户名为 ghost 的工作人员')
  await expect(run('fly')).rejects.toThrow('不认识的命令')
})

let address = 0
/** Whether the staff login accepts the password (each try from its own address: the login allows 10 a minute). */
async function canLogIn(username: string, password: string): Promise<void> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/staff/login',
    payload: { username, password },
    remoteAddress: `198.51.100.${++address}`,
  })
  expect([username, res.statusCode]).toEqual([username, 200])
}

/** Input as a pipe gives it: `text` on stdin, not a terminal; prompts collected. */
function piped(text: string): StaffCliInput & { prompts: string[] } {
  const prompts: string[] = []
  const prompt = new Writable({
    write: (chunk, _encoding, done) => {
      prompts.push(String(chunk))
      done()
    },
  })
  return { stdin: Readable.from([text]), prompt, prompts }
}

test('--password-stdin reads the first line of stdin, so the password is in neither shell history nor ps', async () => {
  const input = piped('stdin-pass-1\nignored second line\n')
  expect(
    await run('create', '--username', 'zhaolei', '--role', 'admin', '--name', '赵磊', '--password-stdin').catch(
      (err: Error) => err.message,
    ),
  ).toBe('--password-stdin 需要标准输入')
  expect(
    await runStaffCommand(
      t.app.db,
      ['create', '--username', 'zhaolei', '--role', 'admin', '--name', '赵磊', '--password-stdin'],
      input,
    ),
  ).toEqual(['已创建工作人员 zhaolei（赵磊，管理员）'])
  expect(input.prompts).toEqual([])
  await canLogIn('zhaolei', 'stdin-pass-1')

  await runStaffCommand(
    t.app.db,
    ['set-password', '--username', 'zhaolei', '--password-stdin'],
    piped('stdin-pass-2\r\n'),
  )
  await canLogIn('zhaolei', 'stdin-pass-2')

  // a pipe that is not a terminal and no password flag: refused, not a hang
  await expect(runStaffCommand(t.app.db, ['set-password', '--username', 'zhaolei'], piped(''))).rejects.toThrow(
    '缺少密码：请用 --password-stdin 从标准输入传入，或在终端里运行以提示输入',
  )
  await expect(
    runStaffCommand(t.app.db, ['set-password', '--username', 'zhaolei', '--password-stdin'], piped('\n')),
  ).rejects.toThrow('标准输入里没有密码')
  await expect(
    runStaffCommand(
      t.app.db,
      ['set-password', '--username', 'zhaolei', '--password', 'x-pass-123', '--password-stdin'],
      piped('y\n'),
    ),
  ).rejects.toThrow('--password 和 --password-stdin 只能用一个')
  await canLogIn('zhaolei', 'stdin-pass-2')
})

test('on a terminal without --password it asks twice and does not echo', async () => {
  const stdin = Object.assign(new PassThrough(), { isTTY: true })
  const shown: string[] = []
  const answers = ['typed-pass-1\r', 'typed-pass-1\r']
  const prompt = new Writable({
    write: (chunk, _encoding, done) => {
      shown.push(String(chunk))
      if (String(chunk).includes('password') || String(chunk).includes('again')) stdin.write(answers.shift()!)
      done()
    },
  })
  expect(
    await runStaffCommand(t.app.db, ['create', '--username', 'sunli', '--role', 'admin', '--name', '孙丽'], {
      stdin,
      prompt,
    }),
  ).toEqual(['已创建工作人员 sunli（孙丽，管理员）'])
  expect(shown.join('')).toBe('密码 / password: \n再输入一次 / again: \n')
  await canLogIn('sunli', 'typed-pass-1')

  const mismatch = Object.assign(new PassThrough(), { isTTY: true })
  const typed = ['one-pass-11\r', 'two-pass-22\r']
  const ask = new Writable({
    write: (chunk, _encoding, done) => {
      if (String(chunk).includes(':')) mismatch.write(typed.shift()!)
      done()
    },
  })
  await expect(
    runStaffCommand(t.app.db, ['set-password', '--username', 'sunli'], { stdin: mismatch, prompt: ask }),
  ).rejects.toThrow('两次输入的密码不一致')
  await canLogIn('sunli', 'typed-pass-1')
})

test('the npm run staff process reads the password from its stdin', async () => {
  const database = await cloneTestDatabase()
  try {
    const result = runScript(
      'server/cli/staff.ts',
      ['create', '--username', 'qianwei', '--role', 'admin', '--name', '钱伟', '--password-stdin'],
      { env: { NODE_ENV: 'test', ...database.env }, input: 'short\n' },
    )
    // the piped 5-character password reached the password rule
    expect(result.stderr).toContain('密码至少 8 位')
    expect(result.status).toBe(1)
  } finally {
    await database.drop()
  }
})
