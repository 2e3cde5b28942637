import { type Static, Type } from '@sinclair/typebox'

/** Which database the server runs on. */
export const DatabaseKind = { pglite: 'pglite', postgres: 'postgres' } as const
/** One of {@link DatabaseKind}. */
export type DatabaseKind = (typeof DatabaseKind)[keyof typeof DatabaseKind]

/** `GET /api/health` answer. */
export const Health = Type.Object({
  status: Type.Literal('ok'),
  db: Type.Union([Type.Literal('pglite'), Type.Literal('postgres')]),
  version: Type.String(),
  uptimeSeconds: Type.Number({ minimum: 0 }),
})
/** Static type of {@link Health}. */
export type Health = Static<typeof Health>
