import { confirmAction } from '../../../lib/platform/confirm'
import { type DraftStore, hotlineDraft, outcomeUnknown } from './draft-store'

/**
 * 放弃这份草稿: asks first (saying plainly when the draft may already have been submitted), then forgets the draft and
 * its Idempotency-Key, so the next one starts clean. Resolves whether it was discarded.
 */
export async function discardDraft(store: DraftStore = hotlineDraft): Promise<boolean> {
  const draft = store.get()
  if (!draft) return true
  const confirmed = await confirmAction({
    title: '放弃这份草稿？',
    content: outcomeUnknown(draft)
      ? '这份诉求已经发出，但还没有收到确认，可能已经提交成功。放弃后本机保存的内容会被删除、不再自动提交，请稍后到“我的工单”查看是否已生成工单。'
      : '已填写的内容会从本机删除，不能恢复。',
    confirmText: '放弃草稿',
  })
  if (confirmed) store.clear()
  return confirmed
}
