/** 12345 form rules, each with the Chinese text shown next to its field. */

import { newDraft } from '../../src/features/hotline/model/draft-store'
import {
  serverFieldErrors,
  validateAttribute,
  validateContactPhone,
  validateDescription,
  validatePhotoCount,
  validateTicketForm,
} from '../../src/features/hotline/model/validation'
import type { CategoryAttribute } from '../../types/hotline'

const attr = (datatype: string, extra: Partial<CategoryAttribute> = {}): CategoryAttribute => ({
  code: 'x',
  datatype,
  required: true,
  description: '噪声来源',
  datatypeDescription: null,
  order: 1,
  values: [
    { key: 'site', name: '建筑工地' },
    { key: 'shop', name: '商铺' },
  ],
  ...extra,
})

describe('12345 form validation', () => {
  test('description: 10 to 1000 characters, with how many are too many', () => {
    expect(validateDescription('')).toBe('请描述您反映的问题')
    expect(validateDescription('路灯不亮')).toBe('请至少写 10 个字，说清楚发生了什么')
    expect(validateDescription('路'.repeat(1000))).toBeUndefined()
    expect(validateDescription('路'.repeat(1003))).toBe('描述不能超过 1000 个字，现在多了 3 个字')
  })

  test('photos: a 4th is refused', () => {
    expect(validatePhotoCount(2, 1)).toBeUndefined()
    expect(validatePhotoCount(3, 1)).toBe('最多上传 3 张照片，请先删除一张再添加')
    expect(validatePhotoCount(1, 3)).toContain('最多上传 3 张')
  })

  test('contact phone: 1[3-9] and 11 digits', () => {
    expect(validateContactPhone('')).toContain('请填写联系电话')
    expect(validateContactPhone('12812345678')).toContain('11 位手机号')
    expect(validateContactPhone('1381234567')).toContain('11 位手机号')
    expect(validateContactPhone('13812345678')).toBeUndefined()
  })

  test('required attributes by datatype', () => {
    expect(validateAttribute(attr('string'), '')).toBe('请填写“噪声来源”')
    expect(validateAttribute(attr('string', { required: false }), '')).toBeUndefined()
    expect(validateAttribute(attr('number'), 'abc')).toBe('“噪声来源”请填写数字')
    expect(validateAttribute(attr('number'), '85')).toBeUndefined()
    expect(validateAttribute(attr('datetime'), 'yesterday')).toContain('请选择日期和时间')
    expect(validateAttribute(attr('datetime'), '2026-11-26T23:10')).toBeUndefined()
    expect(validateAttribute(attr('singlevaluelist'), 'car')).toBe('请从列表中选择“噪声来源”')
    expect(validateAttribute(attr('singlevaluelist'), 'site')).toBeUndefined()
    expect(validateAttribute(attr('multivaluelist'), [])).toBe('请填写“噪声来源”')
    expect(validateAttribute(attr('multivaluelist'), ['site', 'shop'])).toBeUndefined()
    expect(validateAttribute(attr('text'), '很长'.repeat(600))).toContain('不能超过 1000 个字')
  })

  test('the whole form at once: every problem keyed by its field, consent included', () => {
    const draft = {
      ...newDraft({ type: '投诉' }),
      title: '噪音',
      description: '太吵',
      contactPhone: '123',
      category: {
        serviceCode: 'CG-ZY',
        name: '噪声扰民',
        group: '城市管理',
        deadlineDays: 15,
        locationRequired: true,
        attributes: [attr('singlevaluelist', { code: 'source' })],
      },
    }
    const errors = validateTicketForm(draft)
    expect(Object.keys(errors).sort()).toEqual(
      [
        'address',
        'attributes.source',
        'contactPhone',
        'description',
        'districtCode',
        'privacyConsent',
        'title',
        'townCode',
      ].sort(),
    )
    expect(errors.privacyConsent).toBe('请阅读并同意《隐私政策》后再提交')
  })

  test('server field keys map onto the form’s', () => {
    expect(
      serverFieldErrors({ '/photoIds/3': '最多 3 张', serviceCode: '无效分类', '/attributes/source': '请选择' }),
    ).toEqual({
      photoIds: '最多 3 张',
      category: '无效分类',
      'attributes.source': '请选择',
    })
  })
})
