import compress from '@fastify/compress'
import fp from 'fastify-plugin'

/**
 * Compresses dynamic answers (API JSON, Open311, the page HTML with its first-screen data) with brotli or gzip, as
 * the client accepts. Built assets are not compressed again: @fastify/static sends their `.br`/`.gz` files with
 * `Content-Encoding` already set, which this plugin leaves alone. Registered before the routes (it hooks each route).
 */
export const compressionPlugin = fp(
  async (app) => {
    await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] })
  },
  { name: 'compression' },
)
