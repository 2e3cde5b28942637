export default definePageConfig({ navigationBarTitleText: '征集调查' })
