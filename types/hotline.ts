import { type Static, type TSchema, Type } from '@sinclair/typebox'
import { IsoDateTime } from './common'
import {
  MOBILE_PATTERN,
  RATING_LEVELS,
  type RatingLevel,
  TICKET_LIMITS,
  TICKET_TYPES,
  type TicketStatus,
  TicketStatus as TicketStatusValues,
  type TicketType,
} from './hotline-states'

/** A union of literals from a list of strings (TypeBox). */
const literals = <T extends string>(values: readonly T[], options: Record<string, unknown> = {}) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values], ...options })

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])

/** 诉求类型 schema. */
export const TicketTypeSchema = literals<TicketType>(TICKET_TYPES, { title: '诉求类型' })
/** 工单状态 schema. */
export const TicketStatusSchema = literals<TicketStatus>(Object.values(TicketStatusValues), { title: '状态' })
/** 评价 schema. */
export const RatingLevelSchema = literals<RatingLevel>(RATING_LEVELS, { title: '评价' })

/** One Open311 extra attribute of a category (service definition). */
export const CategoryAttribute = Type.Object({
  code: Type.String(),
  datatype: Type.String({ description: 'string | number | datetime | text | singlevaluelist | multivaluelist' }),
  required: Type.Boolean(),
  description: Type.String(),
  datatypeDescription: Nullable(Type.String()),
  order: Type.Integer(),
  values: Type.Array(Type.Object({ key: Type.String(), name: Type.String() })),
})
/** Static type of {@link CategoryAttribute}. */
export type CategoryAttribute = Static<typeof CategoryAttribute>

/** A 12345 category (二级分类) = an Open311 service. */
export const Category = Type.Object(
  {
    serviceCode: Type.String(),
    group: Type.String(),
    name: Type.String(),
    description: Type.String(),
    keywords: Type.Array(Type.String()),
    department: Type.Object({ id: Type.Integer(), name: Type.String() }),
    deadlineDays: Type.Integer({ description: '限时办结（工作日）' }),
    consultDays: Type.Integer({ description: '咨询答复时限（工作日）' }),
    locationRequired: Type.Boolean(),
    types: Type.Array(TicketTypeSchema),
    attributes: Type.Array(CategoryAttribute),
  },
  { title: '诉求分类' },
)
/** Static type of {@link Category}. */
export type Category = Static<typeof Category>

/** `GET /api/hotline/categories`. */
export const CategoryGroups = Type.Object({
  groups: Type.Array(Type.Object({ name: Type.String(), categories: Type.Array(Category) })),
})
/** Static type of {@link CategoryGroups}. */
export type CategoryGroups = Static<typeof CategoryGroups>

/** `POST /api/hotline/tickets` body (the resident's draft). */
export const TicketDraft = Type.Object(
  {
    type: TicketTypeSchema,
    serviceCode: Type.String({ minLength: 1, maxLength: 64, title: '诉求分类' }),
    title: Type.String({ minLength: TICKET_LIMITS.titleMin, maxLength: TICKET_LIMITS.titleMax, title: '标题' }),
    description: Type.String({
      minLength: TICKET_LIMITS.descriptionMin,
      maxLength: TICKET_LIMITS.descriptionMax,
      title: '诉求内容',
    }),
    occurredAt: Type.Optional(Type.String({ format: 'date-time', title: '发生时间' })),
    districtCode: Type.String({ pattern: '^\\d{6}$', title: '所在区县' }),
    townCode: Type.Optional(Type.String({ pattern: '^\\d{9}$', title: '所在街道（乡镇）' })),
    address: Type.Optional(Type.String({ maxLength: 120, title: '详细地址' })),
    location: Type.Optional(
      Type.Object(
        {
          lat: Type.Number({ minimum: -90, maximum: 90, title: '纬度' }),
          lng: Type.Number({ minimum: -180, maximum: 180, title: '经度' }),
        },
        { title: '地图位置' },
      ),
    ),
    // At most TICKET_LIMITS.photosMax: checked by the server with a clearer message than a schema error.
    photoIds: Type.Array(Type.String({ format: 'uuid', title: '照片' }), { maxItems: 20, title: '照片（最多 3 张）' }),
    anonymous: Type.Boolean({ title: '匿名' }),
    // Optional only together with useAccountPhone: the server checks that one of the two gives a number.
    contactPhone: Type.Optional(Type.String({ pattern: MOBILE_PATTERN, title: '联系电话' })),
    useAccountPhone: Type.Optional(
      Type.Boolean({
        title: '使用账号手机号',
        description: 'true：联系电话用登录账号的手机号（GET /api/me 只给脱敏号码），可不填 contactPhone',
      }),
    ),
    // Must be true; checked by the server so that a missing or false value gets the same field message.
    privacyConsent: Type.Optional(Type.Boolean({ title: '同意隐私说明' })),
    attributes: Type.Record(
      Type.String(),
      Type.Union([Type.String({ maxLength: 500 }), Type.Number(), Type.Array(Type.String({ maxLength: 100 }))]),
      { title: '补充信息' },
    ),
    subscribeTemplateIds: Type.Optional(
      Type.Array(Type.String({ maxLength: 64 }), { maxItems: 3, title: '订阅消息模板' }),
    ),
  },
  { additionalProperties: false, title: '诉求' },
)
/** Static type of {@link TicketDraft}. */
export type TicketDraft = Static<typeof TicketDraft>

