import type { Risk } from '../../knowledge';

const LABELS: Record<Risk, string> = { info: 'Info', low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' };

export function RiskBadge({ risk }: { risk: Risk }) {
  return <span class={`pl-risk pl-risk-${risk}`} title={`Risk: ${LABELS[risk]}`}>{LABELS[risk]}</span>;
}
