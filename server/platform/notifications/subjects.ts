import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'

/**
 * What a message's JSON carries about its subject (a ticket: its ref, maybe a tracking token). `id`, when given, is
 * the subject's public id — what its page is addressed by (a ticket's 工单号) — sent as `subjectId` instead of the
 * row id the message stores, which no client page knows.
 */
export type SubjectLink = Record<string, string> & { id?: string }

/** How a feature links its subjects in the messages list. */
export interface MessageSubject {
  /** e.g. `ticket` */
  kind: string
  /** Links for the given subject ids as seen by `userId` (ids not found are left out). */
  links(db: Kysely<Database>, ids: readonly string[], userId: number): Promise<Map<string, SubjectLink>>
}

const subjects = new Map<string, MessageSubject>()

/** Adds a feature's subject kind (from its register file). */
export function defineMessageSubject(subject: MessageSubject): void {
  subjects.set(subject.kind, subject)
}

/**
 * Links for a page of messages, one query per subject kind on the page: the messages list reads only `messages`, and
 * each feature answers for its own subjects.
 */
export async function linksFor(
  db: Kysely<Database>,
  userId: number,
  items: readonly { subject_kind: string | null; subject_id: string | null }[],
): Promise<Map<string, SubjectLink>> {
  const byKind = new Map<string, string[]>()
  for (const m of items)
    if (m.subject_kind && m.subject_id)
      byKind.set(m.subject_kind, [...(byKind.get(m.subject_kind) ?? []), m.subject_id])
  const out = new Map<string, SubjectLink>()
  for (const [kind, ids] of byKind) {
    const subject = subjects.get(kind)
    if (!subject) continue
    for (const [id, link] of await subject.links(db, [...new Set(ids)], userId)) out.set(`${kind}:${id}`, link)
  }
  return out
}
