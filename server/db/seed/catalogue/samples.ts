/**
 * 示范文本 of the documents applicants write again and again across guides — the 授权委托书 and the 承诺书. One wording
 * per kind of document, filled in with each guide's parties and matter, so the same letter never reads two ways.
 */

/** Date the samples are signed on (matches the seed's guides, updated 2026). */
const SIGNED = '2026年10月12日'

/** What a 授权委托书 must say: who authorises whom, for which matter, how far, until when. */
export interface ProxyLetter {
  /** 委托人, e.g. '张某（身份证号 3210**********1234）' */
  principal: string
  /** 受托人 */
  agent: string
  /** 委托事项, e.g. '电动自行车注册登记' */
  matter: string
  /** 委托权限: what the agent may sign and collect. */
  scope: string
  /** 委托期限; defaults to until the matter is done. */
  period?: string
  /** How the principal signs; defaults to a handwritten signature. */
  signature?: string
}

/** A filled 授权委托书. */
export function proxyLetterSample(o: ProxyLetter): string {
  const period = o.period ?? `自${SIGNED}起至该事项办结之日止`
  const signature = o.signature ?? '委托人（亲笔签名）：××'
  return `授权委托书：委托人${o.principal}，受托人${o.agent}。现委托受托人代为办理${o.matter}，委托权限：${o.scope}。委托期限：${period}。${signature}　${SIGNED}`
}

/** What a 承诺书 must say: who undertakes, each promise, and what follows a false one. */
export interface Undertaking {
  /** 承诺人, e.g. '扬州某某建设发展有限公司（法定代表人：刘某）' */
  who: string
  promises: string[]
  /** What the signer accepts if a promise proves false. */
  consequence: string
  /** 签署, e.g. '法定代表人签名并加盖公章' */
  signature: string
}

/** A filled 承诺书, promises numbered. */
export function undertakingSample(o: Undertaking): string {
  const promises = o.promises.map((p, i) => `${i + 1}. ${p}`).join('；')
  return `承诺书：${o.who}郑重承诺：${promises}。如有不实或违反承诺，${o.consequence}。（${o.signature}）${SIGNED}`
}
