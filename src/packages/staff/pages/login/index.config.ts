export default definePageConfig({ navigationBarTitleText: 'staff/pages/login' })
