import type { Category, StaffTicket } from '../../../../types/hotline'
import { GovCell } from '../../../components/gov-cell'
import { GovCellGroup } from '../../../components/gov-cell-group'
import { GovProtectedPhotos } from '../../../components/gov-protected-photos'
import { formatDateTime } from '../../../lib/format'

/** Props of {@link StaffTicketFacts}. */
export interface StaffTicketFactsProps {
  ticket: StaffTicket
  /** The ticket's category with its extra attributes (from /api/hotline/categories), for labels; may be loading. */
  category?: Category
}

/** An extra attribute answer in words: list keys by their names, a datetime without the `T`. */
function answerText(value: unknown, category: Category | undefined, code: string): string {
  const attr = category?.attributes.find((a) => a.code === code)
  const keys = (Array.isArray(value) ? value : [value]).map(String)
  return keys
    .map((k) => attr?.values.find((v) => v.key === k)?.name ?? k.replace(/^(\d{4}-\d\d-\d\d)T(\d\d:\d\d).*$/, '$1 $2'))
    .join('、')
}

/** Who to call back: the server gives the full number only to the handling department's clerk. */
function contactText(t: StaffTicket): string {
  if (t.reporterHidden) return t.type === '举报' ? '举报人信息保密' : '匿名反映，无联系方式'
  if (t.reporterErased) return '反映人已注销账号'
  return t.contactPhone ?? t.contactPhoneMasked ?? '—'
}

/**
 * What a clerk needs to decide: when and where it happened (district, street, address, map point), the category's
 * extra answers, photos, the contact the server allows this viewer, and the resident's rating.
 */
export function StaffTicketFacts({ ticket, category }: StaffTicketFactsProps) {
  const place = [ticket.district?.name, ticket.town?.name].filter(Boolean).join(' ')
  const answers = Object.entries(ticket.attributes).filter(([, v]) => v !== '' && v !== null && v !== undefined)
  const attrOrder = (code: string) => category?.attributes.find((a) => a.code === code)?.order ?? 999
  answers.sort(([a], [b]) => attrOrder(a) - attrOrder(b))
  return (
    <>
      <GovCellGroup title="时间与地点">
        <GovCell title="发生时间" extra={ticket.occurredAt ? formatDateTime(ticket.occurredAt) : '未填写'} />
        <GovCell title="区县、街道" extra={place || '未填写'} />
        <GovCell title="详细地址" extra={ticket.address || '未填写'} />
        <GovCell
          title="地图位置"
          extra={ticket.location ? `${ticket.location.lat.toFixed(5)}, ${ticket.location.lng.toFixed(5)}` : '未标注'}
        />
      </GovCellGroup>
      {answers.length ? (
        <GovCellGroup title="补充信息">
          {answers.map(([code, value]) => (
            <GovCell
              key={code}
              title={category?.attributes.find((a) => a.code === code)?.description ?? code}
              extra={answerText(value, category, code)}
            />
          ))}
        </GovCellGroup>
      ) : null}
      <GovCellGroup title="反映人">
        <GovCell title="联系电话" extra={contactText(ticket)} />
        {ticket.followers > 0 ? <GovCell title="也遇到此问题" extra={`${ticket.followers} 人`} /> : null}
        {ticket.reopenedCount > 0 ? <GovCell title="重新办理" extra={`${ticket.reopenedCount} 次`} /> : null}
      </GovCellGroup>
      <h2 className="staff-ticket__heading">诉求内容</h2>
      <p className="staff-ticket__text">{ticket.description}</p>
      {ticket.photos.length ? <GovProtectedPhotos label="工单照片" photos={ticket.photos} viewer="staff" /> : null}
      <h2 className="staff-ticket__heading">群众评价</h2>
      {ticket.rating ? (
        <p className="staff-ticket__text">
          {ticket.rating.level}（{formatDateTime(ticket.rating.at)}）
          {ticket.rating.comment ? `：${ticket.rating.comment}` : ''}
        </p>
      ) : (
        <p className="staff-queue__count">尚未评价。</p>
      )}
    </>
  )
}
