import Taro from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import { GovButton } from '../../../components/gov-button'
import { GovEmpty } from '../../../components/gov-empty'
import { GovPhoneLink } from '../../../components/gov-phone-link'
import { goToLogin } from '../../../lib/auth/login-redirect'
import { useSession } from '../../../lib/auth/session'
import { onNetworkBack } from '../../../lib/platform/network'
import { ASKS_WECHAT_SUBSCRIBE, requestTicketNotifications } from '../../../lib/platform/subscribe'
import { useDivisions } from '../api/get-divisions'
import { useNotifyOptions } from '../api/get-notify-options'
import type { Category } from '../model/contract'
import { discardDraft } from '../model/discard-draft'
import {
  DRAFT_STEPS,
  type DraftPrefill,
  type DraftStep,
  hasTypedContent,
  hotlineDraft,
  openDraft,
  outcomeUnknown,
  useHotlineDraft,
} from '../model/draft-store'
import { DONE_PAGE } from '../model/routes'
import { focusStepHeading, previousStep, STEP_TITLE } from '../model/steps'
import { submitDraft } from '../model/submit-draft'
import type { FieldErrors } from '../model/validation'
import { CategoryStep } from './category-step'
import { CheckStep } from './check-step'
import { EmergencyStep } from './emergency-step'
import { FormStep } from './form-step'
import { PrefillChoice } from './prefill-choice'
import { SimilarStep } from './similar-step'
import { TypeStep } from './type-step'
import './hotline.scss'

/** Props of {@link SubmitFlow}. */
export interface SubmitFlowProps {
  /**
   * From the page query (`?type=咨询&q=…`): starts a new draft, or — when a draft with other content is saved — the
   * resident chooses between continuing it and a new one with this text.
   */
  prefill?: DraftPrefill
}

/** Seconds between automatic retries while offline (besides the network-back event). */
const RETRY_EVERY_MS = 15_000

function CheckStepWithDivisions(props: Omit<Parameters<typeof CheckStep>[0], 'divisions'>) {
  const divisions = useDivisions()
  return <CheckStep {...props} divisions={divisions.data} />
}

/**
 * The 12345 submit flow: type → emergency → category → form → similar → check → submit. The step and every
 * answer live in the persisted draft, so a reload or an app kill reopens the same step with everything filled in.
 * Offline submits are kept and sent again (same Idempotency-Key) as soon as the page opens and when the network
 * returns; until their answer comes nothing in them can be changed, only 放弃这份草稿.
 */