const Place = Nullable(Type.Object({ code: Type.String(), name: Type.String() }))

/** One timeline entry. */
export const TimelineEntry = Type.Object({
  at: IsoDateTime,
  status: TicketStatusSchema,
  label: Type.String(),
  note: Type.Optional(Type.String()),
  by: literals(['resident', 'staff', 'system'] as const),
  /** Who acted, only in the staff view (residents see the 承办部门, never a staff member's name). */
  actor: Type.Optional(
    Type.Object({
      name: Type.String({ description: '工作人员姓名' }),
      department: Nullable(Type.String({ description: '其所在部门；管理员为 null' })),
    }),
  ),
})

/** One 好差评 rating of a ticket, as kept (every one, the one that reopened the ticket too). */
export const TicketRating = Type.Object({
  level: RatingLevelSchema,
  comment: Nullable(Type.String()),
  at: IsoDateTime,
  reopened: Type.Boolean({ description: '这次评价申请了重新办理（理由见时间线）' }),
})
/** Static type of {@link TicketRating}. */
export type TicketRating = Static<typeof TicketRating>

/** A ticket as its resident sees it (and, with {@link StaffTicket}'s extras, staff). */
export const Ticket = Type.Object(
  {
    ref: Type.String({ description: '工单号，如 YZ20261127-000123' }),
    trackingToken: Type.String(),
    type: TicketTypeSchema,
    status: TicketStatusSchema,
    statusLabel: Type.String(),
    category: Type.Object({ serviceCode: Type.String(), name: Type.String(), group: Type.String() }),
    title: Type.String(),
    description: Type.String(),
    occurredAt: Nullable(IsoDateTime),
    district: Place,
    town: Place,
    address: Nullable(Type.String()),
    location: Nullable(Type.Object({ lat: Type.Number(), lng: Type.Number() })),
    attributes: Type.Record(Type.String(), Type.Unknown()),
    photos: Type.Array(Type.Object({ id: Type.String(), url: Type.String() })),
    anonymous: Type.Boolean(),
    contactPhoneMasked: Nullable(Type.String()),
    createdAt: IsoDateTime,
    acceptDeadline: IsoDateTime,
    dueAt: IsoDateTime,
    dueWorkingDays: Type.Integer({
      minimum: 0,
      description:
        '办理时限的工作日数（“N 个工作日”）：从提交日（重新办理后从重新办理日）次日起到 dueAt 当天，按服务器的工作日历（节假日、调休）计算，客户端不要自行换算',
    }),
    overdue: Type.Boolean(),
    department: Nullable(Type.Object({ id: Type.Integer(), name: Type.String() })),
    timeline: Type.Array(TimelineEntry),
    replies: Type.Array(Type.Object({ at: IsoDateTime, department: Type.String(), body: Type.String() })),
    rating: Nullable(Type.Object({ level: RatingLevelSchema, comment: Nullable(Type.String()), at: IsoDateTime })),
    canRate: Type.Boolean(),
    canReopen: Type.Boolean(),
    followers: Type.Integer(),
    mergedInto: Nullable(Type.String()),
    mergedIntoTrackingToken: Type.Optional(
      Type.String({ description: '仅工单本人可见：所并入工单的查询凭证，用于打开其公开进度页（本人随之关注该工单）' }),
    ),
  },
  { title: '工单' },
)
/** Static type of {@link Ticket}. */
export type Ticket = Static<typeof Ticket>

/** The staff view: the resident's view plus who may be contacted (only when the viewer may see it). */
export const StaffTicket = Type.Composite(
  [
    Ticket,
    Type.Object({
      /** Full number only for the handling department's clerk on a non-anonymous, non-举报 ticket. */
      contactPhone: Nullable(Type.String()),
      /** True when the reporter's identity is withheld from this viewer (举报 or anonymous). */
      reporterHidden: Type.Boolean(),
      /** True when the resident erased their account: the ticket stays, without user, phone or address detail. */
      reporterErased: Type.Boolean(),
      source: literals(['app', 'open311'] as const),
      reopenedCount: Type.Integer(),
      /** Every 好差评 rating the resident gave, oldest first, including the one that reopened the ticket. */
      ratings: Type.Array(TicketRating),
    }),
  ],
  { title: '工单（工作人员视图）' },
)
/** Static type of {@link StaffTicket}. */
export type StaffTicket = Static<typeof StaffTicket>

