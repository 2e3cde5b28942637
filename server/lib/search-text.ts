import { pinyin } from 'pinyin-pro'

/**
 * Pure text functions of catalogue search (issue #3, docs/design.md §4): normalisation, CJK grams, synonym variants,
 * pinyin and name highlighting. The loader stores normalised text and pinyin, the index builds grams from it, the
 * search service plans a query with the same functions; all must agree, so they live in one place.
 */

/** Longest query accepted, in characters (code points) after normalisation. */
export const MAX_QUERY_LENGTH = 200
/** Terms beyond this many are ignored: each term is one more pass over the matches. */
export const MAX_TERMS = 8
/** Synonym variants per term, the term itself included. */
export const MAX_VARIANTS = 6

const HAN = /\p{Script=Han}/u
// Controls and format characters (zero-width joiners, BOM, bidi marks) carry nothing a resident means to search.
const CONTROL = /[\p{Cc}\p{Cf}]/gu
// What splits a query into terms: anything that is not a letter, a digit, or one of % _ \ (kept so that a literal
// "100%" or "a_b" searches literally: matching is plain substring search, no pattern language).
const SEPARATOR = /[^\p{L}\p{N}%_\\]+/u

/** NFKC, lowercase, control characters removed, whitespace collapsed and trimmed. Does not truncate. */
export function normalise(text: string): string {
  return text.normalize('NFKC').replace(CONTROL, '').toLowerCase().replace(/\s+/gu, ' ').trim()
}

/** Length in characters (code points), the unit of the 200-character limit. */
export function charLength(text: string): number {
  let n = 0
  for (const _ of text) n++
  return n
}

/**
 * `index`: grams of stored text rather than of a query (see {@link grams}); `unigrams`: every Han character as a gram
 * too; `normalised`: the text is already {@link normalise}d.
 */
export interface GramOptions {
  index?: boolean
  unigrams?: boolean
  normalised?: boolean
}

/** Longest piece of an ASCII run that is a gram. */
const ASCII_GRAM = 3

/**
 * Grams of a text: for each run of Han characters its bigrams (a one-character run gives that character, and with
 * `unigrams` every character is added too). A run of ASCII letters/digits gives, in stored text, every piece of up
 * to three characters, and in a query its three-character pieces (or itself when shorter), so that "1" or "345" finds
 * 18 or 12345 inside a longer run. Everything else separates.
 */
export function grams(text: string, options: GramOptions = {}): string[] {
  const out = new Set<string>()
  forEachGram(text, options, (g) => out.add(g))
  return [...out]
}

/** Whether one character (code point) is Han: the common CJK block by code, the rest by the (slow) regexp, kept. */
const otherHan = new Map<string, boolean>()
function isHan(c: string): boolean {
  const code = c.charCodeAt(0)
  if (code >= 0x4e00 && code <= 0x9fff) return true
  if (code < 0x2e80) return false
  let han = otherHan.get(c)
  if (han === undefined) {
    han = HAN.test(c)
    if (otherHan.size < 100_000) otherHan.set(c, han)
  }
  return han
}

function isAsciiWord(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
}

/** Visits the grams of one ASCII run (see {@link grams}). */
function visitAscii(run: string, index: boolean, visit: (gram: string) => void): void {
  if (index) {
    for (let len = 1; len <= ASCII_GRAM; len++) for (let i = 0; i + len <= run.length; i++) visit(run.slice(i, i + len))
  } else if (run.length <= ASCII_GRAM) visit(run)
  else for (let i = 0; i + ASCII_GRAM <= run.length; i++) visit(run.slice(i, i + ASCII_GRAM))
}

/**
 * Calls `visit` with each gram of `text` as {@link grams} defines them, possibly more than once for a gram. The
 * index builds its postings with it directly, without a set and an array per text.
 */
