export default definePageConfig({ navigationBarTitleText: 'account/pages/privacy' })
