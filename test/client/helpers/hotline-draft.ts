import { type HotlineDraft, hotlineDraft } from '../../../src/features/hotline/model/draft-store'

/**
 * Saves a complete 投诉 (噪声扰民 in 广陵区, consent given) on the check step, as a resident leaves it just before
 * 确认提交; `overrides` change single fields. Returns the saved draft.
 */
export function draftOnCheckStep(overrides: Partial<HotlineDraft> = {}): HotlineDraft {
  hotlineDraft.ensure({ type: '投诉' })
  hotlineDraft.update({
    step: 'check',
    category: { serviceCode: 'CG-ZY', name: '噪声扰民', group: '城市管理', deadlineDays: 15, attributes: [] },
    title: '文昌中路夜间施工噪音扰民',
    description: '每天晚上十一点以后工地还在打桩，噪音很大，影响休息。',
    districtCode: '321002',
    privacyConsent: true,
    ...overrides,
  })
  return hotlineDraft.get()!
}
