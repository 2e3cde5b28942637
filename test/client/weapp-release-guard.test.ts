import { weappReleaseProblem } from '../../config/weapp-release-guard'

describe('weapp release build guard (config/weapp-release-guard.ts)', () => {
  const release = { TARO_ENV: 'weapp', WEAPP_RELEASE: '1' }

  it('stops a weapp release without TARO_APP_API_BASE, in Chinese then English', () => {
    expect(weappReleaseProblem(release)).toMatch(
      /^小程序发布构建必须设置 TARO_APP_API_BASE.*\n.*needs TARO_APP_API_BASE/,
    )
    expect(weappReleaseProblem({ ...release, TARO_APP_API_BASE: '  ' })).toMatch(/必须设置/)
  })

  it('stops a weapp release whose API base is not https', () => {
    for (const base of ['http://api.example.gov.cn', 'localhost:3000', 'https://', 'ftp://x']) {
      expect(weappReleaseProblem({ ...release, TARO_APP_API_BASE: base })).toMatch(/必须是 https 地址.*\n.*got: /)
    }
  })

  it('lets a weapp release with an https API base through', () => {
    expect(weappReleaseProblem({ ...release, TARO_APP_API_BASE: 'https://api.yangzhou.gov.cn' })).toBe('')
  })

  it('leaves every other build alone: no release flag (npm test, bench, the weapp harness) or H5', () => {
    expect(weappReleaseProblem({ TARO_ENV: 'weapp' })).toBe('')
    expect(weappReleaseProblem({ TARO_ENV: 'weapp', TARO_APP_API_BASE: 'http://api.test' })).toBe('')
    expect(weappReleaseProblem({ TARO_ENV: 'h5', WEAPP_RELEASE: '1' })).toBe('')
  })
})
