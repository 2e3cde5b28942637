// jest globalSetup of the `weapp` project: make sure dist/weapp exists and is not older than its sources, so
// `npx jest --selectProjects weapp` works from a clean clone. Plain CommonJS so jest runs it without a transform.
const { buildIfStale } = require('../../build-if-stale')

module.exports = async function buildWeappIfStale() {
  // A deliberately broken copy (see harness/README.md) is tested as it is.
  if (process.env.WEAPP_DIST) return
  buildIfStale('weapp', {
    markers: ['app.js', 'app.json'],
    // The suite stubs wx.request; a fixed origin makes recorded URLs predictable.
    env: { TARO_APP_API_BASE: process.env.TARO_APP_API_BASE ?? 'http://api.test' },
  })
}
