import type { Compiler } from 'webpack'

/** What `page-assets.json` maps each page to. */
export interface PageAssets {
  js: string[]
  css: string[]
}

/**
 * Writes `page-assets.json` into the H5 build: for each page (its route, e.g. `/pages/index/index`), the script and
 * stylesheet files Taro's router loads for it on demand after the app's own script has run. The server names them in
 * the page's HTML as `<link rel="preload">` (server/plugins/static.ts), so a phone fetches them while it fetches the
 * app instead of one round trip later. Pages are the chunk groups Taro's H5 entry imports by page path (`import('./pages/index/index')`).
 */
export class PageAssetsPlugin {
  apply(compiler: Compiler): void {
    const { Compilation, sources } = compiler.webpack
    compiler.hooks.thisCompilation.tap('PageAssetsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'PageAssetsPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        () => {
          const pages: Record<string, PageAssets> = {}
          for (const group of compilation.chunkGroups) {
            const page = group.origins
              .map((origin) =>
                origin.request?.replace(/\\/g, '/').match(/(?:^|[/!])((?:pages|packages)\/[\w/-]+\/index)$/),
              )
              .find(Boolean)?.[1]
            if (!page) continue
            const route = `/${page}`
            const files = group.chunks.flatMap((chunk) => [...chunk.files])
            pages[route] = {
              js: files.filter((f) => f.endsWith('.js')).map((f) => `/${f}`),
              css: files.filter((f) => f.endsWith('.css')).map((f) => `/${f}`),
            }
          }
          if (Object.keys(pages).length === 0) {
            const requests = compilation.chunkGroups.flatMap((g) => g.origins.map((o) => o.request)).slice(0, 5)
            compilation.warnings.push(
              new compiler.webpack.WebpackError(`page-assets: no page chunk found (origins: ${requests.join(', ')})`),
            )
          }
          compilation.emitAsset('page-assets.json', new sources.RawSource(`${JSON.stringify(pages, null, 1)}\n`))
        },
      )
    })
  }
}
