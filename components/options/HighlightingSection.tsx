// Highlighting: which kinds the page annotator marks, its colours, and how long the pointer rests
// on a token before the card opens. Saved at once; open pages follow without a reload.
import { useState } from 'preact/hooks';
import { HOVER_DELAY_MAX_MS, HOVER_DELAY_MIN_MS, type MarkKinds, type Palette } from './page-settings';
import { useTranslate } from '../i18n/translate-context';
import type { MessageKey } from '../i18n/messages';
import type { PageSettingsState } from './use-page-settings';

const KIND_LABELS: [keyof MarkKinds, MessageKey][] = [
  ['addresses', 'options_kindAddresses'],
  ['ports', 'options_kindPorts'],
  ['riskyPortsOnly', 'options_kindRiskyPortsOnly'],
  ['packetFields', 'options_kindPacketFields'],
];

const PALETTE_LABELS: [Palette, MessageKey][] = [
  ['standard', 'options_paletteStandard'],
  ['colour-blind', 'options_paletteColourBlind'],
];

export function HighlightingSection({ state }: { state: PageSettingsState }) {
  const t = useTranslate();
  const { settings, save, error, saved } = state;
  const [delayText, setDelayText] = useState<string | null>(null);
  const [delayError, setDelayError] = useState('');
  if (!settings) {
    return (
      <section id="highlighting" class="pl-opt-section" aria-labelledby="pl-highlighting-title">
        <h2 id="pl-highlighting-title" tabIndex={-1}>{t('options_highlightingTitle')}</h2>
        {error ? <p role="alert" class="pl-opt-error">{error}</p> : <p>{t('options_settingsLoading')}</p>}
      </section>
    );
  }
  const setKind = (kind: keyof MarkKinds, on: boolean) => void save({ ...settings, marks: { ...settings.marks, [kind]: on } });
  const commitDelay = (text: string) => {
    const ms = Number(text);
    if (!/^\d+$/.test(text.trim()) || ms < HOVER_DELAY_MIN_MS || ms > HOVER_DELAY_MAX_MS) return setDelayError(t('options_delayBad', String(HOVER_DELAY_MIN_MS), String(HOVER_DELAY_MAX_MS)));
    setDelayError('');
    setDelayText(null);
    if (ms !== settings.hoverDelayMs) void save({ ...settings, hoverDelayMs: ms });
  };
  return (
    <section id="highlighting" class="pl-opt-section" aria-labelledby="pl-highlighting-title">
      <h2 id="pl-highlighting-title" tabIndex={-1}>{t('options_highlightingTitle')}</h2>
      <p>{t('options_highlightingIntro')}</p>
      <fieldset class="pl-opt-fieldset">
        <legend>{t('options_kindsLegend')}</legend>
        {KIND_LABELS.map(([kind, label]) => (
          <label key={kind} class={`pl-opt-check${kind === 'riskyPortsOnly' ? ' pl-opt-indent' : ''}`}>
            <input
              type="checkbox"
              name={`mark-${kind}`}
              checked={settings.marks[kind]}
              disabled={kind === 'riskyPortsOnly' && !settings.marks.ports}
              onChange={(e) => setKind(kind, (e.currentTarget as HTMLInputElement).checked)}
            />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <fieldset class="pl-opt-fieldset">
        <legend>{t('options_paletteLegend')}</legend>
        {PALETTE_LABELS.map(([palette, label]) => (
          <label key={palette} class="pl-opt-check">
            <input type="radio" name="palette" value={palette} checked={settings.palette === palette} onChange={() => void save({ ...settings, palette })} />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <label class="pl-opt-label" for="pl-hover-delay">{t('options_delayLabel')}</label>
      <input
        id="pl-hover-delay"
        class="pl-opt-input pl-opt-number"
        type="number"
        inputMode="numeric"
        min={HOVER_DELAY_MIN_MS}
        max={HOVER_DELAY_MAX_MS}
        step={50}
        aria-describedby="pl-hover-delay-hint"
        aria-invalid={delayError ? true : undefined}
        value={delayText ?? String(settings.hoverDelayMs)}
        onInput={(e) => setDelayText((e.currentTarget as HTMLInputElement).value)}
        onChange={(e) => commitDelay((e.currentTarget as HTMLInputElement).value)}
      />
      <p id="pl-hover-delay-hint" class="pl-opt-muted">{t('options_delayHint', String(HOVER_DELAY_MIN_MS), String(HOVER_DELAY_MAX_MS))}</p>
      {delayError && <p role="alert" class="pl-opt-error">{delayError}</p>}
      {error && <p role="alert" class="pl-opt-error">{error}</p>}
      <p role="status" class="pl-opt-status">{saved ? t('options_saved') : ''}</p>
    </section>
  );
}
