import { type TSchema, Type } from '@sinclair/typebox'
import { ErrorResponse } from '../../types/common'

/** Error answers a route can give, for its response schema (and so for the OpenAPI document). */
export function errorResponses(...statuses: number[]): Record<number, TSchema> {
  return Object.fromEntries(statuses.map((s) => [s, ErrorResponse]))
}

/** The 204 answer. */
export const NoContent = Type.Null({ description: '无内容' })

/** Security requirement for routes that need a bearer token. */
export const bearerSecurity = [{ bearer: [] }]
