import { type Static, Type } from '@sinclair/typebox'
import { IsoDateTime } from './common'

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

/** `GET /api/me/export`: all of a resident's own data, unmasked. */
export const MyDataExport = Type.Object({
  exportedAt: IsoDateTime,
  user: Type.Object({
    id: Type.Integer(),
    phone: Type.Union([Type.String(), Type.Null()]),
    wechatOpenid: Type.Union([Type.String(), Type.Null()]),
    wechatUnionid: Type.Union([Type.String(), Type.Null()]),
    nickname: Type.Union([Type.String(), Type.Null()]),
    privacyConsentVersion: Type.Union([Type.String(), Type.Null()]),
    privacyConsentAt: Type.Union([IsoDateTime, Type.Null()]),
    createdAt: IsoDateTime,
  }),
  sessions: Type.Array(
    Type.Object({
      createdAt: IsoDateTime,
      expiresAt: IsoDateTime,
      revokedAt: Type.Union([IsoDateTime, Type.Null()]),
      lastSeenAt: Type.Union([IsoDateTime, Type.Null()]),
    }),
  ),
})
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
