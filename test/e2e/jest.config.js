const path = require('node:path')

/** Built H5 served by the real API server, driven in Chromium (playwright-core), axe on every page. */
module.exports = {
  displayName: 'e2e',
  rootDir: path.resolve(__dirname, '../..'),
  testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
  testEnvironment: 'node',
  transform: { '\\.[cm]?[jt]sx?$': ['babel-jest', require('../babel-node.js')] },
  transformIgnorePatterns: ['/node_modules/'],
  testTimeout: 120_000,
  globalSetup: '<rootDir>/test/e2e/helpers/global-setup.ts',
  setupFilesAfterEnv: ['<rootDir>/test/e2e/helpers/setup.ts'],
}
