export default definePageConfig({ navigationBarTitleText: 'staff/pages/home' })
