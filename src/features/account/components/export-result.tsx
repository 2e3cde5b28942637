/** Props of {@link ExportResult}. */
export interface ExportResultProps {
  how: 'downloaded' | 'copied'
  exportedAt: string
  sessionCount: number
}

/** What the resident got from 导出我的数据, in words. */
export function ExportResult({ how, exportedAt, sessionCount }: ExportResultProps) {
  return (
    <div className="account-me__summary" role="status">
      {how === 'downloaded'
        ? `已下载数据文件（导出时间 ${exportedAt}），包含账号信息和 ${sessionCount} 条登录记录。`
        : `已复制到剪贴板（导出时间 ${exportedAt}），包含账号信息和 ${sessionCount} 条登录记录，可粘贴保存。`}
    </div>
  )
}
