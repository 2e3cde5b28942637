import fs from 'node:fs'
import path from 'node:path'

/** Repository root (this file lives in test/weapp/harness). */
export const REPO_ROOT = path.resolve(__dirname, '../../..')

/**
 * The compiled mini-program under test: `dist/weapp`, or `WEAPP_DIST` when set (used to point the suite at a
 * deliberately broken copy and watch the right test fail).
 */
export const DIST_ROOT = path.resolve(REPO_ROOT, process.env.WEAPP_DIST ?? 'dist/weapp')

/** The parsed `app.json` of the build. */
export interface AppJson {
  pages: string[]
  subPackages?: Array<{ root: string; pages: string[] }>
  subpackages?: Array<{ root: string; pages: string[] }>
  tabBar?: { list: Array<{ pagePath: string; text: string }> }
  window?: Record<string, unknown>
}

/** Reads `app.json` of the build under test. */
export function readAppJson(): AppJson {
  return JSON.parse(fs.readFileSync(path.join(DIST_ROOT, 'app.json'), 'utf8'))
}

/** Every page route of the build: main-package pages, then each subpackage's pages prefixed with its root. */
export function allRoutes(app: AppJson = readAppJson()): string[] {
  const subs = app.subPackages ?? app.subpackages ?? []
  return [...app.pages, ...subs.flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))]
}
