import Taro from '@tarojs/taro'
import { GovTag } from '../../../components/gov-tag'
import type { ThemeDetail } from '../api/catalogue-types'
import { guideUrl } from '../model/routes'
import { ResultRow } from './result-row'
import './catalogue.scss'

/** Props of {@link ThemeView}. */
export interface ThemeViewProps {
  theme: ThemeDetail
}

/** 一件事: what it covers, then its items as ordered steps, each opening its guide. */
export function ThemeView({ theme }: ThemeViewProps) {
  const steps = [...theme.steps].sort((a, b) => a.order - b.order)
  const online = steps.filter((s) => s.item.handlingMode === 'online').length
  return (
    <div className="cat-theme-view">
      <p className="cat-theme-view__desc">{theme.description}</p>
      <p className="cat-line">
        <GovTag tone="primary">共 {steps.length} 个事项</GovTag> <GovTag tone="success">全程网办 {online} 个</GovTag>
      </p>
      <ol className="cat-theme-steps">
        {steps.map((step, index) => (
          <li className="cat-theme-step" key={step.item.implCode}>
            <p className="cat-theme-step__head">
              <span className="cat-step__n" aria-hidden="true">
                {index + 1}
              </span>
              <span className="cat-strong">第 {index + 1} 步</span>
              {step.note ? <span className="cat-muted"> · {step.note}</span> : null}
            </p>
            <ResultRow item={step.item} onOpen={(item) => void Taro.navigateTo({ url: guideUrl(item.implCode) })} />
          </li>
        ))}
      </ol>
    </div>
  )
}
