const path = require('node:path')

/**
 * Server routes through app.inject() on a real database: PGlite, or PostgreSQL when DATABASE_URL is set.
 * globalSetup builds the template database once (initdb/CREATE DATABASE + migrations + seed); each test file
 * clones it (test/server/helpers/test-app.ts).
 */
module.exports = {
  displayName: 'server',
  rootDir: path.resolve(__dirname, '../..'),
  testMatch: ['<rootDir>/test/server/**/*.test.ts'],
  testEnvironment: 'node',
  transform: { '\\.[cm]?[jt]sx?$': ['babel-jest', require('../babel-node.js')] },
  // Babel also compiles two dependencies so `npx jest` needs no Node flags:
  // - PGlite's CommonJS build loads Node built-ins with dynamic import(), which jest's vm refuses without
  //   --experimental-vm-modules; babel turns those into require().
  // - cookie 1.x (used by light-my-request, i.e. app.inject) ships ESM only; Node 20 can require() it, jest 30
  //   cannot before Node 24.9.
  transformIgnorePatterns: ['/node_modules/(?!(@electric-sql/|cookie/))'],
  globalSetup: '<rootDir>/test/server/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/test/server/helpers/global-teardown.ts',
  testTimeout: 60_000,
  setupFilesAfterEnv: ['<rootDir>/test/server/helpers/setup.ts'],
}
