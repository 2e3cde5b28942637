import { GovButton } from '../../../components/gov-button'
import { GovPhoneLink } from '../../../components/gov-phone-link'

/** The emergency numbers, tap to call. */
export const EMERGENCY_NUMBERS = [
  { phone: '110', label: '报警 110', hint: '治安、刑事案件，人身财产安全受到威胁' },
  { phone: '119', label: '火警 119', hint: '火灾、危险化学品泄漏、被困救援' },
  { phone: '120', label: '急救 120', hint: '突发疾病、受伤需要急救' },
  { phone: '122', label: '交通事故 122', hint: '道路交通事故报警' },
] as const

/** Props of {@link EmergencyStep}. */
export interface EmergencyStepProps {
  onContinue: () => void
}

/**
 * Before the form: danger to life or property goes to 110/119/120/122 now, not to a ticket answered in days;
 * 信访, 诉讼, 仲裁 have their own legal channels that 12345 cannot replace.
 */
export function EmergencyStep({ onContinue }: EmergencyStepProps) {
  return (
    <div className="hotline-emergency">
      <section className="hotline-emergency__urgent" aria-labelledby="hotline-emergency-urgent">
        <h3 className="hotline-section-title" id="hotline-emergency-urgent">
          危及生命、财产安全的紧急情况，请立即拨打：
        </h3>
        <ul className="hotline-emergency__list">
          {EMERGENCY_NUMBERS.map((n) => (
            <li key={n.phone} className="hotline-emergency__item">
              <GovPhoneLink phone={n.phone} block>
                {n.label}
              </GovPhoneLink>
              <p className="hotline-emergency__hint">{n.hint}</p>
            </li>
          ))}
        </ul>
      </section>
      <section className="hotline-emergency__other" aria-labelledby="hotline-emergency-other">
        <h3 className="hotline-section-title" id="hotline-emergency-other">
          以下事项请通过专门渠道办理
        </h3>
        <ul className="hotline-list">
          <li>
            <strong>信访</strong>：通过国家信访局网上信访平台或扬州市信访局（来访接待）提出。
          </li>
          <li>
            <strong>诉讼</strong>：已经或应当通过诉讼解决的纠纷，请向人民法院起诉，可先咨询 12368 诉讼服务热线。
          </li>
          <li>
            <strong>仲裁</strong>：劳动争议请向劳动人事争议仲裁委员会申请；合同纠纷按约定向仲裁委员会申请。
          </li>
        </ul>
      </section>
      <GovButton block onClick={onContinue}>
        不属于紧急情况，继续
      </GovButton>
    </div>
  )
}
