import type { Risk } from '../../knowledge';
import type { MessageKey } from '../i18n/messages';
import { useTranslate } from '../i18n/translate-context';

const LABELS: Record<Risk, MessageKey> = { info: 'card_risk_info', low: 'card_risk_low', medium: 'card_risk_medium', high: 'card_risk_high', critical: 'card_risk_critical' };

export function RiskBadge({ risk }: { risk: Risk }) {
  const t = useTranslate();
  const label = t(LABELS[risk]);
  return <span class={`pl-risk pl-risk-${risk}`} title={t('card_riskTitle', label)}>{label}</span>;
}
