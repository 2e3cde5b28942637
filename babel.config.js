// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
// useBuiltIns stays off: with 'usage' the H5 build breaks on a babel runtime version skew (docs/design.md §4).
const nutui = '@nutui/nutui-react-taro/dist/es/packages'

module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5', useBuiltIns: false }]],
  plugins: [
    [
      'import',
      {
        libraryName: '@nutui/nutui-react-taro',
        camel2DashComponentName: false,
        customName: (name) => `${nutui}/${name.toLowerCase()}`,
        // Per-component CSS only; the theme is imported once in app.tsx.
        customStyleName: (name) => `${nutui}/${name.toLowerCase()}/style/css`,
      },
      'nutui-react-taro',
    ],
  ],
}
