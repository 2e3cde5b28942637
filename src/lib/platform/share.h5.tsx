import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { ShareButtonProps, ShareLinkButtonProps, ShareTarget } from './share'

/** H5: a plain button that runs `onWebShare` (there is no share sheet of the host app to open). */
export function ShareButton({ children, onWebShare, block }: ShareButtonProps) {
  return (
    <button
      type="button"
      className={`gov-button gov-button--secondary${block ? ' gov-button--block' : ''}`}
      onClick={onWebShare}
    >
      {children}
    </button>
  )
}

/** H5: copies the full link, then says so (announced to screen readers); the link itself can be bookmarked. */
export function ShareLinkButton({ title, path }: ShareLinkButtonProps) {
  const [copied, setCopied] = useState(false)
  const url = `${typeof location === 'undefined' ? '' : location.origin}${path}`
  return (
    <div className="gov-share">
      <button
        type="button"
        className="gov-button gov-button--secondary gov-button--block"
        onClick={() => {
          void Taro.setClipboardData({ data: url }).then(() => setCopied(true))
        }}
      >
        复制查询链接
      </button>
      <p className="gov-share__link">
        查询链接（可收藏）：
        <a className="gov-link" href={path}>
          {title}
        </a>
      </p>
      <p className="gov-share__status" role="status">
        {copied ? '链接已复制，可保存到收藏夹或发给家人' : ''}
      </p>
    </div>
  )
}

/** H5: nothing (the copied link is the way to share). */
export function useShareCard(_target: ShareTarget | undefined): void {}
