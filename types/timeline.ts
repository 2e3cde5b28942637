import { type Static, Type } from '@sinclair/typebox'
import { IsoDateTime } from './common'
import { STATUS_TONES } from './status-tones'

/** What a 办事记录 row opens: the subject's kind and id (the client maps the kind to a page, `src/lib/subjects.ts`). */
export const TimelineLink = Type.Object({
  kind: Type.String({ description: '对象类型，如 ticket（12345 工单）' }),
  id: Type.String({ description: '对象在该类型里的编号，如工单号' }),
})
/** Static type of {@link TimelineLink}. */
export type TimelineLink = Static<typeof TimelineLink>

/** One row of 我的 办事记录: something the resident did, with where it stands now. */
export const TimelineEntry = Type.Object({
  kind: Type.String({ description: '记录类型，如 ticket' }),
  kindLabel: Type.String({ description: '记录类型的中文名，如“12345 工单”' }),
  title: Type.String(),
  status: Type.String({ description: '该功能的状态代码，如 accepted' }),
  statusLabel: Type.String(),
  tone: Type.Union(
    STATUS_TONES.map((t) => Type.Literal(t)),
    { description: '状态标签颜色：open 办理中、warn 需关注、done 已完成、muted 已结束' },
  ),
  updatedAt: { ...IsoDateTime, description: '最后变化时间' },
  link: TimelineLink,
})
/** Static type of {@link TimelineEntry}. */
export type TimelineEntry = Static<typeof TimelineEntry>

/** `GET /api/me/timeline` query: a page after `cursor` (none: the newest). */
export const TimelineQuery = Type.Object({
  cursor: Type.Optional(Type.String({ maxLength: 400, description: '上一页返回的 nextCursor' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
})
/** Static type of {@link TimelineQuery}. */
export type TimelineQuery = Static<typeof TimelineQuery>

/** `GET /api/me/timeline`: newest change first; `nextCursor` is null on the last page. */
export const TimelinePage = Type.Object({
  items: Type.Array(TimelineEntry),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
})
/** Static type of {@link TimelinePage}. */
export type TimelinePage = Static<typeof TimelinePage>
