// The welcome page, opened once on install: where PortLens works, what stays private, which sites
// it runs on by itself and how to add one, and a way to try it on the bundled demo router page.
import type { DefaultSites } from './default-sites';

const TEXT = {
  title: 'Welcome to PortLens',
  lead: 'PortLens tells you what you are seeing in a firewall log or on a router’s admin pages: what a port is, what kind of address you are looking at, what an ICMP code means, and what someone probing it is after.',
  tryTitle: 'Try it now',
  tryText: 'The demo router page ships inside PortLens, so it works offline. Rest the pointer on a port or an address there.',
  tryButton: 'Open the demo router page',
  placesTitle: 'Three places PortLens works',
  pageTitle: 'On the page',
  page: 'Ports and addresses on router pages and log viewers are marked without changing the page. Rest the pointer on one for a card: what it is, why it matters, what to do.',
  popupTitle: 'In the toolbar popup',
  popup: 'Click the PortLens button and type a port (3389), a range, a service (ssh), an address, a CIDR block, an ICMP type and code (icmp 3/4) or a topic (smurf). Add your own notes to ports and addresses.',
  panelTitle: 'In the side panel',
  panel: 'Paste, drop or pick a firewall log: every line is explained and attack patterns such as port scans and host sweeps are named. Or select a log on a page and choose “Analyse selection in PortLens”.',
  privacyTitle: 'Private by design',
  privacy: [
    'PortLens makes no network requests. Everything it knows ships inside it, and every look-up runs on this computer.',
    'Your pages, logs, look-ups and notes never leave this computer. Your notes are kept by the extension itself, not in the pages you visit.',
    'It reads pages only where it runs by itself (the sites below), where you switched it on, or when you ask it to.',
  ],
  sitesTitle: 'Where it runs by itself',
  sitesIntro: 'Router admin pages live on your own network, so PortLens runs on these, on any port, without asking:',
  loopback: 'This computer',
  addresses: 'Common router addresses',
  localSuffixes: 'Local network names ending in',
  names: 'Router names',
  addTitle: 'Adding a site',
  add: [
    'Open the site, click the PortLens button and choose “Always on this site”. The browser asks for permission for that one site; remove it in PortLens’s settings or the browser’s, and it is gone.',
    'For one look without any permission: “Annotate this page” in the popup or in the page’s right-click menu.',
  ],
  shortcut: (keys: string) => `Keyboard: ${keys} annotates the current page.`,
  settings: 'Open PortLens settings (your notes, data and licences)',
};

export interface OnboardingAppProps {
  sites: DefaultSites;
  demoUrl: string;
  optionsUrl: string;
  iconUrl: string;
  /** The annotate-page shortcut as the browser has it, or '' when none is set. */
  annotateShortcut: string;
}

function SiteGroup({ label, items }: { label: string; items: string[] }) {
  if (!items.length) return null;
  return (
    <li>
      <strong>{label}:</strong> {items.join(', ')}
    </li>
  );
}

export function OnboardingApp({ sites, demoUrl, optionsUrl, iconUrl, annotateShortcut }: OnboardingAppProps) {
  return (
    <div class="pl-welcome">
      <header class="pl-welcome-header">
        <img src={iconUrl} width={48} height={48} alt="" />
        <h1>{TEXT.title}</h1>
      </header>
      <main>
        <p class="pl-welcome-lead">{TEXT.lead}</p>
        <section aria-labelledby="pl-try">
          <h2 id="pl-try">{TEXT.tryTitle}</h2>
          <p>{TEXT.tryText}</p>
          <a id="pl-open-demo" class="pl-welcome-button" href={demoUrl} target="_blank" rel="noopener">{TEXT.tryButton}</a>
        </section>
        <section aria-labelledby="pl-places">
          <h2 id="pl-places">{TEXT.placesTitle}</h2>
          <div class="pl-welcome-places">
            <article aria-labelledby="pl-place-page"><h3 id="pl-place-page">{TEXT.pageTitle}</h3><p>{TEXT.page}</p></article>
            <article aria-labelledby="pl-place-popup"><h3 id="pl-place-popup">{TEXT.popupTitle}</h3><p>{TEXT.popup}</p></article>
            <article aria-labelledby="pl-place-panel"><h3 id="pl-place-panel">{TEXT.panelTitle}</h3><p>{TEXT.panel}</p></article>
          </div>
        </section>
        <section aria-labelledby="pl-privacy">
          <h2 id="pl-privacy">{TEXT.privacyTitle}</h2>
          <ul>{TEXT.privacy.map((line) => <li key={line}>{line}</li>)}</ul>
        </section>
        <section aria-labelledby="pl-sites">
          <h2 id="pl-sites">{TEXT.sitesTitle}</h2>
          <p>{TEXT.sitesIntro}</p>
          <ul id="pl-default-sites">
            <SiteGroup label={TEXT.loopback} items={sites.loopback} />
            <SiteGroup label={TEXT.addresses} items={sites.addresses} />
            <SiteGroup label={TEXT.localSuffixes} items={sites.localSuffixes} />
            <SiteGroup label={TEXT.names} items={sites.names} />
          </ul>
          <h3>{TEXT.addTitle}</h3>
          {TEXT.add.map((line) => <p key={line}>{line}</p>)}
          {annotateShortcut && <p>{TEXT.shortcut(annotateShortcut)}</p>}
        </section>
        <p><a href={optionsUrl} target="_blank" rel="noopener">{TEXT.settings}</a></p>
      </main>
    </div>
  );
}
