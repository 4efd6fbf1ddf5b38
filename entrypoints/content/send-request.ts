// The content script's side of the message protocol (as messaging/client.ts), on the browser's
// own promise-based runtime API: the webextension-polyfill would add 10 KB to every page.
import { browser } from 'wxt/browser';
import type { Envelope, Payload, RequestType, ResponseOf } from '../../messaging/protocol';

export type Send = <T extends RequestType>(type: T, payload: Payload<T>) => Promise<ResponseOf<T>>;

export async function sendRequest<T extends RequestType>(type: T, payload: Payload<T>): Promise<ResponseOf<T>> {
  const reply = (await browser.runtime.sendMessage({ type, ...payload })) as Envelope<ResponseOf<T>> | undefined;
  if (!reply) throw new Error('PortLens background did not answer.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
