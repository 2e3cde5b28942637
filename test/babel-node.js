// Babel for code that runs in Node under jest (server, harnesses): TypeScript stripped, modules to CommonJS.
module.exports = {
  configFile: false,
  babelrc: false,
  presets: [['@babel/preset-env', { targets: { node: '20' } }], '@babel/preset-typescript'],
}
