import { type Static, Type } from '@sinclair/typebox'

/** One notification kind in the resident's settings: WeChat/SMS on or off (in-app messages always arrive). */
export const NotificationSetting = Type.Object({
  kind: Type.String({ description: '通知类型，如 ticket.status' }),
  label: Type.String({ description: '给市民看的名称，如 12345 工单进度' }),
  enabled: Type.Boolean({ description: 'false：这类通知不再发微信 / 短信（站内消息照常）' }),
})
/** Static type of {@link NotificationSetting}. */
export type NotificationSetting = Static<typeof NotificationSetting>

/** `GET /api/me/notification-settings`. */
export const NotificationSettings = Type.Object({ items: Type.Array(NotificationSetting) })
/** Static type of {@link NotificationSettings}. */
export type NotificationSettings = Static<typeof NotificationSettings>

/** `PUT /api/me/notification-settings` body: the kinds whose WeChat/SMS the resident turns off (all others on). */
export const NotificationSettingsUpdate = Type.Object(
  { disabled: Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 50, uniqueItems: true }) },
  { additionalProperties: false },
)
/** Static type of {@link NotificationSettingsUpdate}. */
export type NotificationSettingsUpdate = Static<typeof NotificationSettingsUpdate>