/** A row of 我的工单 or the staff queue. */
export const TicketSummary = Type.Object({
  ref: Type.String(),
  trackingToken: Type.String(),
  relation: literals(['own', 'following', 'staff'] as const, {
    description: 'own: 我提交的; following: 我也遇到了; staff: 工作人员队列',
  }),
  type: TicketTypeSchema,
  status: TicketStatusSchema,
  statusLabel: Type.String(),
  title: Type.String(),
  category: Type.Object({ serviceCode: Type.String(), name: Type.String(), group: Type.String() }),
  createdAt: IsoDateTime,
  dueAt: IsoDateTime,
  overdue: Type.Boolean(),
  department: Nullable(Type.Object({ id: Type.Integer(), name: Type.String() })),
  followers: Type.Integer(),
})
/** Static type of {@link TicketSummary}. */
export type TicketSummary = Static<typeof TicketSummary>

/** `GET /api/hotline/tickets` and `GET /api/staff/tickets`. */
export const TicketPage = Type.Object({
  items: Type.Array(TicketSummary),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
})
/** Static type of {@link TicketPage}. */
export type TicketPage = Static<typeof TicketPage>

/** `POST /api/hotline/similar` body. */
export const SimilarQuery = Type.Object({
  serviceCode: Type.Optional(Type.String({ maxLength: 64, title: '诉求分类' })),
  districtCode: Type.Optional(Type.String({ pattern: '^\\d{6}$', title: '所在区县' })),
  text: Type.String({ minLength: 2, maxLength: 1100, title: '内容' }),
})
/** Static type of {@link SimilarQuery}. */
export type SimilarQuery = Static<typeof SimilarQuery>

/** An open ticket like the one being written, anonymised: no phone, no person, no address beyond the street. */
export const SimilarTicket = Type.Object({
  ref: Type.String(),
  title: Type.String(),
  status: TicketStatusSchema,
  statusLabel: Type.String(),
  category: Type.Object({ serviceCode: Type.String(), name: Type.String() }),
  district: Nullable(Type.String()),
  town: Nullable(Type.String()),
  createdAt: IsoDateTime,
  followers: Type.Integer(),
  score: Type.Number({ description: '文字相似度 0–1' }),
})
/** Static type of {@link SimilarTicket}. */
export type SimilarTicket = Static<typeof SimilarTicket>

/** `POST /api/hotline/tickets/:ref/follow` answer. */
export const FollowResult = Type.Object({
  ref: Type.String(),
  followers: Type.Integer(),
  trackingToken: Type.String({ description: '关注者用它打开公开进度页' }),
})
/** Static type of {@link FollowResult}. */
export type FollowResult = Static<typeof FollowResult>

/** `POST /api/hotline/tickets/:ref/rating` body. */
export const RatingBody = Type.Object(
  {
    level: RatingLevelSchema,
    comment: Type.Optional(Type.String({ maxLength: 500, title: '评价内容' })),
    reopenReason: Type.Optional(
      Type.String({ minLength: TICKET_LIMITS.reasonMin, maxLength: TICKET_LIMITS.reasonMax, title: '重新办理的理由' }),
    ),
  },
  { additionalProperties: false },
)
/** Static type of {@link RatingBody}. */
export type RatingBody = Static<typeof RatingBody>

/** `POST /api/hotline/tickets/:ref/subscriptions` body: template ids the resident accepted in wx.requestSubscribeMessage. */
export const SubscriptionBody = Type.Object({
  templateIds: Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { minItems: 1, maxItems: 3, title: '模板' }),
})
/** Static type of {@link SubscriptionBody}. */
export type SubscriptionBody = Static<typeof SubscriptionBody>

/**
 * `GET /api/hotline/notify-options` (public): the channels a resident can be told of status changes through on this
 * deployment. The weapp asks `wx.requestSubscribeMessage` for exactly these template ids; empty when the server has
 * no `WECHAT_SUBSCRIBE_TEMPLATE_ID` (then it sends no WeChat message, so the client does not ask).
 */
export const NotifyOptions = Type.Object(
  {
    wechatSubscribeTemplateIds: Type.Array(Type.String({ minLength: 1, maxLength: 64 }), {
      maxItems: 3,
      title: '订阅消息模板',
      description: '小程序在用户点“确认提交”时用这些模板 id 调用 wx.requestSubscribeMessage；为空表示未开通微信提醒',
    }),
  },
  { additionalProperties: false, title: '通知渠道' },
)
/** Static type of {@link NotifyOptions}. */
export type NotifyOptions = Static<typeof NotifyOptions>

