export default definePageConfig({ navigationBarTitleText: '扬州政务服务' })
