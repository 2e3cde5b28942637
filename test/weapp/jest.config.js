const path = require('node:path')

/** The compiled dist/weapp rendered in miniprogram-simulate, plus miniprogram-ci's offline checks. */
module.exports = {
  displayName: 'weapp',
  rootDir: path.resolve(__dirname, '../..'),
  testMatch: ['<rootDir>/test/weapp/**/*.test.ts'],
  testEnvironment: 'jsdom',
  transform: { '\\.[cm]?[jt]sx?$': ['babel-jest', require('../babel-node.js')] },
  transformIgnorePatterns: ['/node_modules/'],
  testTimeout: 120_000,
}
