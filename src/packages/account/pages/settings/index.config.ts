export default definePageConfig({ navigationBarTitleText: 'account/pages/settings' })
