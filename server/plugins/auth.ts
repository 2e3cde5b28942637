import type { FastifyRequest, preHandlerAsyncHookHandler } from 'fastify'
import fp from 'fastify-plugin'
import type { StaffRole } from '../../types/staff'
import { ForbiddenError, UnauthorizedError } from '../errors'
import { sha256Hex } from '../lib/crypto'
import { sessionsRepository } from '../repositories/sessions'
import { type StaffRow, staffRepository } from '../repositories/staff'
import { type UserRow, usersRepository } from '../repositories/users'

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in resident, set by `requireUser`. */
    user: UserRow | null
    /** The signed-in staff member, set by `requireStaff`. */
    staff: StaffRow | null
    /** SHA-256 of the bearer token that authenticated this request (for logout). */
    tokenHash: string | null
  }
  interface FastifyInstance {
    /** preHandler: 401 unless a live resident session is presented. */
    requireUser: preHandlerAsyncHookHandler
    /** preHandler factory: 401 unless a live staff session; 403 if `role` is given and not held. */
    requireStaff(role?: StaffRole): preHandlerAsyncHookHandler
    /** preHandler: 401 unless a live session of a resident or of an enabled staff member; sets `user` or `staff`. */
    requireSignedIn: preHandlerAsyncHookHandler
  }
}

/** The token from `Authorization: Bearer <token>`, or null. */
export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization
  if (!header) return null
  const match = /^Bearer\s+([A-Za-z0-9_-]{20,200})$/i.exec(header.trim())
  return match ? match[1]! : null
}

/**
 * Bearer-token authentication. Tokens are looked up by hash; expiry and revocation are checked by the database in
 * the same statement that stamps `last_seen_at`. Routes opt in with `preHandler: app.requireUser` or
 * `app.requireStaff('admin')`, so an unprotected route is visible in its definition.
 */
export const authPlugin = fp(
  async (app) => {
    app.decorateRequest('user', null)
    app.decorateRequest('staff', null)
    app.decorateRequest('tokenHash', null)

    async function session(request: FastifyRequest, subjectType: 'user' | 'staff' | 'any') {
      const token = bearerToken(request)
      if (!token) throw new UnauthorizedError()
      const tokenHash = sha256Hex(token)
      const found = await sessionsRepository(app.db).touch(tokenHash)
      if (!found || (subjectType !== 'any' && found.subject_type !== subjectType)) throw new UnauthorizedError()
      request.tokenHash = tokenHash
      return found
    }

    async function signInUser(request: FastifyRequest, id: number) {
      const user = await usersRepository(app.db).findById(id)
      if (!user) throw new UnauthorizedError()
      request.user = user
    }

    async function signInStaff(request: FastifyRequest, id: number, role?: StaffRole) {
      const staff = await staffRepository(app.db).findById(id)
      // A disabled account loses access at once, not when its sessions expire.
      if (!staff || staff.disabled_at !== null) throw new UnauthorizedError('账号已停用或登录已过期')
      if (role && staff.role !== role) throw new ForbiddenError()
      request.staff = staff
    }

    app.decorate('requireUser', async (request: FastifyRequest) => {
      await signInUser(request, (await session(request, 'user')).subject_id)
    })

    app.decorate('requireStaff', (role?: StaffRole) => async (request: FastifyRequest) => {
      await signInStaff(request, (await session(request, 'staff')).subject_id, role)
    })

    app.decorate('requireSignedIn', async (request: FastifyRequest) => {
      const found = await session(request, 'any')
      if (found.subject_type === 'user') await signInUser(request, found.subject_id)
      else await signInStaff(request, found.subject_id)
    })
  },
  { name: 'auth', dependencies: ['db'] },
)
