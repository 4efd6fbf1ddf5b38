// PortLens draws only inside its own elements: a host appended to <html> (outside <body>, so the
// page's own DOM is untouched) with an open shadow root that page styles cannot reach.

export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
  remove(): void;
}

const HOST_STYLE: [string, string][] = [
  ['all', 'initial'],
  ['position', 'absolute'],
  ['left', '0'],
  ['top', '0'],
  ['width', '0'],
  ['height', '0'],
  ['overflow', 'visible'],
  ['z-index', '2147483647'],
  ['pointer-events', 'none'],
  ['display', 'block'],
];

export function createShadowHost(doc: Document, tagName: 'portlens-card' | 'portlens-overlay', css: string): ShadowHost {
  const host = doc.createElement(tagName);
  for (const [property, value] of HOST_STYLE) host.style.setProperty(property, value, 'important');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  doc.documentElement.append(host);
  return {
    host,
    root,
    remove: () => host.remove(),
  };
}

/** Puts the host back when a page script replaced <html>'s children or removed it. */
export function ensureAttached(doc: Document, host: HTMLElement): void {
  if (!host.isConnected) doc.documentElement.append(host);
}
