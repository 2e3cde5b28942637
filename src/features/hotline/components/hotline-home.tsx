import Taro, { useDidShow } from '@tarojs/taro'
import { type ReactNode, useEffect, useState } from 'react'
import { GovButton } from '../../../components/gov-button'
import { GovCell } from '../../../components/gov-cell'
import { GovCellGroup } from '../../../components/gov-cell-group'
import { GovField } from '../../../components/gov-field'
import { GovPhoneLink } from '../../../components/gov-phone-link'
import { useSession } from '../../../lib/auth/session'
import { discardDraft } from '../model/discard-draft'
import { hasTypedContent, hotlineDraft, outcomeUnknown, useHotlineDraft } from '../model/draft-store'
import { DONE_PAGE, MINE_PAGE, SUBMIT_PAGE, TICKET_PAGE } from '../model/routes'
import { STEP_TITLE } from '../model/steps'
import { submitDraft } from '../model/submit-draft'
import './hotline.scss'

/** A 工单号 as the server makes them: YZ + date + number. */
const REF = /^YZ\d{8}-?\d{3,}$/i

/**
 * A submit whose answer never came is sent again (same key) whenever the tab is shown, not only from the submit
 * page; resolves the 工单号 when the server has now confirmed it.
 */
function useRetryPendingSubmit(loggedIn: boolean): string | undefined {
  const [sentRef, setSentRef] = useState<string>()
  const retry = () => {
    const draft = hotlineDraft.get()
    if (!loggedIn || !draft || !outcomeUnknown(draft)) return
    void submitDraft(hotlineDraft).then((outcome) => {
      if (outcome.kind === 'done') setSentRef(outcome.ticket.ref)
    })
  }
  // On opening and on logging in; useDidShow covers coming back to the tab.
  useEffect(retry, [loggedIn])
  useDidShow(retry)
  return sentRef
}

/** Props of {@link HotlineHome}. */
export interface HotlineHomeProps {
  /** The 消息 row with its unread count, composed by the tab page (the inbox is its own feature). */
  inboxEntry?: ReactNode
}

/**
 * The 12345 tab: what the hotline is for, call 12345, 我要反映 (or continue or discard the saved draft), 我的工单,
 * 消息 with an unread count, and 进度查询 by 工单号 (own tickets only). Kept light: the flow itself lives in the
 * hotline subpackage.
 */
export function HotlineHome({ inboxEntry }: HotlineHomeProps) {
  const session = useSession()
  const draft = useHotlineDraft()
  const [ref, setRef] = useState('')
  const [refError, setRefError] = useState<string>()
  const sentRef = useRetryPendingSubmit(!!session)

  function track() {
    const value = ref.trim().toUpperCase()
    if (!REF.test(value)) {
      setRefError('请输入完整的工单号，如 YZ20261127-000123')
      return
    }
    setRefError(undefined)
    void Taro.navigateTo({ url: `${TICKET_PAGE}?ref=${encodeURIComponent(value)}` })
  }

  const started = !!draft && (draft.step !== 'type' || hasTypedContent(draft))
  return (
    <div className="hotline-home">
      <section className="hotline-home__intro" aria-labelledby="hotline-home-what">
        <h2 className="hotline-section-title" id="hotline-home-what">
          12345 能帮您做什么
        </h2>
        <p className="hotline-lead">
          扬州 12345
          政务服务便民热线受理企业和群众的咨询、求助、投诉、举报和建议，转交承办部门限时办理并答复，办结后请您评价。
        </p>
        <GovPhoneLink phone="12345" block>
          拨打 12345（7×24 小时）
        </GovPhoneLink>
      </section>
      {sentRef && !started ? (
        <div className="gov-callout hotline-home__draft" role="status">
          <p>您之前发出的诉求已提交成功，工单号 {sentRef}。</p>
          <GovButton
            block
            variant="secondary"
            onClick={() => void Taro.navigateTo({ url: `${DONE_PAGE}?ref=${encodeURIComponent(sentRef)}` })}
          >
            查看工单
          </GovButton>
        </div>
      ) : null}
      {started ? (
        <div className="gov-callout hotline-home__draft">
          <p>
            您有一件未提交的诉求（
            {draft?.submitState === 'offline' ? '等待网络恢复后提交' : `停在“${STEP_TITLE[draft.step]}”`}
            ），内容已自动保存。
          </p>
          <GovButton block onClick={() => void Taro.navigateTo({ url: SUBMIT_PAGE })}>
            继续填写
          </GovButton>
          {draft?.submitState === 'sending' ? null : (
            <GovButton block variant="text" onClick={() => void discardDraft(hotlineDraft)}>
              放弃草稿，重新填写
            </GovButton>
          )}
        </div>
      ) : (
        <GovButton block onClick={() => void Taro.navigateTo({ url: SUBMIT_PAGE })}>
          我要反映
        </GovButton>
      )}
      <GovCellGroup title="我的诉求">
        <GovCell
          title="我的工单"
          description="查看办理进度、答复和评价"
          onClick={() => void Taro.navigateTo({ url: MINE_PAGE })}
        />
        {session ? inboxEntry : null}
      </GovCellGroup>
      <form
        className="hotline-home__track"
        noValidate
        aria-label="进度查询"
        onSubmit={(event) => {
          event.preventDefault()
          track()
        }}
      >
        <h2 className="hotline-section-title">进度查询</h2>
        <GovField
          id="hotline-track-ref"
          label="工单号"
          hint="只能查询您本人提交的工单（工单号提交后获得，如 YZ20261127-000123）。您关注的或他人分享的工单，请从“我的工单”或分享链接打开。"
          value={ref}
          onChange={(v) => {
            setRef(v)
            if (refError) setRefError(undefined)
          }}
          error={refError}
          onEnter={track}
        />
        <GovButton variant="secondary" block onClick={track}>
          查询
        </GovButton>
      </form>
    </div>
  )
}
