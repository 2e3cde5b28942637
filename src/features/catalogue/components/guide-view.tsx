import { type ReactNode, useState } from 'react'
import { GovButton } from '../../../components/gov-button'
import { GovPhoneLink } from '../../../components/gov-phone-link'
import { GovTag } from '../../../components/gov-tag'
import { formatDate } from '../../../lib/format'
import { ShareButton } from '../../../lib/platform/share'
import type { ItemDetail } from '../api/catalogue-types'
import { useFavourite } from '../hooks/use-favourite'
import { formatWorkingDays, summarizeGuide } from '../model/guide-summary'
import { AUDIENCE_LABEL, LEVEL_LABEL } from '../model/labels'
import { guideUrl } from '../model/routes'
import { openOnline } from '../platform/open-online'
import { shareLink } from '../platform/share-link'
import { GuideMaterials } from './guide-materials'
import { GuidePlaces } from './guide-places'
import { GuideRating } from './guide-rating'
import './catalogue.scss'

/** Props of {@link GuideView}. */
export interface GuideViewProps {
  item: ItemDetail
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="cat-section" aria-labelledby={id}>
      <h2 className="cat-section__title" id={id}>
        {title}
      </h2>
      {children}
    </section>
  )
}

/**
 * The 办事指南 of one item: the start-page summary first (材料, 跑动, 承诺时限, 收费, 全程网办, 受理单位) with the
 * actions, then every standard section, then "这条指南准确吗？".
 */
