// Highlighting: which kinds the page annotator marks, its colours, and how long the pointer rests
// on a token before the card opens. Saved at once; open pages follow without a reload.
import { useState } from 'preact/hooks';
import { HOVER_DELAY_MAX_MS, HOVER_DELAY_MIN_MS, type MarkKinds, type Palette } from './page-settings';
import type { PageSettingsState } from './use-page-settings';

const TEXT = {
  title: 'Highlighting',
  intro: 'What PortLens marks on pages and how. Open pages change at once.',
  kindsLegend: 'What to mark',
  addresses: 'IP addresses and networks',
  ports: 'Ports',
  riskyPortsOnly: 'Only risky ports (medium risk and above)',
  packetFields: 'Packet fields in logs (TTL, IP ID, window, TCP flags)',
  paletteLegend: 'Colours',
  standard: 'Standard: blue addresses, green ports, yellow to dark red by risk',
  colourBlind: 'Colour-blind safe (Okabe–Ito): blue, bluish green, orange, vermillion, reddish purple',
  delayLabel: 'Hover delay before the card opens (milliseconds)',
  delayHint: `From ${HOVER_DELAY_MIN_MS} to ${HOVER_DELAY_MAX_MS}.`,
  delayBad: `Enter a whole number from ${HOVER_DELAY_MIN_MS} to ${HOVER_DELAY_MAX_MS}.`,
  loading: 'Reading your settings…',
  saved: 'Saved.',
};

const KIND_LABELS: [keyof MarkKinds, string][] = [
  ['addresses', TEXT.addresses],
  ['ports', TEXT.ports],
  ['riskyPortsOnly', TEXT.riskyPortsOnly],
  ['packetFields', TEXT.packetFields],
];

const PALETTE_LABELS: [Palette, string][] = [
  ['standard', TEXT.standard],
  ['colour-blind', TEXT.colourBlind],
];

export function HighlightingSection({ state }: { state: PageSettingsState }) {
  const { settings, save, error, saved } = state;
  const [delayText, setDelayText] = useState<string | null>(null);
  const [delayError, setDelayError] = useState('');
  if (!settings) {
    return (
      <section id="highlighting" class="pl-opt-section" aria-labelledby="pl-highlighting-title">
        <h2 id="pl-highlighting-title" tabIndex={-1}>{TEXT.title}</h2>
        {error ? <p role="alert" class="pl-opt-error">{error}</p> : <p>{TEXT.loading}</p>}
      </section>
    );
  }
  const setKind = (kind: keyof MarkKinds, on: boolean) => void save({ ...settings, marks: { ...settings.marks, [kind]: on } });
  const commitDelay = (text: string) => {
    const ms = Number(text);
    if (!/^\d+$/.test(text.trim()) || ms < HOVER_DELAY_MIN_MS || ms > HOVER_DELAY_MAX_MS) return setDelayError(TEXT.delayBad);
    setDelayError('');
    setDelayText(null);
    if (ms !== settings.hoverDelayMs) void save({ ...settings, hoverDelayMs: ms });
  };
  return (
    <section id="highlighting" class="pl-opt-section" aria-labelledby="pl-highlighting-title">
      <h2 id="pl-highlighting-title" tabIndex={-1}>{TEXT.title}</h2>
      <p>{TEXT.intro}</p>
      <fieldset class="pl-opt-fieldset">
        <legend>{TEXT.kindsLegend}</legend>
        {KIND_LABELS.map(([kind, label]) => (
          <label key={kind} class={`pl-opt-check${kind === 'riskyPortsOnly' ? ' pl-opt-indent' : ''}`}>
            <input
              type="checkbox"
              name={`mark-${kind}`}
              checked={settings.marks[kind]}
              disabled={kind === 'riskyPortsOnly' && !settings.marks.ports}
              onChange={(e) => setKind(kind, (e.currentTarget as HTMLInputElement).checked)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <fieldset class="pl-opt-fieldset">
        <legend>{TEXT.paletteLegend}</legend>
        {PALETTE_LABELS.map(([palette, label]) => (
          <label key={palette} class="pl-opt-check">
            <input type="radio" name="palette" value={palette} checked={settings.palette === palette} onChange={() => void save({ ...settings, palette })} />
            {label}
          </label>
        ))}
      </fieldset>
      <label class="pl-opt-label" for="pl-hover-delay">{TEXT.delayLabel}</label>
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
      <p id="pl-hover-delay-hint" class="pl-opt-muted">{TEXT.delayHint}</p>
      {delayError && <p role="alert" class="pl-opt-error">{delayError}</p>}
      {error && <p role="alert" class="pl-opt-error">{error}</p>}
      <p role="status" class="pl-opt-status">{saved ? TEXT.saved : ''}</p>
    </section>
  );
}
