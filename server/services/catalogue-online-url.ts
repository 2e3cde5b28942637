/**
 * Default online entry: the item page of 江苏政务服务网 (the provincial 政务服务网, www.jszwfw.gov.cn), 扬州 channel,
 * keyed by 实施编码. Override with CATALOGUE_ONLINE_URL_TEMPLATE; `{code}` is replaced by the URL-encoded code.
 */
export const DEFAULT_ONLINE_URL_TEMPLATE = 'https://www.jszwfw.gov.cn/yzzwfw/item?code={code}'

/**
 * Checks a CATALOGUE_ONLINE_URL_TEMPLATE value: an https URL containing `{code}`; unset means the default. Returns the
 * template, or the problem for the start-up list (config.ts collects it with the others).
 */
export function readOnlineUrlTemplate(raw: string | undefined): { template: string } | { problem: string } {
  const value = raw?.trim()
  if (!value) return { template: DEFAULT_ONLINE_URL_TEMPLATE }
  let ok = value.includes('{code}')
  try {
    ok &&= new URL(value.replace('{code}', 'x')).protocol === 'https:'
  } catch {
    ok = false
  }
  if (ok) return { template: value }
  return {
    problem: `CATALOGUE_ONLINE_URL_TEMPLATE 应为含 {code} 的 https 地址，现为 “${value}” / must be an https URL containing {code}`,
  }
}
