export default definePageConfig({ navigationBarTitleText: 'hotline' })
