import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen } from '@testing-library/react'
import { GovPage } from '../../src/components/gov-page'
import { GovSwitch } from '../../src/components/gov-switch'
import {
  CARE_MODE_FONT_SIZE,
  reloadElderMode,
  resolveElderMode,
  useElderMode,
} from '../../src/lib/elder-mode/elder-mode'
import { STORAGE_KEYS } from '../../src/lib/storage'

// This suite runs as the mini-program would: WeChat's font setting is read through the weapp file.
jest.mock('../../src/lib/elder-mode/font-size-setting', () =>
  jest.requireActual('../../src/lib/elder-mode/font-size-setting.weapp'),
)

const setFontSize = (size?: number) =>
  (Taro as unknown as { __setAppBaseInfo(v: object): void }).__setAppBaseInfo({ fontSizeSetting: size })

function ElderToggle() {
  const elder = useElderMode()
  return <GovSwitch label="长辈版" checked={elder.enabled} onChange={elder.setEnabled} />
}

function renderPage() {
  return render(
    <GovPage title="我的">
      <ElderToggle />
    </GovPage>,
  )
}

const pageRoot = () => document.querySelector('.gov-page') as HTMLElement

describe('长辈版 for residents who need larger text', () => {
  test('the rule: manual choice beats WeChat’s font size; care-mode size turns it on', () => {
    expect(CARE_MODE_FONT_SIZE).toBe(20)
    expect(resolveElderMode(undefined, 17)).toEqual({ enabled: false, source: 'default' })
    expect(resolveElderMode(undefined, 19)).toEqual({ enabled: false, source: 'default' })
    expect(resolveElderMode(undefined, 20)).toEqual({ enabled: true, source: 'auto' })
    expect(resolveElderMode(undefined, 26)).toEqual({ enabled: true, source: 'auto' })
    expect(resolveElderMode(false, 26)).toEqual({ enabled: false, source: 'manual' })
    expect(resolveElderMode(true, undefined)).toEqual({ enabled: true, source: 'manual' })
  })

  test('at WeChat’s care-mode font size every page opens in 长辈版', () => {
    setFontSize(20)
    reloadElderMode()
    renderPage()
    expect(pageRoot().classList.contains('gov-elder')).toBe(true)
    expect(screen.getByRole('switch', { name: '长辈版' }).getAttribute('aria-checked')).toBe('true')
  })

  test('at the normal font size it stays off', () => {
    setFontSize(17)
    reloadElderMode()
    renderPage()
    expect(pageRoot().classList.contains('gov-elder')).toBe(false)
  })

  test('turning it off by hand beats the automatic choice and is remembered after a restart', () => {
    setFontSize(22)
    reloadElderMode()
    const first = renderPage()
    expect(pageRoot().classList.contains('gov-elder')).toBe(true)
    fireEvent.click(screen.getByRole('switch', { name: '长辈版' }))
    expect(pageRoot().classList.contains('gov-elder')).toBe(false)
    expect(localStorage.getItem(STORAGE_KEYS.elderMode)).toBe('false')
    first.unmount()

    act(() => reloadElderMode()) // app relaunch: state is read again from storage and the font setting
    renderPage()
    expect(pageRoot().classList.contains('gov-elder')).toBe(false)
  })

  test('turning it on by hand (H5 or normal font) is remembered too', () => {
    setFontSize(undefined)
    reloadElderMode()
    const first = renderPage()
    fireEvent.click(screen.getByRole('switch', { name: '长辈版' }))
    expect(pageRoot().classList.contains('gov-elder')).toBe(true)
    first.unmount()
    act(() => reloadElderMode())
    renderPage()
    expect(pageRoot().classList.contains('gov-elder')).toBe(true)
  })

  test('every mounted page follows the switch at once (weapp keeps tab pages alive)', () => {
    setFontSize(undefined)
    reloadElderMode()
    render(
      <>
        <GovPage title="首页">x</GovPage>
        <GovPage title="我的">
          <ElderToggle />
        </GovPage>
      </>,
    )
    fireEvent.click(screen.getByRole('switch', { name: '长辈版' }))
    const roots = Array.from(document.querySelectorAll('.gov-page'))
    expect(roots.map((r) => r.classList.contains('gov-elder'))).toEqual([true, true])
  })
})
