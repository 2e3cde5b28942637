export default definePageConfig({ navigationBarTitleText: 'hotline/pages/submit' })
