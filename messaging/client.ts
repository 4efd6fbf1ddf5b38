// Sends a typed request to the background and unwraps the envelope.
import browser from 'webextension-polyfill';
import type { Envelope, Payload, RequestType, ResponseOf } from './protocol';

export async function sendRequest<T extends RequestType>(type: T, payload: Payload<T>): Promise<ResponseOf<T>> {
  const reply = (await browser.runtime.sendMessage({ type, ...payload })) as Envelope<ResponseOf<T>> | undefined;
  if (!reply) throw new Error('PortLens background did not answer.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
