import { fireEvent, render, screen } from '@testing-library/react'
import { GovEmpty } from '../../src/components/gov-empty'
import { GovError } from '../../src/components/gov-error'
import { GovLoading } from '../../src/components/gov-loading'
import { GovNotice } from '../../src/components/gov-notice'

describe('loading, empty and error states', () => {
  test('GovError says what went wrong and 重试 calls onRetry', () => {
    const onRetry = jest.fn()
    render(<GovError message="网络连接失败，请检查网络后重试" onRetry={onRetry} />)
    expect(screen.getByRole('alert').textContent).toContain('网络连接失败，请检查网络后重试')
    fireEvent.click(screen.getByRole('button', { name: '重试' }))
    expect(onRetry).toHaveBeenCalledTimes(1)
  })

  test('GovError without onRetry draws no dead button', () => {
    render(<GovError message="出错" />)
    expect(screen.queryByRole('button')).toBeNull()
  })

  test('GovEmpty suggests the next step', () => {
    const onAction = jest.fn()
    render(<GovEmpty message="您还没有提交过工单" actionText="去提交工单" onAction={onAction} />)
    fireEvent.click(screen.getByRole('button', { name: '去提交工单' }))
    expect(onAction).toHaveBeenCalled()
  })

  test('GovLoading is announced to screen readers', () => {
    render(<GovLoading label="正在加载隐私政策…" />)
    expect(screen.getByRole('status').textContent).toContain('正在加载隐私政策…')
  })

  test('GovNotice says the feature is coming and what it will do', () => {
    render(<GovNotice title="政府开放日报名即将上线" description="在线报名参观" points={['查看剩余名额']} />)
    expect(screen.getByText('即将上线')).toBeTruthy()
    expect(screen.getByRole('heading', { name: '政府开放日报名即将上线' })).toBeTruthy()
    expect(screen.getByText('查看剩余名额')).toBeTruthy()
  })
})
