import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { IPluginContext } from '@tarojs/service'

/**
 * Puts the mini-program appid from `TARO_APP_ID` where WeChat DevTools reads it, without editing the committed
 * project.config.json (which keeps the tourist appid so anyone can open the project):
 * - `project.private.config.json` at the repo root (git-ignored; DevTools gives it priority over project.config.json);
 * - `dist/weapp/project.config.json`, the copy Taro writes into the build, for opening dist/weapp directly.
 * @see https://developers.weixin.qq.com/miniprogram/dev/devtools/projectconfig.html
 */
export default function projectAppid(ctx: IPluginContext): void {
  ctx.onBuildFinish(() => {
    const appid = process.env.TARO_APP_ID
    if (process.env.TARO_ENV !== 'weapp' || !appid) return
    const root = ctx.paths.appPath
    writeFileSync(
      path.join(root, 'project.private.config.json'),
      `${JSON.stringify({ description: 'Written by the build from TARO_APP_ID; not committed.', appid }, null, 2)}\n`,
    )
    const built = path.join(ctx.paths.outputPath, 'project.config.json')
    if (existsSync(built)) {
      const config = JSON.parse(readFileSync(built, 'utf8'))
      writeFileSync(built, `${JSON.stringify({ ...config, appid }, null, 2)}\n`)
    }
  })
}
