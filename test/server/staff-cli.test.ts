import { runStaffCommand, StaffCliUsageError } from '../../server/cli/staff'
import { ValidationError } from '../../server/errors'
import { bearer, buildTestApp, type TestApp } from './helpers/test-app'

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