/** Public tracking view (`GET /api/hotline/track/:ref?t=`): no personal data, no description, no address. */
export const TrackingView = Type.Object(
  {
    ref: Type.String(),
    type: TicketTypeSchema,
    status: TicketStatusSchema,
    statusLabel: Type.String(),
    category: Type.Object({ serviceCode: Type.String(), name: Type.String(), group: Type.String() }),
    title: Type.String(),
    district: Nullable(Type.String()),
    town: Nullable(Type.String()),
    createdAt: IsoDateTime,
    acceptDeadline: IsoDateTime,
    dueAt: IsoDateTime,
    overdue: Type.Boolean(),
    department: Nullable(Type.Object({ id: Type.Integer(), name: Type.String() })),
    timeline: Type.Array(TimelineEntry),
    replies: Type.Array(Type.Object({ at: IsoDateTime, department: Type.String(), body: Type.String() })),
    followers: Type.Integer(),
    mergedInto: Nullable(Type.String()),
  },
  { title: '工单进度（公开）' },
)
/** Static type of {@link TrackingView}. */
export type TrackingView = Static<typeof TrackingView>

/** An uploaded photo. */
export const UploadResult = Type.Object({
  id: Type.String(),
  url: Type.String(),
  bytes: Type.Integer(),
  mime: Type.String(),
})
/** Static type of {@link UploadResult}. */
export type UploadResult = Static<typeof UploadResult>

/** An in-app message (站内消息). */
export const Message = Type.Object({
  id: Type.String(),
  title: Type.String(),
  body: Type.String(),
  // Optional in the type so clients built against the older shape still check; the server always sends them.
  kind: Type.Optional(
    Nullable(Type.String({ description: '通知类型，如 ticket.status（工单进度）；早期消息为 null' })),
  ),
  subjectKind: Type.Optional(
    Nullable(Type.String({ description: '消息关于什么：ticket（12345 工单）；以后还有报名、意见、问卷' })),
  ),
  subjectId: Type.Optional(
    Nullable(Type.String({ description: '该对象的 id（配合 subjectKind；工单用 ticketRef 打开）' })),
  ),
  ticketRef: Nullable(Type.String({ description: 'subjectKind 为 ticket 时的工单号，其它为 null' })),
  trackingToken: Type.Optional(
    Type.String({ description: '工单不是本人提交的（关注的、或本人工单已并入它）时给出，用它打开公开进度页' }),
  ),
  createdAt: IsoDateTime,
  readAt: Nullable(IsoDateTime),
})
/** Static type of {@link Message}. */
export type Message = Static<typeof Message>

/** `GET /api/me/messages`. */
export const MessagePage = Type.Object({
  items: Type.Array(Message),
  total: Type.Integer(),
  unread: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
})
/** Static type of {@link MessagePage}. */
export type MessagePage = Static<typeof MessagePage>

/** Staff queue filters. */
export const StaffQueueQuery = Type.Object({
  status: Type.Optional(TicketStatusSchema),
  state: Type.Optional(
    literals(['open', 'closed'] as const, {
      description: 'open：办理中（TicketStatusGroup.open）；closed：已答复、办结或合并。与 status 同给时两者都须满足',
    }),
  ),
  sort: Type.Optional(
    literals(['newest', 'due'] as const, {
      default: 'newest',
      description: 'newest：最新提交在前；due：办结时限最早（含已超期）在前',
    }),
  ),
  serviceCode: Type.Optional(Type.String({ maxLength: 64 })),
  departmentId: Type.Optional(
    Type.Integer({
      minimum: 1,
      description: '管理员的部门范围：只看该部门承办的工单；经办人总是只看本部门，此项不起作用',
    }),
  ),
  overdue: Type.Optional(Type.Union([Type.Literal('1'), Type.Literal('0')])),
  page: Type.Optional(Type.Integer({ minimum: 1, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
})
/** Static type of {@link StaffQueueQuery}. */
export type StaffQueueQuery = Static<typeof StaffQueueQuery>

/** Bodies of the staff actions. */
export const AssignBody = Type.Object({ departmentId: Type.Integer({ minimum: 1, title: '部门' }) })
export const ReturnBody = Type.Object({
  reason: Type.String({ minLength: TICKET_LIMITS.reasonMin, maxLength: TICKET_LIMITS.reasonMax, title: '退回理由' }),
})
export const ReplyBody = Type.Object({
  body: Type.String({ minLength: TICKET_LIMITS.replyMin, maxLength: TICKET_LIMITS.replyMax, title: '答复内容' }),
})
export const CloseBody = Type.Object({ note: Type.Optional(Type.String({ maxLength: 500, title: '备注' })) })
export const MergeBody = Type.Object({ intoRef: Type.String({ pattern: '^YZ\\d{8}-\\d{6}$', title: '目标工单号' }) })
