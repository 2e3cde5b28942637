import Taro from '@tarojs/taro'
import { GovPhoneLink } from '../../../components/gov-phone-link'
import { GovTile } from '../../../components/gov-tile'
import './home.scss'

const ENTRIES = [
  { title: '办事指南', description: '材料、流程、时限一目了然', glyph: '指', url: '/packages/guide/pages/item/index' },
  {
    title: '12345 热线',
    description: '反映诉求，跟踪办理进度',
    glyph: '诉',
    url: '/packages/hotline/pages/submit/index',
  },
  { title: '政府开放日', description: '走进机关，预约参观', glyph: '开', url: '/packages/openday/pages/list/index' },
  { title: '征集调查', description: '参与民意征集与投票', glyph: '征', url: '/packages/consult/pages/list/index' },
] as const

/** The four service entries of 首页 and the 12345 call-out. */
export function HomeEntries() {
  return (
    <>
      <section className="home-entries" aria-labelledby="home-entries-title">
        <h2 className="home-section-title" id="home-entries-title">
          常用服务
        </h2>
        <div className="home-entries__grid">
          {ENTRIES.map((entry) => (
            <GovTile
              key={entry.title}
              title={entry.title}
              description={entry.description}
              glyph={entry.glyph}
              onClick={() => void Taro.navigateTo({ url: entry.url })}
            />
          ))}
        </div>
      </section>
      <section className="home-hotline" aria-labelledby="home-hotline-title">
        <h2 className="home-section-title" id="home-hotline-title">
          12345 政务服务便民热线
        </h2>
        <p className="home-hotline__text">7×24 小时受理咨询、求助、投诉和建议。</p>
        <GovPhoneLink phone="12345" block>
          拨打 12345
        </GovPhoneLink>
      </section>
    </>
  )
}
