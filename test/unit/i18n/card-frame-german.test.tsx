// @vitest-environment happy-dom
// The page card's frame in German: its kind and role labels, buttons, names for screen readers and
// loading line come from the German locale file; the knowledge inside stays English.
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HoverCard } from '../../../components/hover-card/HoverCard';
import { kindLabel } from '../../../components/hover-card/kind-label';
import { TranslateContext } from '../../../components/i18n/translate-context';
import { translatorForLanguage } from './locale-messages';

afterEach(cleanup);

const de = translatorForLanguage('de');

describe('the page card in German', () => {
  it('labels the token, the buttons and the regions in German', () => {
    const view = render(
      <TranslateContext.Provider value={de}>
        <HoverCard
          tokenText="203.0.113.45:22" kindLabel={kindLabel(de, 'endpoint')} role="destination" state="loading" sections={[]} pinned={false} canAnalyse
          onCopy={vi.fn()} onPin={vi.fn()} onClose={vi.fn()} onLookup={vi.fn()} onAnalyse={vi.fn()}
        />
      </TranslateContext.Provider>,
    );
    const card = view.container.querySelector('.plh-card')!;
    expect(card.getAttribute('aria-label')).toBe('PortLens: 203.0.113.45:22');
    expect(card.querySelector('.plh-kind')?.textContent).toBe('Adresse und Port · Ziel');
    expect(card.querySelector('.plh-body')?.getAttribute('aria-label')).toBe('Was PortLens über 203.0.113.45:22 weiß');
    expect(card.querySelector('.plh-loading')?.textContent).toBe('Wird nachgeschlagen …');
    expect([...card.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') ?? b.textContent)).toEqual([
      'Anheften', 'Schließen', 'Kopieren', 'Im Popup nachschlagen', 'Log analysieren',
    ]);
  });

  it('names every kind of token in German', () => {
    const kinds = ['ipv4', 'ipv6', 'endpoint', 'port', 'cidr', 'port-range', 'ip-range', 'packet-field'] as const;
    expect(kinds.map((k) => kindLabel(de, k))).toEqual(['IPv4-Adresse', 'IPv6-Adresse', 'Adresse und Port', 'Port', 'Netz (CIDR)', 'Portbereich', 'Adressbereich', 'Paketfeld']);
  });
});
