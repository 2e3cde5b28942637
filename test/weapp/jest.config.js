const path = require('node:path')

/** The compiled dist/weapp rendered in miniprogram-simulate, plus miniprogram-ci's offline checks. */
module.exports = {
  displayName: 'weapp',
  rootDir: path.resolve(__dirname, '../..'),
  testMatch: ['<rootDir>/test/weapp/**/*.test.ts'],
  testEnvironment: 'jsdom',
  // Builds dist/weapp when it is missing or older than src/ (cheap when fresh).
  globalSetup: '<rootDir>/test/weapp/harness/global-setup.js',
  transform: { '\\.[cm]?[jt]sx?$': ['babel-jest', require('../babel-node.js')] },
  // The compiled mini-program runs as built: transforming ~250 KB of webpack output per page load cost ~1 s.
  transformIgnorePatterns: ['/node_modules/', '/dist/', '/\\.tmp/'],
  testTimeout: 120_000,
  setupFilesAfterEnv: ['<rootDir>/test/weapp/harness/setup.ts'],
}
