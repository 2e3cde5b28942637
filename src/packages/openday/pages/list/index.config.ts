export default definePageConfig({ navigationBarTitleText: 'openday/pages/list' })
