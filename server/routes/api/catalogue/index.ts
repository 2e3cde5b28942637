import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { CatalogueStats } from '../../../../types/catalogue'
import { sendCatalogue } from '../../../services/catalogue-cache'
import { catalogueContext } from '../../../services/catalogue-context'

/** Catalogue-wide numbers for the home page (“全市 N 项，全程网办 M 项”). */
export const catalogueRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const ctx = catalogueContext(app.db, app.config.catalogueOnlineUrlTemplate)

  app.get(
    '/stats',
    {
      schema: {
        tags: ['事项'],
        summary: '事项统计',
        response: { 200: CatalogueStats, 304: { type: 'null', description: '未变化' } },
      },
    },
    async (request, reply) =>
      sendCatalogue(request, reply, ctx.cache, await ctx.version(), 'stats', () => ctx.catalogue.stats()),
  )
}
