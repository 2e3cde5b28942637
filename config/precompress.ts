import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import type { Compiler } from 'webpack'

/** Text assets worth compressing; images and fonts of the H5 build are already compressed formats. */
const COMPRESSIBLE = /\.(js|css|html|svg|json|txt|map)$/

/**
 * Writes `<asset>.br` (brotli, quality 11) and `<asset>.gz` (gzip, level 9) beside every text asset of the H5 build,
 * so the server sends them as they are (`@fastify/static` with `preCompressed: true`) instead of compressing each
 * response or sending the JavaScript raw. Runs inside webpack, so `taro build --type h5`, `npm start`'s build and
 * the test set-up's rebuild all make them. Every text asset gets both files, however small: a file without them would
 * be compressed again on each request by the API's compression.
 */
export class PrecompressPlugin {
  apply(compiler: Compiler): void {
    const { Compilation, sources } = compiler.webpack
    compiler.hooks.thisCompilation.tap('PrecompressPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        // after minification and after html-webpack-plugin has written index.html
        { name: 'PrecompressPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (!COMPRESSIBLE.test(name)) continue
            const raw = compilation.getAsset(name)?.source.buffer()
            if (!raw) continue
            const br = brotliCompressSync(raw, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
              },
            })
            compilation.emitAsset(`${name}.br`, new sources.RawSource(br))
            compilation.emitAsset(`${name}.gz`, new sources.RawSource(gzipSync(raw, { level: 9 })))
          }
        },
      )
    })
  }
}
