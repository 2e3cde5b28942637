import { GovCell } from '../../../components/gov-cell'
import { GovCellGroup } from '../../../components/gov-cell-group'
import type { TicketType } from '../model/contract'
import { TICKET_TYPES } from '../model/states'

/** Props of {@link TypeStep}. */
export interface TypeStepProps {
  onChoose: (type: TicketType) => void
}

/** Step 1: 咨询 / 求助 / 投诉 / 举报 / 建议, one line each saying what it is for. */
export function TypeStep({ onChoose }: TypeStepProps) {
  return (
    <GovCellGroup title="您要反映的是">
      {TICKET_TYPES.map(({ type, hint }) => (
        <GovCell key={type} title={type} description={hint} onClick={() => onChoose(type)} />
      ))}
    </GovCellGroup>
  )
}
