import type { ReactNode } from 'react'

/** Props of {@link GovCell}. */
export interface GovCellProps {
  title: string
  /** Right-hand value (text or a badge / switch). */
  extra?: ReactNode
  /** Second line under the title. */
  description?: string
  /** Makes the row an action (a real button on H5) with a chevron. */
  onClick?: () => void
  /** Red text for destructive rows (注销账号). */
  danger?: boolean
}

/** One row of a {@link GovCellGroup}. Platform files beside this one. */
export declare function GovCell(props: GovCellProps): JSX.Element
