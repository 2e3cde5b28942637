/** The environment variables the weapp release guard reads. */
export interface WeappReleaseEnv {
  TARO_ENV?: string
  WEAPP_RELEASE?: string
  TARO_APP_API_BASE?: string
}

/**
 * Why a weapp build must not go on, or '' when it may. Only release builds (`WEAPP_RELEASE=1`) are checked: WeChat
 * accepts only https request domains, and without `TARO_APP_API_BASE` the bundle would talk to
 * `http://localhost:3000`. Every other build (dev, `npm test`, `npm run bench`, the weapp test harness) runs
 * with `NODE_ENV=production` too (Taro's default for `taro build`) and keeps its local or test origin.
 */
export function weappReleaseProblem(env: WeappReleaseEnv): string {
  if (env.TARO_ENV !== 'weapp' || env.WEAPP_RELEASE !== '1') return ''
  const base = env.TARO_APP_API_BASE?.trim() ?? ''
  if (!base) {
    return (
      '小程序发布构建必须设置 TARO_APP_API_BASE（https 地址），否则会使用 http://localhost:3000。\n' +
      'A weapp release build needs TARO_APP_API_BASE (an https URL); otherwise it would call http://localhost:3000.'
    )
  }
  if (!/^https:\/\/[^/\s]+/i.test(base)) {
    return (
      `小程序发布构建的 TARO_APP_API_BASE 必须是 https 地址（微信只允许 https 合法域名），现为：${base}\n` +
      `A weapp release build needs an https TARO_APP_API_BASE (WeChat allows only https request domains), got: ${base}`
    )
  }
  return ''
}

/**
 * Stops the build with {@link weappReleaseProblem}'s message when there is one. It exits rather than throws: Taro
 * reports any error thrown by the config as "找不到项目配置文件", which would hide the reason.
 */
export function exitOnWeappReleaseProblem(env: WeappReleaseEnv): void {
  const problem = weappReleaseProblem(env)
  if (!problem) return
  console.error(`\n${problem}\n`)
  process.exit(1)
}
