export default definePageConfig({ navigationBarTitleText: 'guide/pages/item' })
