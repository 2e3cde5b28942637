import { seedCatalogue } from '../../server/db/seed/catalogue/load'
import type { LegalBasis, MaterialSeed, ServiceItemSeed } from '../../server/db/seed/catalogue/types'

/**
 * The hand-written catalogue read as a clerk would proof-read it before publishing (issue #3 §2–3), straight from
 * the seed the loader reads: the steps add up to the promised limit, the phones can be dialled, every 实施依据 names
 * an article, and every material the applicant writes or fills in shows a 示范文本 and what people get wrong.
 * Each check lists the offending guides, so a failure says what to fix.
 */

const { items } = seedCatalogue()

function where(item: ServiceItemSeed): string {
  return `${item.implCode} ${item.name}`
}

/** Working days of the steps that count toward the limit (公示, 寄递 … do not). */
function countedDays(item: ServiceItemSeed): number {
  return item.guide.process.filter((s) => s.countsTowardLimit).reduce((sum, s) => sum + s.days, 0)
}

/** One number or several separated by 、 — digits and '-' only, no "转…" or other note inside. */
const DIALLABLE = /^\d{3,8}(-\d{3,8})?(、\d{3,8}(-\d{3,8})?)*$/

const ARTICLE = /第[一二三四五六七八九十百千零〇\d]+条/
/** A section of a 意见 / 通知 / 决定 / 方案, which have no articles: 二、（一） or 三. */
const SECTION = /^[一二三四五六七八九十]+(、（[一二三四五六七八九十]+）)?(、|$)/
const VAGUE = /(有关|相关)(条款|部分)|全文|^附件|^第[^条]+(章|部分|节)/

/** Whether a citation names the article (or, for a policy document without articles, the section) it relies on. */
function citesArticle(b: LegalBasis): boolean {
  if (VAGUE.test(b.article)) return false
  if (ARTICLE.test(b.article)) return true
  const title = /《(.+?)》/.exec(b.law)?.[1] ?? b.law
  return /(意见|通知|决定|方案)$/.test(title.replace(/（[^）]*）$/, '')) && SECTION.test(b.article)
}

/** Materials the applicant writes or fills in: every online form, and the letters, applications and undertakings. */
const AUTHORED = /(委托书|申请书|申请表|登记表|承诺书|章程|清算报告|情况说明|生育说明)/
function applicantWrites(m: MaterialSeed): boolean {
  return m.form === '在线填写' || AUTHORED.test(m.name)
}

test('the seed is the catalogue the loader publishes (at least 150 items)', () => {
  expect(items.length).toBeGreaterThanOrEqual(150)
})

test('counted step days ≤ 承诺办结时限 ≤ 法定办结时限', () => {
  const wrong = items
    .filter((item) => {
      const g = item.guide
      return (
        countedDays(item) > g.promisedLimitDays || (g.legalLimitDays !== null && g.promisedLimitDays > g.legalLimitDays)
      )
    })
    .map(
      (item) =>
        `${where(item)}: 步骤 ${countedDays(item)} 天，承诺 ${item.guide.promisedLimitDays}，法定 ${item.guide.legalLimitDays}`,
    )
  expect(wrong).toEqual([])
})

test('咨询电话 and 监督投诉电话 are numbers that can be dialled, without notes inside', () => {
  const wrong = items.flatMap((item) =>
    [item.guide.consultPhone, item.guide.complaintPhone]
      .filter((phone) => !DIALLABLE.test(phone))
      .map((phone) => `${where(item)}: ${phone}`),
  )
  expect(wrong).toEqual([])
})

test('every 实施依据 cites an article, not "有关条款", "全文" or a chapter', () => {
  const wrong = items.flatMap((item) =>
    item.guide.basis.filter((b) => !citesArticle(b)).map((b) => `${where(item)}: ${b.law} ${b.article}`),
  )
  expect(wrong).toEqual([])
})

test('every material the applicant writes or fills in has a 示范文本 and a 常见错误示例', () => {
  const wrong = items.flatMap((item) =>
    item.guide.materials
      .filter((m) => applicantWrites(m) && (!m.sample?.trim() || m.commonMistakes.length === 0))
      .map((m) => `${where(item)}: ${m.name}`),
  )
  expect(wrong).toEqual([])
})

test('the citation check tells an article from a vague reference', () => {
  const basis = (law: string, article: string): LegalBasis => ({ law, article, text: '' })
  expect(citesArticle(basis('《中华人民共和国居民身份证法》', '第十一条'))).toBe(true)
  expect(citesArticle(basis('《国务院关于整合城乡居民基本医疗保险制度的意见》（国发〔2016〕3号）', '二、（一）'))).toBe(
    true,
  )
  expect(citesArticle(basis('《机动车驾驶证申领和使用规定》（公安部令第162号）', '期满换证有关条款'))).toBe(false)
  expect(citesArticle(basis('《婚姻登记条例》', '第二章 结婚登记'))).toBe(false)
  expect(citesArticle(basis('《中国人民银行关于取消企业银行账户许可的通知》', '全文'))).toBe(false)
  expect(citesArticle(basis('《江苏省物业管理条例》', '二'))).toBe(false)
  expect(DIALLABLE.test('0514-12345（转市不动产登记中心）')).toBe(false)
  expect(DIALLABLE.test('0514-87362110、12345')).toBe(true)
})
