import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ThemeCodeParams, ThemeDetail, ThemeList } from '../../../../types/catalogue'
import { sendCatalogue } from '../../../services/catalogue-cache'
import { catalogueContext } from '../../../services/catalogue-context'
import { errorResponses } from '../../schemas'

const NOT_MODIFIED = { 304: { type: 'null', description: '未变化' } }

/** 一件事: themes bundling several items as ordered steps. */
export const themesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const ctx = catalogueContext(app.db, app.config.catalogueOnlineUrlTemplate)

  app.get(
    '',
    { schema: { tags: ['事项'], summary: '“一件事”主题列表', response: { 200: ThemeList, ...NOT_MODIFIED } } },
    async (request, reply) =>
      sendCatalogue(request, reply, ctx.cache, await ctx.version(), 'themes', () => ctx.catalogue.themes()),
  )

  app.get(
    '/:code',
    {
      schema: {
        tags: ['事项'],
        summary: '“一件事”主题',
        description: '按顺序的步骤，每步给出对应事项（有市级实施的取市级）。',
        params: ThemeCodeParams,
        response: { 200: ThemeDetail, ...NOT_MODIFIED, ...errorResponses(404) },
      },
    },
    async (request, reply) =>
      sendCatalogue(request, reply, ctx.cache, await ctx.version(), `theme:${request.params.code}`, () =>
        ctx.catalogue.theme(request.params.code),
      ),
  )
}
