export default definePageConfig({ navigationBarTitleText: 'account/pages/login' })
