export default definePageConfig({ navigationBarTitleText: '诉求已提交', enableShareAppMessage: true })
