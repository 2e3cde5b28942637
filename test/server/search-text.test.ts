import {
  charLength,
  expandSynonyms,
  grams,
  highlight,
  normalise,
  pinyinGrams,
  pinyinOf,
  pinyinQueryGrams,
  pinyinText,
  prepareFillers,
  prepareRewrites,
  prepareSynonyms,
  runSpelling,
  splitTerms,
  stripFillers,
  variantsOf,
} from '../../server/lib/search-text'
import { planTerm, queryTerms } from '../../server/services/catalogue-search'

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
  // ASCII runs: a query asks for its three-character pieces, stored text offers every piece up to three, so a
  // number inside a longer one is found (满1 in 满18周岁, 345 in 12345)
  expect(grams('12345')).toEqual(['123', '234', '345'])
  expect(grams('满1')).toEqual(['满', '1'])
  expect(grams('满18周岁', { index: true })).toEqual(expect.arrayContaining(['1', '8', '18', '满', '周岁']))
  expect(grams('12345', { index: true })).toEqual(expect.arrayContaining(['1', '34', '345']))
  expect(grams('12345', { index: true })).not.toContain('1234')
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

test('colloquial rewrites go one way, the longer phrase first, before synonyms', () => {
  const rewrites = prepareRewrites({ 上学: ['入学'], 孩子上学: ['入学'], 丢了: ['补领', '挂失'] })
  expect(variantsOf('孩子上学', synonyms, rewrites)).toEqual(['孩子上学', '入学'])
  expect(variantsOf('社保卡丢了', synonyms, rewrites)).toEqual(
    expect.arrayContaining(['社保卡补领', '社保卡挂失', '社会保障卡补领']),
  )
  // not the other way
  expect(variantsOf('入学', synonyms, rewrites)).toEqual(['入学'])
})

test('filler words are cut out, leaving the words around them as terms', () => {
  const fillers = prepareFillers(['办理', '怎么办', '怎么', '我要', '需要什么材料'])
  expect(stripFillers('办理居住证', fillers)).toBe('居住证')
  expect(stripFillers('身份证丢了怎么办', fillers)).toBe('身份证丢了')
  expect(stripFillers('我要办理居住证需要什么材料', fillers)).toBe('居住证')
  expect(stripFillers('社保卡办理公积金', fillers)).toBe('社保卡 公积金')
  expect(stripFillers('办理', fillers)).toBe('办理')
  expect(stripFillers('gjj', fillers)).toBe('gjj')
  // with the reviewed list
  expect(queryTerms('身份证丢了怎么办')).toEqual(['身份证丢了'])
  expect(queryTerms('如何申请公租房')).toEqual(['公租房'])
  expect(queryTerms('')).toEqual([])
})

test('pinyin full and initials; query grams', () => {
  expect(pinyinOf('住房公积金')).toEqual({ full: 'zhufanggongjijin', initials: 'zfgjj' })
  const stored = pinyinText(['住房公积金提取', '提公积金'])
  expect(stored).toEqual({ full: 'zhufanggongjijintiqu tigongjijin', initials: 'zfgjjtq tgjj' })
  const index = pinyinGrams(stored.full, stored.initials)
  const q = pinyinQueryGrams('gjj')!
  expect(q.initialsGrams.every((g) => index.includes(g))).toBe(true)
  const full = pinyinQueryGrams('gongjijin')!
  expect(full.fullGrams!.every((g) => index.includes(g))).toBe(true)
  // no gram spans two texts (…tiqu|ti…)
  expect(index).not.toContain('qut')
  expect(index).not.toContain('~qt')
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
  expect(planTerm('%').variants[0]).toMatchObject({ grams: [], text: '%' })
  expect(planTerm('公积金').variants.map((v) => v.text)).toEqual(['公积金', '住房公积金'])
})

test('runSpelling finds the run of a name spelled by a pinyin (homophone typos)', () => {
  expect(runSpelling('住房公积金提取', 'gongjijin')).toBe('公积金')
  expect(runSpelling('（补领）社会保障卡', 'shehui')).toBe('社会')
  expect(runSpelling('住房公积金提取', 'gongji')).toBe('公积')
  expect(runSpelling('住房公积金提取', 'jijinti')).toBe('积金提')
  expect(runSpelling('住房公积金提取', 'gongjin')).toBeNull()
})
