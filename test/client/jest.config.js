const path = require('node:path')

/**
 * Client layer: the H5 side of src/ in jsdom with @testing-library/react.
 * - `x.h5.ts(x)` files win over the plain `x.ts(x)` declaration, as Taro resolves them for TARO_ENV=h5;
 *   weapp files are imported by their full name (`request-adapter.weapp`) where a test exercises them.
 * - @tarojs/taro and @tarojs/components are thin shims (test/client/shims) over jsdom: storage is localStorage,
 *   navigation and system calls are plain functions the tests spy on.
 * - Stylesheets are empty modules.
 */
module.exports = {
  displayName: 'client',
  rootDir: path.resolve(__dirname, '../..'),
  testMatch: ['<rootDir>/test/client/**/*.test.ts?(x)'],
  testEnvironment: 'jsdom',
  restoreMocks: true,
  moduleFileExtensions: ['h5.tsx', 'h5.ts', 'tsx', 'ts', 'js', 'jsx', 'cjs', 'mjs', 'json'],
  moduleNameMapper: {
    '^@tarojs/taro$': '<rootDir>/test/client/shims/taro.ts',
    '^@tarojs/components$': '<rootDir>/test/client/shims/components.tsx',
    '\\.(s?css)$': '<rootDir>/test/client/shims/style.ts',
    '^@/(.*)$': '<rootDir>/src/$1',
  },
  setupFilesAfterEnv: ['<rootDir>/test/client/shims/setup.ts'],
  transform: {
    '\\.[cm]?[jt]sx?$': [
      'babel-jest',
      {
        configFile: false,
        babelrc: false,
        presets: [
          ['@babel/preset-env', { targets: { node: '20' } }],
          ['@babel/preset-typescript', { allowDeclareFields: true }],
          ['@babel/preset-react', { runtime: 'automatic' }],
        ],
      },
    ],
  },
  transformIgnorePatterns: ['/node_modules/'],
}