export function forEachGram(text: string, options: GramOptions, visit: (gram: string) => void): void {
  const source = options.normalised ? text : normalise(text)
  const unigrams = options.unigrams === true
  const index = options.index === true
  let prev = '' // previous Han character of the current run
  let runLength = 0
  let ascii = ''
  for (const c of source) {
    if (isHan(c)) {
      if (ascii) {
        visitAscii(ascii, index, visit)
        ascii = ''
      }
      if (unigrams) visit(c)
      if (runLength > 0) visit(prev + c)
      prev = c
      runLength++
      continue
    }
    // a one-character Han run is its own gram
    if (runLength === 1 && !unigrams) visit(prev)
    runLength = 0
    if (isAsciiWord(c)) ascii += c
    else if (ascii) {
      visitAscii(ascii, index, visit)
      ascii = ''
    }
  }
  if (runLength === 1 && !unigrams) visit(prev)
  if (ascii) visitAscii(ascii, index, visit)
}

/** Grams of several texts, each on its own (no gram spans two texts). */
export function gramsOf(texts: readonly string[], options: GramOptions = {}): string[] {
  const out = new Set<string>()
  for (const t of texts) for (const g of grams(t, options)) out.add(g)
  return [...out]
}

/** Splits a normalised query into search terms (at most {@link MAX_TERMS}). An all-letter query is one term. */
export function splitTerms(query: string): string[] {
  if (/^[a-z ]+$/.test(query)) {
    // "gong ji jin" is one pinyin word typed with spaces
    const joined = query.replace(/ /g, '')
    return joined ? [joined] : []
  }
  return query
    .split(SEPARATOR)
    .filter((t) => t.length > 0)
    .slice(0, MAX_TERMS)
}

/** Normalised synonym groups, ready for {@link variantsOf} and {@link expandSynonyms}. */
export type Synonyms = readonly (readonly string[])[]

/** Normalises a synonym list once. */
export function prepareSynonyms(groups: readonly (readonly string[])[]): Synonyms {
  return groups.map((g) => [...new Set(g.map(normalise).filter(Boolean))])
}

/** Normalised one-way rewrites (a resident's phrase → catalogue words), longest phrase first. */
export type Rewrites = readonly { from: string; to: readonly string[] }[]

/** Normalises a one-way rewrite list once ({@link variantsOf}'s third argument). */
export function prepareRewrites(terms: Readonly<Record<string, readonly string[]>>): Rewrites {
  return Object.entries(terms)
    .map(([from, to]) => ({ from: normalise(from), to: [...new Set(to.map(normalise).filter(Boolean))] }))
    .filter((r) => r.from && r.to.length > 0)
    .sort((a, b) => charLength(b.from) - charLength(a.from))
}

/**
 * The term and the terms it means: first each colloquial phrase in it is rewritten one way into catalogue words
 * (生孩子 → 出生; a shorter phrase inside a rewritten one is not rewritten again), then every synonym group member
 * found is replaced by each other member, up to two replacements deep (补办社保卡 → 补领社保卡, 补办社会保障卡, …),
 * the term itself first, at most {@link MAX_VARIANTS}.
 */
export function variantsOf(term: string, synonyms: Synonyms, rewrites: Rewrites = []): string[] {
  const out = [term]
  const seen = new Set(out)
  const add = (v: string, next: string[]): boolean => {
    if (seen.has(v)) return false
    seen.add(v)
    out.push(v)
    next.push(v)
    return out.length >= MAX_VARIANTS
  }
  let frontier = [term]
  for (let depth = 0; depth < 2 && out.length < MAX_VARIANTS; depth++) {
    const next: string[] = []
    for (const t of frontier) {
      const rewritten: string[] = []
      for (const r of rewrites) {
        if (!t.includes(r.from) || rewritten.some((f) => f.includes(r.from))) continue
        rewritten.push(r.from)
        for (const to of r.to) if (add(t.replace(r.from, to), next)) return out
      }
      for (const group of synonyms) {
        // longest member first, so 社会保障卡 is replaced as a whole rather than via a shorter member
        const member = [...group].sort((a, b) => b.length - a.length).find((m) => t.includes(m))
        if (!member) continue
        for (const other of group) if (other !== member && add(t.replace(member, other), next)) return out
      }
    }
    frontier = next
  }
  return out
}

/** Normalised filler words, longest first ({@link stripFillers}). */
export function prepareFillers(words: readonly string[]): string[] {
  return [...new Set(words.map(normalise).filter(Boolean))].sort((a, b) => charLength(b) - charLength(a))
}

