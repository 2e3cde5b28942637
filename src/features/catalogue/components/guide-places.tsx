import Taro from '@tarojs/taro'
import { useState } from 'react'
import { GovPhoneLink } from '../../../components/gov-phone-link'
import { GovPressable } from '../../../components/gov-pressable'
import { GovTag } from '../../../components/gov-tag'
import type { Place } from '../api/catalogue-types'
import { formatWorkingDays } from '../model/guide-summary'
import { MODE_LABEL } from '../model/labels'
import { groupPlaces, type MyPlace, placeDifferences, readMyPlace, rememberMyPlace } from '../model/places'
import { guideUrl } from '../model/routes'

/** Props of {@link GuidePlaces}. */
export interface GuidePlacesProps {
  places: Place[]
}

/** The division a place belongs to, as a resident names where they live (广陵区文峰街道, 高邮市). */
function myPlaceOf(place: Place): MyPlace {
  return { divisionCode: place.divisionCode, name: place.divisionName }
}

/**
 * 办理地点 (issue #14): every implementation of the service, the resident's own street and district first once they
 * chose it here (remembered on the device), then grouped by level. Each place shows its hall, hours, phone and
 * limit, and what it asks beyond the guide above (“本街道办理需另带 …”); another place's own guide is one tap away.
 */
export function GuidePlaces({ places }: GuidePlacesProps) {
  const [mine, setMine] = useState<MyPlace | null>(() => readMyPlace())
  const shown = places.find((p) => p.current)
  const groups = groupPlaces(places, mine)
  const choose = (place: Place) => {
    const next = myPlaceOf(place)
    rememberMyPlace(next)
    setMine(next)
  }
  return (
    <div className="cat-places">
      {mine ? null : <p className="cat-muted">选一个“设为我的街道”，以后办事先看离你最近的地点。</p>}
      {groups.map((group) => (
        <div className="cat-places__group" key={group.title}>
          <h3 className="cat-places__title">{group.title}</h3>
          <ul className="cat-list">
            {group.places.map((p) => {
              const differences = placeDifferences(p, shown)
              const isMine = mine?.divisionCode === p.divisionCode
              return (
                <li className="cat-place" key={p.implCode} data-place={p.divisionCode}>
                  <p className="cat-strong">
                    {p.divisionName} · {p.department}
                    {p.current ? <GovTag tone="muted">本页指南</GovTag> : null}
                  </p>
                  {p.locations.map((l) => (
                    <p className="cat-muted" key={`${l.name}${l.address}`}>
                      {l.name}：{l.address}（{l.hours}）
                    </p>
                  ))}
                  <p className="cat-muted">
                    {MODE_LABEL[p.handlingMode]} · 承诺 {formatWorkingDays(p.promisedLimitDays)}
                  </p>
                  {differences.map((d) => (
                    <p className="cat-place__diff" key={d}>
                      {d}
                    </p>
                  ))}
                  <GovPhoneLink phone={p.consultPhone} variant="secondary">
                    咨询电话
                  </GovPhoneLink>
                  <span className="cat-place__actions">
                    {p.current ? null : (
                      <GovPressable
                        className="cat-link-row"
                        onClick={() => void Taro.navigateTo({ url: guideUrl(p.implCode) })}
                      >
                        看此处指南 ›
                      </GovPressable>
                    )}
                    {p.level === 'city' || isMine ? null : (
                      <GovPressable className="cat-link-row" onClick={() => choose(p)}>
                        设为我的{p.divisionCode.length === 9 ? '街道' : '区县'}
                      </GovPressable>
                    )}
                  </span>
                </li>
              )
            })}
          </ul>
        </div>
      ))}
    </div>
  )
}
