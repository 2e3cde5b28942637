import type { DraftStep } from './draft-store'

/** Headings of the submit steps, shown as `第 2 步，共 6 步`. */
export const STEP_TITLE: Record<DraftStep, string> = {
  type: '选择诉求类型',
  emergency: '紧急情况请先拨打电话',
  category: '选择问题类别',
  form: '填写诉求内容',
  similar: '是否已有人反映',
  check: '核对您的信息',
}

/** The step before `step` (上一步). */
export function previousStep(step: DraftStep): DraftStep | null {
  const order: DraftStep[] = ['type', 'emergency', 'category', 'form', 'similar', 'check']
  const i = order.indexOf(step)
  if (step === 'check') return 'form'
  return i > 0 ? order[i - 1] : null
}

/** Moves the reading position to the top and focus to the step heading (H5), after a step change. */
export function focusStepHeading(): void {
  if (typeof document === 'undefined' || typeof window === 'undefined') return
  setTimeout(() => {
    window.scrollTo?.(0, 0)
    document.getElementById('hotline-step-heading')?.focus()
  }, 0)
}

/** Focuses the first field with an error (H5), so keyboard and screen-reader users land on it. */
export function focusFirstError(order: string[], errors: Record<string, string>): void {
  if (typeof document === 'undefined') return
  const first = order.find((field) => errors[field])
  if (!first) return
  setTimeout(() => {
    const el = document.getElementById(`hotline-${first.replace('.', '-')}`)
    el?.focus?.()
    el?.scrollIntoView?.({ block: 'center' })
  }, 0)
}