/**
 * A query without its filler words (办理, 怎么办 …, see {@link prepareFillers}): each is cut out, leaving a space so
 * that what stood on either side stays two terms. A query made only of fillers is returned as it was.
 */
export function stripFillers(query: string, fillers: readonly string[]): string {
  let out = query
  for (const f of fillers) if (out.includes(f)) out = out.split(f).join(' ')
  out = out.replace(/\s+/g, ' ').trim()
  return out || query
}

/**
 * Index-time expansion: every member of every synonym group one of whose members occurs in `texts`.
 * Stored with the item's keywords, so 社会保障卡 items also carry 社保卡 (and the other way round).
 */
export function expandSynonyms(texts: readonly string[], synonyms: Synonyms): string[] {
  const haystack = texts.map(normalise).join('\n')
  const out = new Set<string>()
  for (const group of synonyms) if (group.some((m) => haystack.includes(m))) for (const m of group) out.add(m)
  return [...out]
}

/** One character of a text with its pinyin (lowercase, no tones, ü as v); non-Han characters have none. */
interface PinyinChar {
  index: number
  full: string
  initial: string
}

function pinyinChars(text: string): PinyinChar[] {
  const chars = [...text]
  const all = pinyin(text, { toneType: 'none', type: 'all', v: true })
  const out: PinyinChar[] = []
  // pinyin-pro returns one entry per character for type 'all'
  all.forEach((p, index) => {
    if (p.isZh && chars[index] !== undefined) out.push({ index, full: p.pinyin.toLowerCase(), initial: p.first })
  })
  return out
}

/** Pinyin of item names as highlighting reads them, kept: names repeat from search to search, pinyin-pro is slow. */
const namePinyin = new Map<string, PinyinChar[]>()
const NAME_PINYIN_MAX = 20_000

function cachedPinyinChars(name: string): PinyinChar[] {
  let chars = namePinyin.get(name)
  if (!chars) {
    if (namePinyin.size >= NAME_PINYIN_MAX) namePinyin.clear()
    chars = pinyinChars(name)
    namePinyin.set(name, chars)
  }
  return chars
}

/** Full pinyin and initials of one text: 住房公积金 → { full: 'zhufanggongjijin', initials: 'zfgjj' }. */
export function pinyinOf(text: string): { full: string; initials: string } {
  const chars = pinyinChars(normalise(text))
  return { full: chars.map((c) => c.full).join(''), initials: chars.map((c) => c.initial.toLowerCase()).join('') }
}

function ngrams(text: string, n: number): string[] {
  const out: string[] = []
  for (let i = 0; i + n <= text.length; i++) out.push(text.slice(i, i + n))
  return out
}

/** Marks initials grams so they never collide with full-pinyin grams. */
const INITIALS_MARK = '~'

/**
 * Pinyin of several texts (name and aliases), as stored: full pinyin and initials, one space-separated piece per
 * text so that no match spans two texts.
 */
export function pinyinText(texts: readonly string[]): { full: string; initials: string } {
  const fulls: string[] = []
  const initials: string[] = []
  for (const t of texts) {
    const p = pinyinOf(t)
    if (!p.full) continue
    fulls.push(p.full)
    initials.push(p.initials)
  }
  return { full: fulls.join(' '), initials: initials.join(' ') }
}

/**
 * Pinyin grams of stored pinyin text ({@link pinyinText}): trigrams of the full pinyin, bigrams and trigrams of the
 * initials (marked with `~`). The query side is {@link pinyinQueryGrams}.
 */
export function pinyinGrams(full: string, initials: string): string[] {
  const out = new Set<string>()
  forEachPinyinGram(full, initials, (g) => out.add(g))
  return [...out]
}

/** Calls `visit` with each gram {@link pinyinGrams} gives, possibly more than once for a gram. */
export function forEachPinyinGram(full: string, initials: string, visit: (gram: string) => void): void {
  for (const piece of full.split(' ')) for (let i = 0; i + 3 <= piece.length; i++) visit(piece.slice(i, i + 3))
  for (const piece of initials.split(' '))
    for (let n = 2; n <= 3; n++)
      for (let i = 0; i + n <= piece.length; i++) visit(INITIALS_MARK + piece.slice(i, i + n))
}

