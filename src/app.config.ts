/** Pages: tab pages in the main package; every feature's other pages in its own subpackage. */
export default defineAppConfig({
  pages: ['pages/index/index', 'pages/services/index', 'pages/hotline/index', 'pages/me/index'],
  subPackages: [
    { root: 'packages/account', pages: ['pages/login/index', 'pages/privacy/index', 'pages/settings/index'] },
    { root: 'packages/guide', pages: ['pages/item/index', 'pages/theme/index', 'pages/favourites/index'] },
    {
      root: 'packages/hotline',
      pages: ['pages/submit/index', 'pages/done/index', 'pages/ticket/index', 'pages/track/index', 'pages/mine/index'],
    },
    { root: 'packages/inbox', pages: ['pages/list/index'] },
    { root: 'packages/timeline', pages: ['pages/list/index'] },
    { root: 'packages/openday', pages: ['pages/list/index'] },
    { root: 'packages/consult', pages: ['pages/list/index'] },
    {
      root: 'packages/staff',
      pages: ['pages/login/index', 'pages/home/index', 'pages/queue/index', 'pages/ticket/index', 'pages/audit/index'],
    },
  ],
  // Inject only the components a page uses when it is opened (WeChat's 按需注入). Safe here: every custom component is
  // a Taro-compiled one (no native custom components) and there are no independent subpackages — the two set-ups
  // Taro's tracker reported white screens with (#14539, #17766). test/weapp renders every page with it on.
  lazyCodeLoading: 'requiredComponents',
  // WeChat requires declaring the location APIs a mini-program uses (12345 map point).
  requiredPrivateInfos: ['chooseLocation'],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#b71c1c',
    navigationBarTitleText: '扬州政务服务',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f6f7',
  },
  tabBar: {
    // Tab icons: 81×81 PNG line icons (grey / government red), drawn from SVG; WeChat accepts PNG only.
    color: '#5f6368',
    selectedColor: '#b71c1c',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/index/index',
        text: '首页',
        iconPath: 'assets/tabbar/home.png',
        selectedIconPath: 'assets/tabbar/home-active.png',
      },
      {
        pagePath: 'pages/services/index',
        text: '办事',
        iconPath: 'assets/tabbar/services.png',
        selectedIconPath: 'assets/tabbar/services-active.png',
      },
      {
        pagePath: 'pages/hotline/index',
        text: '12345',
        iconPath: 'assets/tabbar/hotline.png',
        selectedIconPath: 'assets/tabbar/hotline-active.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tabbar/me.png',
        selectedIconPath: 'assets/tabbar/me-active.png',
      },
    ],
  },
})
