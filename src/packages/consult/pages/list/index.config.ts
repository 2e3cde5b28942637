export default definePageConfig({ navigationBarTitleText: 'consult/pages/list' })
