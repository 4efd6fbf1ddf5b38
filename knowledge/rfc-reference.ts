// The one way a knowledge table cites an RFC: "RFC 7252 §11.3", linked to the RFC Editor's page.
import type { Reference } from './types';

/** An RFC reference, optionally pointing at a section. The URL is shown, never fetched. */
export function rfc(num: number, section?: string): Reference {
  return {
    label: section ? `RFC ${num} §${section}` : `RFC ${num}`,
    url: `https://www.rfc-editor.org/rfc/rfc${num}${section ? `#section-${section}` : ''}`,
  };
}
