import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type pg from 'pg'
import { MIGRATIONS_DIR, runMigrations } from '../../server/db/migrate'

test('the shipped migrations have one file per number', () => {
  const versions = fs
    .readdirSync(MIGRATIONS_DIR)
    .filter((f) => f.endsWith('.sql'))
    .map((f) => f.slice(0, 3))
  expect(new Set(versions).size).toBe(versions.length)
})

test('two migrations with the same number are refused before anything runs', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yz-migrations-'))
  try {
    fs.writeFileSync(path.join(dir, '001_a.sql'), 'select 1;')
    fs.writeFileSync(path.join(dir, '001_b.sql'), 'select 1;')
    const pool = {
      connect: () => {
        throw new Error('must not connect')
      },
    } as unknown as pg.Pool
    await expect(runMigrations(pool, dir)).rejects.toThrow('迁移编号重复 / duplicate migration number: 001')
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
})
