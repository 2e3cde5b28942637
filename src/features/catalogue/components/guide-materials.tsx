import { useState } from 'react'
import { GovPressable } from '../../../components/gov-pressable'
import { GovTag } from '../../../components/gov-tag'
import type { Material } from '../api/catalogue-types'
import { materialRequirement } from '../model/guide-summary'

/** Props of {@link GuideMaterials}. */
export interface GuideMaterialsProps {
  materials: Material[]
}

/**
 * 申请材料: each with 原件/复印件, 份数, 来源 and 必需 or its condition; its 示范文本 and 常见错误 open inline under it.
 */
export function GuideMaterials({ materials }: GuideMaterialsProps) {
  const [open, setOpen] = useState<Record<string, boolean>>({})
  return (
    <ol className="cat-materials">
      {materials.map((m, index) => {
        const id = `cat-material-${m.id ?? index}`
        const expanded = !!open[id]
        const hasExtra = !!m.sample || m.commonMistakes.length > 0
        return (
          <li className="cat-material" key={id}>
            <p className="cat-material__name">
              {index + 1}. {m.name}
            </p>
            <p className="cat-material__facts">
              <GovTag tone={m.required === true ? 'primary' : 'warning'}>{materialRequirement(m.required)}</GovTag>
              <GovTag>{m.form}</GovTag>
              <GovTag>{m.copies} 份</GovTag>
            </p>
            <p className="cat-material__source">来源：{m.source}</p>
            {hasExtra ? (
              <>
                <GovPressable
                  className="cat-disclosure"
                  expanded={expanded}
                  controls={id}
                  onClick={() => setOpen({ ...open, [id]: !expanded })}
                >
                  {expanded ? '收起示范文本和常见错误 ▴' : '查看示范文本和常见错误 ▾'}
                </GovPressable>
                {expanded ? (
                  <div className="cat-material__extra" id={id}>
                    {m.sample ? (
                      <div className="cat-sample">
                        <p className="cat-sample__title">示范文本</p>
                        <p className="cat-sample__text">{m.sample}</p>
                      </div>
                    ) : null}
                    {m.commonMistakes.length ? (
                      <div className="cat-mistakes">
                        <p className="cat-mistakes__title">常见错误</p>
                        <ul className="cat-mistakes__list">
                          {m.commonMistakes.map((text) => (
                            <li key={text}>{text}</li>
                          ))}
                        </ul>
                      </div>
                    ) : null}
                  </div>
                ) : null}
              </>
            ) : null}
          </li>
        )
      })}
    </ol>
  )
}
