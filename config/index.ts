import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import { PageAssetsPlugin } from './page-assets'
import { PrecompressPlugin } from './precompress'
import prodConfig from './prod'
import { exitOnWeappReleaseProblem } from './weapp-release-guard'

/**
 * Taro build configuration shared by weapp and H5.
 * @see docs/design.md §4 for why each setting is what it is.
 */
export default defineConfig<'webpack5'>(async (merge) => {
  // A weapp release (WEAPP_RELEASE=1) without an https API base stops here, before anything is compiled.
  exitOnWeappReleaseProblem(process.env)
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'yangzhou-gov-services',
    date: '2026-11-27',
    // NutUI is drawn at 375 px; our own styles at Taro's default 750.
    designWidth(input) {
      const file = typeof input === 'object' && input?.file ? input.file.replace(/\\+/g, '/') : ''
      return file.includes('@nutui') ? 375 : 750
    },
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // Each platform gets its own folder, so the two builds never overwrite each other.
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: ['@tarojs/plugin-html', path.resolve(__dirname, 'plugins/project-appid.ts')],
    // Always inline the API base (empty = same origin on H5, the local server on weapp), so no build leaves a bare
    // `process.env` read behind for a platform that has no `process`.
    defineConstants: { 'process.env.TARO_APP_API_BASE': JSON.stringify(process.env.TARO_APP_API_BASE ?? '') },
    alias: {
      '@': path.resolve(__dirname, '..', 'src'),
      '@types': path.resolve(__dirname, '..', 'types'),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: {
      type: 'webpack5',
      prebundle: { enable: false, exclude: ['@nutui/nutui-react-taro', '@nutui/icons-react-taro'] },
    },
    cache: { enable: false },
    logger: { quiet: true, stats: false },
    mini: {
      // types/hotline-states.ts (and other plain `as const` state objects) are imported as values by the client;
      // Taro compiles only src/ unless told, so types/ is included here.
      compile: { include: [path.resolve(__dirname, '..', 'types')] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      miniCssExtractPluginOption: { ignoreOrder: true },
      webpackChain(chain) {
        chain.plugins.delete('webpackbar')
      },
    },
    h5: {
      // types/hotline-states.ts (and other plain `as const` state objects) are imported as values by the client;
      // Taro compiles only src/ unless told, so types/ is included here.
      compile: { include: [path.resolve(__dirname, '..', 'types')] },
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'browser' },
      // Content hashes: a file's name changes only when its bytes do, so the server can mark them immutable.
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      webpackChain(chain) {
        chain.plugins.delete('webpackbar')
        // .br and .gz beside every text asset, served as they are (server/plugins/static.ts)
        if (process.env.NODE_ENV !== 'development') chain.plugin('precompress').use(PrecompressPlugin)
        // which files each page loads on demand, for <link rel="preload"> in its HTML
        chain.plugin('page-assets').use(PageAssetsPlugin)
        // Taro splits only initial chunks, so every lazily loaded page carried its own copy of axios, the HTTP
        // layer and the gov- components (~27 KiB gzip each). Modules shared by two or more pages go to chunks of
        // their own, fetched once and cached across pages.
        chain.optimization.merge({
          splitChunks: {
            cacheGroups: {
              sharedByPages: { chunks: 'async', minChunks: 2, minSize: 10_000, priority: 5, reuseExistingChunk: true },
            },
          },
        })
      },
    },
  }
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
