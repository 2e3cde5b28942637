const path = require('node:path')

/** H5 components with @testing-library/react in jsdom. */
module.exports = {
  displayName: 'client',
  rootDir: path.resolve(__dirname, '../..'),
  testMatch: ['<rootDir>/test/client/**/*.test.ts?(x)'],
  testEnvironment: 'jsdom',
  transform: { '\\.[cm]?[jt]sx?$': ['babel-jest', require('../babel-node.js')] },
  transformIgnorePatterns: ['/node_modules/'],
}
