import {
  charLength,
  containsPattern,
  escapeLike,
  expandSynonyms,
  grams,
  highlight,
  normalise,
  pinyinIndex,
  pinyinOf,
  pinyinQueryGrams,
  prepareSynonyms,
  splitTerms,
  variantsOf,
} from '../../server/lib/search-text'
import { planTerm } from '../../server/services/catalogue-search'

const synonyms = prepareSynonyms([
  ['社保卡', '社会保障卡'],
  ['公积金', '住房公积金'],
  ['补办', '补领', '补发'],
])

test('normalise: NFKC, lowercase, control characters gone, whitespace collapsed', () => {
  expect(normalise('  ＧＪＪ\u0000公积金\u200b  提取\t ')).toBe('gjj公积金 提取')
  expect(normalise('（住房）')).toBe('(住房)')
  expect(charLength('😀公积金')).toBe(4)
})

test('grams: CJK bigrams, a one-character run as itself, ASCII tokens, unigrams on request', () => {
  expect(grams('住房公积金')).toEqual(['住房', '房公', '公积', '积金'])
  expect(grams('证')).toEqual(['证'])
  expect(grams('ICP备案')).toEqual(['icp', '备案'])
  expect(grams('社保卡', { unigrams: true })).toEqual(expect.arrayContaining(['社保', '保卡', '社', '保', '卡']))
  expect(grams('%_\\😀')).toEqual([])
})

test('splitTerms: punctuation and emoji separate, % _ \\ stay literal, pinyin with spaces is one word', () => {
  expect(splitTerms('"公积金"')).toEqual(['公积金'])
  expect(splitTerms('公积金 提取')).toEqual(['公积金', '提取'])
  expect(splitTerms('😀')).toEqual([])
  expect(splitTerms('100%')).toEqual(['100%'])
  expect(splitTerms('gong ji jin')).toEqual(['gongjijin'])
  expect(splitTerms('a b c d e f g h i j 1').length).toBeLessThanOrEqual(8)
})

test('synonyms both ways, and index-time expansion', () => {
  expect(variantsOf('社保卡', synonyms)).toEqual(['社保卡', '社会保障卡'])
  expect(variantsOf('社会保障卡', synonyms)).toEqual(['社会保障卡', '社保卡'])
  expect(variantsOf('补办社保卡', synonyms)).toEqual(expect.arrayContaining(['补领社保卡', '补办社会保障卡']))
  expect(variantsOf('补办社保卡', synonyms).length).toBeLessThanOrEqual(6)
  expect(expandSynonyms(['社会保障卡申领'], synonyms)).toEqual(['社保卡', '社会保障卡'])
})

test('LIKE escaping of % _ \\', () => {
  expect(escapeLike('100%_a\\b')).toBe('100\\%\\_a\\\\b')
  expect(containsPattern('%')).toBe('%\\%%')
})

test('pinyin full and initials; query grams', () => {
  expect(pinyinOf('住房公积金')).toEqual({ full: 'zhufanggongjijin', initials: 'zfgjj' })
  const index = pinyinIndex(['住房公积金提取'])
  const q = pinyinQueryGrams('gjj')!
  expect(q.initialsGrams.every((g) => index.grams.includes(g))).toBe(true)
  const full = pinyinQueryGrams('gongjijin')!
  expect(full.fullGrams!.every((g) => index.grams.includes(g))).toBe(true)
  expect(pinyinQueryGrams('g')).toBeNull()
  expect(pinyinQueryGrams('公积金')).toBeNull()
})

test('highlight: substring, synonym variant and pinyin hits, no HTML', () => {
  expect(highlight('住房公积金提取', ['公积金'])).toEqual([
    { text: '住房', hit: false },
    { text: '公积金', hit: true },
    { text: '提取', hit: false },
  ])
  expect(highlight('住房公积金提取', ['gjj']).filter((s) => s.hit)).toEqual([{ text: '公积金', hit: true }])
  expect(highlight('社会保障卡（ICP）', ['icp']).filter((s) => s.hit)).toEqual([{ text: 'ICP', hit: true }])
  expect(
    highlight('<b>x</b>', ['b'])
      .map((s) => s.text)
      .join(''),
  ).toBe('<b>x</b>')
})

test('planTerm: one-character terms skip guide text; %-only terms have no grams', () => {
  expect(planTerm('证').variants[0]).toMatchObject({ grams: ['证'], inGuide: false })
  expect(planTerm('%').variants[0]).toMatchObject({ grams: [], pattern: '%\\%%' })
  expect(planTerm('公积金').variants.map((v) => v.pattern)).toEqual(['%公积金%', '%住房公积金%'])
})
