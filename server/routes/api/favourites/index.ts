import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ImplCodeParams, ItemList } from '../../../../types/catalogue'
import { catalogueContext } from '../../../services/catalogue-context'
import { bearerSecurity, errorResponses, NoContent } from '../../schemas'

/** 我的收藏 (registered under /api/me/favourites): per resident, login required, PUT/DELETE idempotent. */
export const favouritesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const ctx = catalogueContext(app.db, app.config.catalogueOnlineUrlTemplate)
  app.addHook('preHandler', app.requireUser)

  app.get(
    '',
    {
      schema: {
        tags: ['我的'],
        summary: '我收藏的事项',
        security: bearerSecurity,
        response: { 200: ItemList, ...errorResponses(401) },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'private, no-store')
      // one row per service (a resident who saved two places of one service sees it once), with where it is done
      const { items } = await ctx.catalogue.favourites(request.user!.id)
      const seen = new Set<string>()
      const rows = items.filter((i) => !seen.has(i.baseCode) && seen.add(i.baseCode))
      const places = await ctx.search.placesOf(rows.map((i) => i.baseCode))
      return { items: rows.map((i) => ({ ...i, places: places.get(i.baseCode) })) }
    },
  )

  app.put(
    '/:implCode',
    {
      schema: {
        tags: ['我的'],
        summary: '收藏事项',
        description: '重复收藏不报错。',
        security: bearerSecurity,
        params: ImplCodeParams,
        response: { 204: NoContent, ...errorResponses(401, 404) },
      },
    },
    async (request, reply) => {
      await ctx.catalogue.addFavourite(request.user!.id, request.params.implCode)
      return reply.code(204).send(null)
    },
  )

  app.delete(
    '/:implCode',
    {
      schema: {
        tags: ['我的'],
        summary: '取消收藏',
        description: '没有收藏过也返回 204。',
        security: bearerSecurity,
        params: ImplCodeParams,
        response: { 204: NoContent, ...errorResponses(401) },
      },
    },
    async (request, reply) => {
      await ctx.catalogue.removeFavourite(request.user!.id, request.params.implCode)
      return reply.code(204).send(null)
    },
  )
}
