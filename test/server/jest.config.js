const path = require('node:path')

/** Server routes through app.inject() on a real database: PGlite, or PostgreSQL when DATABASE_URL is set. */
module.exports = {
  displayName: 'server',
  rootDir: path.resolve(__dirname, '../..'),
  testMatch: ['<rootDir>/test/server/**/*.test.ts'],
  testEnvironment: 'node',
  transform: { '\\.[cm]?[jt]sx?$': ['babel-jest', require('../babel-node.js')] },
  transformIgnorePatterns: ['/node_modules/'],
  testTimeout: 60_000,
}
