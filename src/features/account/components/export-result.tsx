import type { SaveJsonResult } from '../../../lib/platform/save-json'

/** Props of {@link ExportResult}. */
export interface ExportResultProps {
  how: SaveJsonResult
  exportedAt: string
  sessionCount: number
}

/** What the resident got from 导出我的数据, in words. */
export function ExportResult({ how, exportedAt, sessionCount }: ExportResultProps) {
  return (
    <div className="account-me__summary" role="status">
      {how === 'downloaded'
        ? `已下载数据文件（导出时间 ${exportedAt}），包含账号信息和 ${sessionCount} 条登录记录。`
        : how === 'shared'
          ? `数据文件已发送到您选择的微信聊天（导出时间 ${exportedAt}），包含账号信息和 ${sessionCount} 条登录记录，小程序内不留副本。`
          : '数据文件未发送，小程序内不留副本。需要时请再点“导出我的数据”，发送到“文件传输助手”即可保存。'}
    </div>
  )
}
