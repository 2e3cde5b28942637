import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { PrivacyNotice } from '../../../../types/me'
import { PRIVACY_NOTICE } from '../../../content/privacy'

/** `GET /api/privacy`: the current privacy notice. */
export const privacyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '',
    {
      schema: {
        tags: ['我的'],
        summary: '隐私说明',
        description: '当前版本的个人信息保护说明；同意时提交其 version。',
        response: { 200: PrivacyNotice },
      },
    },
    async () => PRIVACY_NOTICE,
  )
}
