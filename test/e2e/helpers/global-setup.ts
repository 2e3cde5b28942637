// Plain require: the shared helper is CommonJS so the weapp project's untransformed globalSetup can use it too.
const { buildIfStale } = require('../../build-if-stale')

/**
 * Builds dist/h5 when it is missing or older than src/, types/, config/ …, so `npx jest --selectProjects e2e` never
 * drives a stale build. `npm test` builds both platforms before jest, so this only stats files there. A run against
 * another static folder (`E2E_STATIC_DIR`, a deliberately broken copy) tests that folder as it is.
 */
export default function globalSetup(): void {
  if (process.env.E2E_STATIC_DIR) return
  buildIfStale('h5', { markers: ['index.html'] })
}