export function SubmitFlow({ prefill }: SubmitFlowProps) {
  const session = useSession()
  const draft = useHotlineDraft()
  const [errors, setErrorsState] = useState<FieldErrors>({})
  const [formError, setFormError] = useState<string>()
  const [submitNote, setSubmitNote] = useState<string>()
  const prefillRef = useRef(prefill)
  // Opening the draft: `ask` when a saved draft with other content meets a prefill — the resident chooses before
  // anything happens (nothing is dropped silently); `ready` once the draft to work on is settled.
  const [opening, setOpening] = useState<'checking' | 'ask' | 'ready'>('checking')
  // Loaded on opening, so that the 提交 tap can ask WeChat at once (undefined while loading or after a failure).
  const notifyOptions = useNotifyOptions(ASKS_WECHAT_SUBSCRIBE)
  const templateIdsRef = useRef<string[]>()
  templateIdsRef.current = notifyOptions.data?.wechatSubscribeTemplateIds

  useEffect(() => {
    setOpening(openDraft(hotlineDraft, prefillRef.current) === 'ask' ? 'ask' : 'ready')
  }, [])

  const setErrors = useCallback((update: (e: FieldErrors) => FieldErrors) => setErrorsState(update), [])

  const goTo = useCallback((step: DraftStep) => {
    hotlineDraft.update({ step })
    focusStepHeading()
  }, [])

  const submit = useCallback(
    async (fromTap: boolean) => {
      setFormError(undefined)
      // WeChat allows the subscribe request only inside a tap, before anything else is awaited.
      if (fromTap) {
        const note = await requestTicketNotifications(templateIdsRef.current)
        setSubmitNote(note.note)
        if (note.templateIds.length) hotlineDraft.update({ subscribeTemplateIds: note.templateIds })
      }
      const outcome = await submitDraft(hotlineDraft)
      if (outcome.kind === 'done') {
        void Taro.redirectTo({ url: `${DONE_PAGE}?ref=${encodeURIComponent(outcome.ticket.ref)}` })
      } else if (outcome.kind === 'invalid') {
        setErrorsState(outcome.fields)
        setFormError(outcome.message)
        if (Object.keys(outcome.fields).length > 0) goTo(outcome.fields.category ? 'category' : 'form')
      } else if (outcome.kind === 'error') {
        setFormError(outcome.message)
      }
    },
    [goTo],
  )

  const offline = draft?.submitState === 'offline'
  const locked = !!draft && outcomeUnknown(draft)
  useEffect(() => {
    if (!offline || opening !== 'ready') return
    const retry = () => void submit(false)
    const off = onNetworkBack(retry)
    const timer = setInterval(retry, RETRY_EVERY_MS)
    return () => {
      off()
      clearInterval(timer)
    }
  }, [offline, opening, submit])

  // On opening the page (or after the prefill question), a draft whose answer never came — offline, or left in
  // `sending` by an app kill mid-request — is sent again at once (same key), not after the first retry interval.
  const sessionUp = !!session
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on opening the page and when the question is answered.
  useEffect(() => {
    const pending = hotlineDraft.get()
    if (opening === 'ready' && sessionUp && pending && outcomeUnknown(pending)) void submit(false)
  }, [opening, sessionUp])

  async function discard() {
    if (!(await discardDraft(hotlineDraft))) return
    hotlineDraft.ensure()
    setErrorsState({})
    setFormError(undefined)
    setSubmitNote(undefined)
    focusStepHeading()
  }

  if (!session) {
    return (
      <GovEmpty
        message="提交 12345 诉求需要先登录，以便您查看办理进度和收到答复。已填写的内容会保留。"
        actionText="登录后继续"
        onAction={() => goToLogin()}
      />
    )
  }
  if (!draft) return null
  if (opening === 'ask') {
    return (
      <PrefillChoice
        draft={draft}
        prefill={prefillRef.current ?? {}}
        onContinue={() => setOpening('ready')}
        onStartNew={async () => {
          if (!(await discardDraft(hotlineDraft))) return
          hotlineDraft.ensure(prefillRef.current)
          setOpening('ready')
          focusStepHeading()
        }}
      />
    )
  }

  const stepIndex = DRAFT_STEPS.indexOf(draft.step) + 1
  const back = previousStep(draft.step)

  return (
    <div className="hotline-flow">
      <p className="hotline-flow__progress">
        第 {stepIndex} 步，共 {DRAFT_STEPS.length} 步{draft.type ? ` · ${draft.type}` : ''}
        {draft.category ? ` · ${draft.category.name}` : ''}
      </p>
      <h2 className="hotline-flow__heading" id="hotline-step-heading" tabIndex={-1}>
        {STEP_TITLE[draft.step]}
      </h2>
      {offline ? (
        <div className="gov-callout hotline-offline" role="status">
          <p className="hotline-offline__title">网络不可用，已保存，恢复网络后自动提交</p>
          <p>您填写的内容都已保存在本机，关闭页面也不会丢失。网络恢复后会自动提交，不会重复提交。</p>
          <p>这份诉求已经发出，在收到确认前不能修改；如不想提交了，可以放弃这份草稿。</p>
          <GovButton variant="secondary" onClick={() => void submit(false)}>
            立即重试
          </GovButton>
          <GovButton variant="text" onClick={() => void discard()}>
            放弃这份草稿
          </GovButton>
        </div>
      ) : null}
      {formError ? (
        <p className="gov-field__error hotline-flow__error" role="alert">
          {formError}
        </p>
      ) : null}
      {draft.step === 'type' ? (
        <TypeStep
          onChoose={(type) => {
            hotlineDraft.update({ type, step: 'emergency' })
            focusStepHeading()
          }}
        />
      ) : null}
      {draft.step === 'emergency' ? (
        <EmergencyStep onContinue={() => goTo(draft.category ? 'form' : 'category')} />
      ) : null}
      {draft.step === 'category' ? (
        <CategoryStep
          type={draft.type}
          chosen={draft.category?.serviceCode}
          onChoose={(c: Category) => {
            const same = draft.category?.serviceCode === c.serviceCode
            hotlineDraft.update({
              category: {
                serviceCode: c.serviceCode,
                name: c.name,
                group: c.group,
                deadlineDays: c.deadlineDays,
                consultDays: c.consultDays,
                locationRequired: c.locationRequired,
                attributes: c.attributes ?? [],
              },
              attributes: same ? draft.attributes : {},
              step: 'form',
            })
            setErrorsState((e) => ({ ...e, category: '' }))
            focusStepHeading()
          }}
        />
      ) : null}
      {draft.step === 'form' ? (
        <FormStep draft={draft} errors={errors} setErrors={setErrors} onNext={() => goTo('similar')} />
      ) : null}
      {draft.step === 'similar' ? <SimilarStep draft={draft} onContinue={() => goTo('check')} /> : null}
      {draft.step === 'check' ? (
        <>
          <CheckStepWithDivisions
            draft={draft}
            onEdit={locked ? undefined : goTo}
            submitting={draft.submitState === 'sending'}
            onSubmit={offline ? undefined : () => void submit(true)}
          />
          {submitNote ? <p className="hotline-lead">{submitNote}</p> : null}
        </>
      ) : null}
      <div className="hotline-flow__footer">
        {back && draft.step !== 'similar' && !locked ? (
          <GovButton variant="text" onClick={() => goTo(back)}>
            上一步
          </GovButton>
        ) : null}
        {hasTypedContent(draft) && !locked ? (
          <GovButton variant="text" onClick={() => void discard()}>
            放弃草稿，重新填写
          </GovButton>
        ) : null}
        <p className="hotline-lead">不方便在网上填写？</p>
        <GovPhoneLink phone="12345" variant="secondary" block>
          拨打 12345 热线
        </GovPhoneLink>
      </div>
    </div>
  )
}
