// "What to do" under a finding: copyable firewall rules in the dialect of the log's firewall (the user
// can switch), each with a Copy button, and the notes that go with them. Rules are text: PortLens never
// applies them. A finding about blocked ICMP also shows the ICMP filter advice.
import { useState } from 'preact/hooks';
import type { Finding, FirewallDialect, RuleContext } from '../../knowledge';
import { DIALECT_NAMES, ICMP_FILTER_ADVICE, rulesForFinding } from '../../knowledge/filter-rules';
import { useTranslate } from '../i18n/translate-context';

export interface FindingRulesProps {
  finding: Finding;
  /** Dialects to offer, the log's own firewall first. */
  dialects: readonly FirewallDialect[];
  /** False when PortLens cannot write rules for the firewall that wrote the log. */
  matchesLog: boolean;
  dialect: FirewallDialect;
  onDialect(dialect: FirewallDialect): void;
  /** Names from the log the rules can use (ASA access group, incoming interface). */
  context: Omit<RuleContext, 'reason'>;
  copyText(text: string): Promise<void>;
}

export function FindingRules({ finding, dialects, matchesLog, dialect, onDialect, context, copyText }: FindingRulesProps) {
  const t = useTranslate();
  const [copied, setCopied] = useState<string | null>(null);
  const rules = rulesForFinding(finding, dialect, context);
  if (!rules) return null;
  const copy = (title: string, text: string) => {
    copyText(text).then(() => setCopied(title), () => setCopied(`!${title}`));
  };
  return (
    <div class="pl-rules" aria-label={t('sidepanel_rulesLabel', finding.title)}>
      <div class="pl-rules-head">
        <strong>{t('sidepanel_whatToDo')}</strong>
        <label>
          {t('sidepanel_firewall')}{' '}
          <select class="pl-rules-dialect" value={dialect} onChange={(e) => onDialect((e.currentTarget as HTMLSelectElement).value as FirewallDialect)}>
            {dialects.map((d) => <option key={d} value={d}>{DIALECT_NAMES[d]}</option>)}
          </select>
        </label>
      </div>
      {!matchesLog && <p class="pl-hint">{t('sidepanel_rulesOtherFirewall')}</p>}
      {rules.sets.map((set) => (
        <div key={set.kind + set.title} class="pl-rule-set" data-kind={set.kind}>
          <div class="pl-rule-title">
            <span>{set.title}</span>
            <button type="button" class="pl-button pl-copy" onClick={() => copy(set.title, set.text)}>
              {copied === set.title ? t('sidepanel_copied') : copied === `!${set.title}` ? t('sidepanel_copyFailed') : t('sidepanel_copy')}
            </button>
          </div>
          <pre class="pl-rule-text" tabIndex={0}>{set.text}</pre>
        </div>
      ))}
      <ul class="pl-rule-notes">
        {rules.notes.map((n) => <li key={n}>{n}</li>)}
        <li>{t('sidepanel_rulesForYou')}</li>
      </ul>
      {finding.remedy?.icmpAdvice && (
        <div class="pl-icmp-advice">
          <strong>{ICMP_FILTER_ADVICE.title}</strong>
          <ul>{ICMP_FILTER_ADVICE.points.map((p) => <li key={p}>{p}</li>)}</ul>
        </div>
      )}
    </div>
  );
}
