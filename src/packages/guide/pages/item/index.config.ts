export default definePageConfig({
  navigationBarTitleText: '办事指南',
  // WeChat share card: title + /packages/guide/pages/item/index?code=… (useShareCard in the page).
  enableShareAppMessage: true,
})
