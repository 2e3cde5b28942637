/**
 * Where a subject opens: the client's registry of subject kinds → page route. A message in 消息 and a row of 我的
 * 办事记录 name their subject by kind + id (`ticket` + 工单号, later `openday-registration` + id …); each feature
 * registers the page that shows its kind from a file of its own (`src/features/<feature>/model/subjects.ts`, imported
 * once by `src/app.tsx`), so the inbox and the timeline open any feature's page without importing the feature.
 */

/** A subject as a message or a timeline row names it. */
export interface SubjectRef {
  /** The subject kind, e.g. `ticket`. */
  kind: string
  /** Its id within the kind, e.g. the 工单号. */
  id: string
  /**
   * A public access token when the resident does not own the subject (a followed ticket's tracking token): the
   * feature then opens its public view instead of the owner's page.
   */
  token?: string
}

/** Builds the page URL (with query) of one subject of a kind. */
export type SubjectRoute = (subject: SubjectRef) => string

const routes = new Map<string, SubjectRoute>()

/** Registers the page a subject kind opens (one per kind; a second registration replaces the first). */
export function registerSubjectRoute(kind: string, route: SubjectRoute): void {
  routes.set(kind, route)
}

/** The page URL of `subject`, or `null` when no feature on this client knows its kind (a newer server). */
export function subjectUrl(subject: SubjectRef): string | null {
  const route = routes.get(subject.kind)
  return route ? route(subject) : null
}
