export default definePageConfig({
  navigationBarTitleText: '办事',
  // The share card carries the search (q + facets) so a friend opens the same list.
  enableShareAppMessage: true,
})
