/**
 * One `npm test`, four layers. Each project's own config lives beside its tests.
 * @type {import('jest').Config}
 */
module.exports = {
  projects: ['<rootDir>/test/client', '<rootDir>/test/server', '<rootDir>/test/weapp', '<rootDir>/test/e2e'],
}