/**
 * The run of a name's characters whose full pinyin spells `spelled`, as written in the name (公积金 in
 * 住房公积金提取 for "gongjijin"), or null. Used to turn a homophone typo (公基金) into the word the catalogue uses.
 */
export function runSpelling(name: string, spelled: string): string | null {
  const py = cachedPinyinChars(name)
  const chars = [...name]
  for (let s = 0; s < py.length; s++) {
    let acc = ''
    for (let e = s; e < py.length && acc.length < spelled.length; e++) {
      if (e > s && py[e]!.index !== py[e - 1]!.index + 1) break
      acc += py[e]!.full
      if (acc === spelled) return chars.slice(py[s]!.index, py[e]!.index + 1).join('')
    }
  }
  return null
}

/** A pinyin plan for an all-letter term of at least two letters, else null. */
export interface PinyinQuery {
  term: string
  /** Candidate grams when read as full pinyin (null when too short to be full pinyin). */
  fullGrams: string[] | null
  /** Candidate grams when read as initials. */
  initialsGrams: string[]
}

/** How an all-letter term is searched as pinyin: `gongjijin` as full pinyin, `gjj` as initials. */
export function pinyinQueryGrams(term: string): PinyinQuery | null {
  if (!/^[a-z]{2,}$/.test(term)) return null
  const initialsGrams = term.length === 2 ? [INITIALS_MARK + term] : ngrams(term, 3).map((g) => INITIALS_MARK + g)
  return { term, fullGrams: term.length >= 3 ? ngrams(term, 3) : null, initialsGrams }
}

/** A piece of a highlighted name; no HTML on either platform. */
export interface Segment {
  text: string
  hit: boolean
}

/** Marks ranges [start, end) of `text` (code-point indexes) as hits and cuts it into segments. */
function toSegments(chars: string[], hits: boolean[]): Segment[] {
  const out: Segment[] = []
  chars.forEach((c, i) => {
    const hit = hits[i] ?? false
    const last = out[out.length - 1]
    if (last && last.hit === hit) last.text += c
    else out.push({ text: c, hit })
  })
  return out
}

/**
 * Cuts a name into highlighted segments: every occurrence of any of `needles` (normalised terms and their
 * variants) is a hit; for all-letter needles the characters whose pinyin or initials spell it are hits.
 * Matching is on the normalised form, mapped back character by character to the name as written.
 */
export function highlight(name: string, needles: readonly string[]): Segment[] {
  const chars = [...name]
  const hits = new Array<boolean>(chars.length).fill(false)
  // normalised text with, per normalised code point, the index of the original character it came from
  const norm: string[] = []
  const origin: number[] = []
  chars.forEach((c, i) => {
    for (const n of c.normalize('NFKC').toLowerCase()) {
      norm.push(n)
      origin.push(i)
    }
  })
  const normText = norm.join('')
  for (const needle of needles) {
    if (!needle) continue
    const needleChars = [...needle]
    let from = 0
    for (;;) {
      const at = normText.indexOf(needle, from)
      if (at < 0) break
      // indexOf counts UTF-16 units; convert to a code-point index
      const start = [...normText.slice(0, at)].length
      for (let k = start; k < start + needleChars.length; k++) hits[origin[k]!] = true
      from = at + needle.length
    }
    if (/^[a-z]{2,}$/.test(needle)) {
      const py = cachedPinyinChars(name)
      for (const mode of ['full', 'initial'] as const) {
        // find a run of consecutive Han characters whose pinyin concatenates to the needle
        for (let s = 0; s < py.length; s++) {
          let acc = ''
          for (let e = s; e < py.length && acc.length < needle.length; e++) {
            if (e > s && py[e]!.index !== py[e - 1]!.index + 1) break
            acc += mode === 'full' ? py[e]!.full : py[e]!.initial.toLowerCase()
            if (acc === needle) for (let k = s; k <= e; k++) hits[py[k]!.index] = true
          }
        }
      }
    }
  }
  return toSegments(chars, hits)
}
