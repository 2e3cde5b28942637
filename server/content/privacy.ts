import type { PrivacyNotice } from '../../types/me'

/**
 * The privacy notice residents consent to. Changing the text means a new `version`; the client then asks for
 * consent again because the stored version no longer matches.
 */
export const PRIVACY_NOTICE: PrivacyNotice = {
  version: '2026-11-01',
  title: '扬州政务服务个人信息保护说明',
  updatedAt: '2026-11-01',
  sections: [
    {
      heading: '我们收集哪些信息',
      body: '登录时使用的手机号或微信身份标识（openid）；您提交的 12345 诉求、开放日报名和征集意见中填写的内容；为保障安全而记录的登录时间。',
    },
    {
      heading: '我们如何使用',
      body: '仅用于办理您提交的事项、向您反馈办理结果和保障账号安全。手机号在页面上只显示为 138****1234 的形式。',
    },
    {
      heading: '谁能看到',
      body: '承办您诉求的部门工作人员在办理所需范围内查看；我们不向第三方出售或提供您的个人信息，法律法规另有规定的除外。',
    },
    {
      heading: '您的权利',
      body: '您可以在“我的”中导出您的全部数据，也可以注销账号。注销后，手机号和微信标识立即删除，所有登录失效。',
    },
    {
      heading: '联系我们',
      body: '对个人信息处理有疑问，可拨打 12345 政务服务热线。',
    },
  ],
}
