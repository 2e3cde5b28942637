import { type Static, type TSchema, Type } from '@sinclair/typebox'
import { IsoDateTime } from './common'
import { Ticket, TicketRating } from './hotline'

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])

/** The signed-in resident as the API shows them: the phone is always masked (138****1234). */
export const Me = Type.Object(
  {
    id: Type.Integer(),
    phoneMasked: Type.Union([Type.String(), Type.Null()], { description: '脱敏手机号，如 138****1234' }),
    wechatBound: Type.Boolean(),
    nickname: Type.Union([Type.String(), Type.Null()]),
    privacyConsentVersion: Type.Union([Type.String(), Type.Null()]),
    privacyConsentAt: Type.Union([IsoDateTime, Type.Null()]),
    createdAt: IsoDateTime,
  },
  { title: '我的账户' },
)
/** Static type of {@link Me}. */
export type Me = Static<typeof Me>

/** `POST /api/me/consent` body. */
export const ConsentBody = Type.Object({
  version: Type.String({ minLength: 1, maxLength: 40, title: '隐私政策版本' }),
})
/** Static type of {@link ConsentBody}. */
export type ConsentBody = Static<typeof ConsentBody>

/** `GET /api/me/export`: all of a resident's own data, unmasked — everything DELETE /api/me erases or unlinks. */
export const MyDataExport = Type.Object(
  {
    exportedAt: IsoDateTime,
    user: Type.Object({
      id: Type.Integer(),
      phone: Nullable(Type.String()),
      wechatOpenid: Nullable(Type.String()),
      wechatUnionid: Nullable(Type.String()),
      nickname: Nullable(Type.String()),
      privacyConsentVersion: Nullable(Type.String()),
      privacyConsentAt: Nullable(IsoDateTime),
      createdAt: IsoDateTime,
    }),
    sessions: Type.Array(
      Type.Object({
        createdAt: IsoDateTime,
        expiresAt: IsoDateTime,
        revokedAt: Nullable(IsoDateTime),
        lastSeenAt: Nullable(IsoDateTime),
      }),
    ),
    tickets: Type.Array(
      Type.Composite([
        Ticket,
        Type.Object({
          contactPhone: Nullable(Type.String({ description: '完整联系电话' })),
          ratings: Type.Array(TicketRating, {
            description: '我对该工单的每一次评价（含申请重新办理的那次）及评价内容',
          }),
        }),
      ]),
      { description: '我提交的 12345 工单（含联系电话、地址、补充信息、照片、办理过程、答复和评价）' },
    ),
    following: Type.Array(
      Type.Object({
        ref: Type.String(),
        trackingToken: Type.String(),
        title: Type.String(),
        status: Type.String(),
        followedAt: IsoDateTime,
      }),
      { description: '我也遇到了：我关注的工单' },
    ),
    messages: Type.Array(
      Type.Object({
        id: Type.String(),
        title: Type.String(),
        body: Type.String(),
        ticketRef: Nullable(Type.String()),
        createdAt: IsoDateTime,
        readAt: Nullable(IsoDateTime),
      }),
      { description: '站内消息' },
    ),
    subscriptions: Type.Array(
      Type.Object({ ticketRef: Type.String(), templateId: Type.String(), remaining: Type.Integer() }),
      { description: '微信订阅消息授权（每次授权可发一条）' },
    ),
    ratings: Type.Array(
      Type.Object({
        implCode: Type.String(),
        itemName: Type.String(),
        score: Type.Integer({ minimum: 1, maximum: 5 }),
        comment: Nullable(Type.String()),
        createdAt: IsoDateTime,
      }),
      { description: '我对办事指南的评价' },
    ),
    favourites: Type.Array(Type.Object({ implCode: Type.String(), name: Type.String(), createdAt: IsoDateTime }), {
      description: '收藏的事项',
    }),
    uploads: Type.Array(
      Type.Object({
        id: Type.String(),
        url: Type.String(),
        mime: Type.String(),
        bytes: Type.Integer(),
        createdAt: IsoDateTime,
        ticketRef: Nullable(Type.String({ description: '作为哪张工单的照片；null 为未使用' })),
      }),
      { description: '上传的照片' },
    ),
  },
  { title: '我的数据导出' },
)
/** Static type of {@link MyDataExport}. */
export type MyDataExport = Static<typeof MyDataExport>

/** `GET /api/privacy`: the privacy notice residents consent to. */
export const PrivacyNotice = Type.Object({
  version: Type.String(),
  title: Type.String(),
  updatedAt: Type.String({ description: '生效日期，YYYY-MM-DD' }),
  sections: Type.Array(Type.Object({ heading: Type.String(), body: Type.String() })),
})
/** Static type of {@link PrivacyNotice}. */
export type PrivacyNotice = Static<typeof PrivacyNotice>
