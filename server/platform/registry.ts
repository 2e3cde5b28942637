import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'

/**
 * Registries a feature adds itself to (from its own `server/services/<feature>/register.ts`, imported by app.ts)
 * instead of editing shared files: what it holds about a resident and how `DELETE /api/me` erases it, and the
 * subject kinds the staff audit log can filter by.
 */

/** A table holding a resident's rows, and what erasure does to them. */
export interface PersonalDataTable {
  table: string
  /** The column naming the resident (`user_id`, `owner_user_id`). */
  column: string
  /** `deleted`; `unlinked` (kept for the department without the person); `kept` (unlinked but still counted). */
  onErase: 'deleted' | 'unlinked' | 'kept'
}

/** Counts for the erasure audit row, and stored files to remove only after the transaction committed. */
export interface EraseOutcome {
  counts: Record<string, number>
  /** Paths under UPLOAD_DIR no longer referenced; removed after commit unless an identical upload uses them again. */
  files?: readonly string[]
}

/** One feature's personal data: its tables and its erase step. */
export interface PersonalDataRegistration {
  feature: string
  tables: readonly PersonalDataTable[]
  /** Runs inside the one erasure transaction, after the account row was erased; in registration order. */
  erase(tx: Kysely<Database>, userId: number): Promise<EraseOutcome>
}

const personalData = new Map<string, PersonalDataRegistration>()

/** Registers (or replaces, by feature name) a feature's personal data. */
export function registerPersonalData(registration: PersonalDataRegistration): void {
  personalData.set(registration.feature, registration)
}

/** Every registered feature's personal data, in registration order. */
export function personalDataRegistrations(): readonly PersonalDataRegistration[] {
  return [...personalData.values()]
}

/** A kind of subject the staff audit log records (`target` values look like `pattern`). */
export interface AuditSubjectKind {
  kind: string
  /** Chinese label for the filter. */
  label: string
  /** Matches the `target` of audit rows about this kind of subject. */
  pattern: RegExp
  /** The feature that declared it. */
  feature: string
}

const auditSubjects = new Map<string, AuditSubjectKind>()

/** Declares a subject kind the audit log can be filtered by. */
export function registerAuditSubject(subject: AuditSubjectKind): void {
  auditSubjects.set(subject.kind, subject)
}

/** The declared audit subject kinds. */
export function auditSubjectKinds(): readonly AuditSubjectKind[] {
  return [...auditSubjects.values()]
}

/** The kind of an audit `target`, or null when no declared kind matches it. */
export function auditSubjectOf(target: string): string | null {
  for (const s of auditSubjects.values()) if (s.pattern.test(target)) return s.kind
  return null
}
