import { readStored, STORAGE_KEYS, writeStored } from '../../../lib/storage'
import type { Place } from '../api/catalogue-types'

/** Where the resident does things: a 县（市、区）, or a 乡镇（街道） inside one, remembered on the device. */
export interface MyPlace {
  /** 6-digit county code, or 9-digit town code. */
  divisionCode: string
  /** 广陵区文峰街道 */
  name: string
}

/** One group of the 办理地点 list, in the order the guide shows them. */
export interface PlaceGroup {
  title: string
  places: Place[]
}

const LEVEL_TITLES: Record<Place['level'], string> = {
  city: '市级',
  county: '县（市、区）级',
  town: '乡镇（街道）级',
  village: '村（社区）级',
}
const LEVELS: Place['level'][] = ['city', 'county', 'town', 'village']

/**
 * The 办理地点 of a service as the guide lists them: the resident's own street (or district) first — “我的街道”,
 * then the rest of their district — then every other place grouped by level, city first (issue #14). Without a
 * remembered place the list is just grouped by level.
 */
export function groupPlaces(places: readonly Place[], mine: MyPlace | null): PlaceGroup[] {
  const county = mine?.divisionCode.slice(0, 6)
  const isMine = (p: Place) => mine !== null && p.divisionCode === mine.divisionCode
  const inMyCounty = (p: Place) => county !== undefined && !isMine(p) && p.divisionCode.startsWith(county)
  const groups: PlaceGroup[] = []
  const own = places.filter(isMine)
  if (own.length)
    groups.push({ title: `我的${mine!.divisionCode.length === 9 ? '街道' : '区县'}：${mine!.name}`, places: own })
  const near = places.filter(inMyCounty)
  if (near.length) groups.push({ title: '本区县其他地点', places: near })
  for (const level of LEVELS) {
    const rest = places.filter((p) => p.level === level && !isMine(p) && !inMyCounty(p))
    if (rest.length) groups.push({ title: LEVEL_TITLES[level], places: rest })
  }
  return groups
}

/** What a place asks beyond the guide shown: “本街道办理需另带 …”, and a different promised limit. */
export function placeDifferences(place: Place, shown: Place | undefined): string[] {
  const out: string[] = []
  const here =
    place.level === 'town'
      ? '本街道'
      : place.level === 'county'
        ? '本区县'
        : place.level === 'village'
          ? '本社区'
          : '市级'
  if (place.extraMaterials.length) out.push(`${here}办理需另带：${place.extraMaterials.join('、')}`)
  if (shown && place.promisedLimitDays !== shown.promisedLimitDays)
    out.push(`${here}承诺 ${place.promisedLimitDays === 0 ? '即办' : `${place.promisedLimitDays} 个工作日`}办结`)
  return out
}

/** The remembered place, or null. */
export function readMyPlace(): MyPlace | null {
  const stored = readStored<Partial<MyPlace>>(STORAGE_KEYS.myPlace)
  return stored &&
    typeof stored.divisionCode === 'string' &&
    /^\d{6}(\d{3})?$/.test(stored.divisionCode) &&
    typeof stored.name === 'string'
    ? { divisionCode: stored.divisionCode, name: stored.name }
    : null
}

/** Remembers where the resident does things (the “设为我的街道” button). */
export function rememberMyPlace(place: MyPlace): void {
  writeStored(STORAGE_KEYS.myPlace, place)
}
