import { GovButton } from '../../../components/gov-button'
import type { DraftPrefill, HotlineDraft } from '../model/draft-store'
import { STEP_TITLE } from '../model/steps'

/** Props of {@link PrefillChoice}. */
export interface PrefillChoiceProps {
  /** The saved, unsubmitted draft. */
  draft: HotlineDraft
  /** What the page was opened with (`?type=咨询&q=…`, e.g. from a catalogue search with no result). */
  prefill: DraftPrefill
  onContinue: () => void
  /** Starts a new draft with the prefill (after confirming that the saved one is discarded). */
  onStartNew: () => void
}

/** At most `max` characters, with an ellipsis when cut. */
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text)

/**
 * Asked when the submit page opens with a question to carry (问问 12345) while another draft is saved: 继续上次的诉求,
 * or 新建咨询并带入 the question. Both are shown in full so the resident sees what each choice keeps.
 */
export function PrefillChoice({ draft, prefill, onContinue, onStartNew }: PrefillChoiceProps) {
  const text = (prefill.text ?? '').trim()
  const saved = draft.title.trim() || draft.description.trim() || draft.category?.name || draft.type || '未命名'
  return (
    <section className="hotline-choice" aria-labelledby="hotline-choice-title">
      <h2 className="hotline-flow__heading" id="hotline-choice-title">
        您有一份未提交的诉求
      </h2>
      <div className="gov-callout">
        <p>
          上次的诉求“{clip(saved, 40)}”还没有提交（停在“{STEP_TITLE[draft.step]}”），内容已保存在本机。
        </p>
        <p>您这次要问的是：“{clip(text, 100)}”。</p>
        <p>一次只能保存一份草稿。请选择：</p>
      </div>
      <GovButton block onClick={onContinue}>
        继续上次的诉求
      </GovButton>
      <GovButton block variant="secondary" onClick={onStartNew}>
        {`新建${prefill.type ?? '诉求'}并带入“${clip(text, 12)}”`}
      </GovButton>
    </section>
  )
}
