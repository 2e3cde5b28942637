import { csvCell, staffCsvExport, toCsv } from '../../server/platform/csv'
import { buildTestApp, type TestApp } from './helpers/test-app'

describe('csv cells', () => {
  test('formula starts are neutralised; quotes, commas and line breaks are quoted', () => {
    expect(csvCell('=HYPERLINK("http://x","点我")')).toBe(`"'=HYPERLINK(""http://x"",""点我"")"`)
    for (const s of ['+1', '-1+2', '@SUM(A1)', '\tx', '\rx'])
      expect(csvCell(s).replace(/^"/, '').startsWith(`'`)).toBe(true)
    expect(csvCell('路灯不亮, 很黑')).toBe('"路灯不亮, 很黑"')
    expect(csvCell('第一行\n第二行')).toBe('"第一行\n第二行"')
    expect(csvCell('普通文字')).toBe('普通文字')
    expect(csvCell(-3)).toBe('-3') // numbers are numbers, not formulas
    expect(csvCell(null)).toBe('')
    expect(csvCell(new Date('2026-12-08T00:00:00Z'))).toBe('2026-12-08T00:00:00.000Z')
  })

  test('UTF-8 with BOM, header row, CRLF', () => {
    const csv = toCsv([{ header: '工单号', value: (r: { ref: string }) => r.ref }], [{ ref: 'YZ20261208-000001' }])
    expect(csv).toBe('\uFEFF工单号\r\nYZ20261208-000001\r\n')
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
  })
})

describe('staff export', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await buildTestApp()
  })
  afterAll(async () => {
    await t.close()
  })

  test('every export is written to the audit log with who, what and how many rows', async () => {
    const rows = [{ title: '=1+1' }, { title: '路灯' }]
    const out = await staffCsvExport(t.app.db, {
      staffId: 7,
      what: 'tickets',
      detail: { state: 'open' },
      columns: [{ header: '标题', value: (r) => r.title }],
      rows,
    })
    expect(out.body).toBe("\uFEFF标题\r\n'=1+1\r\n路灯\r\n")
    expect(out.filename).toMatch(/^tickets-\d{4}-\d{2}-\d{2}\.csv$/)
    const audit = await t.app.db
      .selectFrom('audit_log')
      .select(['actor_type', 'actor_id', 'action', 'target', 'detail'])
      .where('action', '=', 'export.csv')
      .execute()
    expect(audit).toEqual([
      { actor_type: 'staff', actor_id: 7, action: 'export.csv', target: 'tickets', detail: { state: 'open', rows: 2 } },
    ])
  })
})