export function GuideView({ item }: GuideViewProps) {
  const { guide } = item
  const favourite = useFavourite(item.implCode)
  const [notice, setNotice] = useState<string>()
  const facts = summarizeGuide(item)
  const countedDays = guide.process.filter((s) => s.countsTowardLimit).reduce((sum, s) => sum + s.days, 0)

  return (
    <div className="cat-guide">
      <p className="cat-guide__meta">
        {item.department.name} · {LEVEL_LABEL[item.level]} · {item.divisionName} ·{' '}
        {item.audience.map((a) => AUDIENCE_LABEL[a]).join('、')} · {item.itemType}
      </p>
      <section className="cat-summary" aria-labelledby="cat-summary-title">
        <h2 className="cat-visually-hidden gov-visually-hidden" id="cat-summary-title">
          办事摘要
        </h2>
        <ul className="cat-summary__facts">
          {facts.map((fact) => (
            <li className="cat-summary__fact" key={fact.label}>
              <span className="cat-summary__label">{fact.label}</span>
              <span className={`cat-summary__value${fact.positive ? ' cat-summary__value--good' : ''}`}>
                {fact.value}
              </span>
            </li>
          ))}
        </ul>
        <div className="cat-actions">
          {item.onlineUrl ? (
            <GovButton
              block
              onClick={() => void openOnline(item.onlineUrl as string).then((result) => setNotice(result.message))}
            >
              在线办理
            </GovButton>
          ) : null}
          <div className="cat-actions__row">
            <GovButton variant="secondary" loading={favourite.busy} onClick={favourite.toggle}>
              {favourite.saved ? '已收藏' : '收藏'}
            </GovButton>
            <ShareButton
              onWebShare={() =>
                void shareLink({ title: item.name, path: guideUrl(item.implCode) }).then((message) =>
                  setNotice(message),
                )
              }
            >
              分享
            </ShareButton>
          </div>
          <p className="cat-actions__notice" role="status">
            {favourite.error ?? notice ?? ''}
          </p>
        </div>
      </section>

      <Section id="cat-basis" title="实施依据">
        <ul className="cat-list">
          {guide.basis.map((b) => (
            <li key={`${b.law}${b.article}`}>
              <p className="cat-strong">
                {b.law} {b.article}
              </p>
              <p className="cat-muted">{b.text}</p>
            </li>
          ))}
        </ul>
        <p className="cat-line">实施主体：{guide.implementer}</p>
      </Section>

      <Section id="cat-conditions" title="申请条件">
        <ul className="cat-list cat-list--bullets">
          {guide.conditions.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </Section>

      <Section id="cat-materials" title={`申请材料（${guide.materials.length} 份）`}>
        <GuideMaterials materials={guide.materials} />
      </Section>

      <Section id="cat-process" title="办理流程">
        <ol className="cat-steps">
          {guide.process.map((step, index) => (
            <li className="cat-step" key={step.name}>
              <span className="cat-step__n" aria-hidden="true">
                {index + 1}
              </span>
              <div className="cat-step__body">
                <p className="cat-strong">{step.name}</p>
                <p className="cat-muted">{step.description}</p>
                <p className="cat-step__days">
                  {formatWorkingDays(step.days)}
                  {step.countsTowardLimit ? '，计入办理时限' : '，不计入办理时限'}
                </p>
              </div>
            </li>
          ))}
        </ol>
      </Section>

      <Section id="cat-limits" title="办理时限">
        <ul className="cat-list">
          <li className="cat-kv">
            <span>法定办结时限</span>
            <span className="cat-strong">{formatWorkingDays(guide.legalLimitDays)}</span>
          </li>
          <li className="cat-kv">
            <span>承诺办结时限</span>
            <span className="cat-strong">{formatWorkingDays(guide.promisedLimitDays)}</span>
          </li>
          <li className="cat-kv">
            <span>计入时限的环节合计</span>
            <span>{formatWorkingDays(countedDays)}</span>
          </li>
        </ul>
      </Section>

      <Section id="cat-fee" title="收费">
        {guide.fee.charged ? (
          <ul className="cat-list">
            <li className="cat-kv">
              <span>收费标准</span>
              <span className="cat-strong">{guide.fee.standard}</span>
            </li>
            <li>
              <p className="cat-muted">收费依据：{guide.fee.basis}</p>
            </li>
          </ul>
        ) : (
          <p className="cat-line">
            <GovTag tone="success">不收费</GovTag>
          </p>
        )}
      </Section>

      <Section id="cat-places" title="办理地点和时间">
        <ul className="cat-list">
          {guide.locations.map((place) => (
            <li key={`${place.name}${place.address}`}>
              <p className="cat-strong">{place.name}</p>
              <p className="cat-muted">地址：{place.address}</p>
              <p className="cat-muted">时间：{place.hours}</p>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="cat-phones" title="咨询和投诉">
        <div className="cat-phones">
          <GovPhoneLink phone={guide.consultPhone} variant="secondary" block>
            咨询电话
          </GovPhoneLink>
          <GovPhoneLink phone={guide.complaintPhone} variant="secondary" block>
            监督投诉
          </GovPhoneLink>
        </div>
      </Section>

      <Section id="cat-intermediaries" title="中介服务">
        {guide.intermediaries.length ? (
          <ul className="cat-list">
            {guide.intermediaries.map((m) => (
              <li key={m.name}>
                <p className="cat-strong">{m.name}</p>
                <p className="cat-muted">
                  依据：{m.basis}；收费：{m.fee}；时限：{formatWorkingDays(m.days)}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="cat-line">本事项无中介服务。</p>
        )}
      </Section>

      <Section id="cat-delivery" title="送达方式">
        <p className="cat-line">{guide.delivery.join('；') || '窗口领取'}</p>
      </Section>

      {guide.faq.length ? (
        <Section id="cat-faq" title="常见问题">
          <ul className="cat-list">
            {guide.faq.map((f) => (
              <li key={f.q}>
                <p className="cat-strong">问：{f.q}</p>
                <p className="cat-muted">答：{f.a}</p>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      {item.implementations?.length ? (
        <Section id="cat-places" title="办理地点">
          <GuidePlaces places={item.implementations} />
        </Section>
      ) : null}

      <p className="cat-updated">
        指南更新日期：{formatDate(guide.updatedAt || item.updatedAt)}
        {item.rating.count
          ? ` · ${item.rating.count} 人评价，平均 ${Number(item.rating.averageScore).toFixed(1)} 分`
          : ''}
      </p>
      <GuideRating implCode={item.implCode} />
    </div>
  )
}
