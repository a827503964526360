import type { SiteData } from './site-adapter';

/** Mistral Le Chat: a ProseMirror editor; earlier builds had a textarea named "message.text". */
export const mistral: SiteData = {
  id: 'mistral',
  composer: ['form div.ProseMirror[contenteditable="true"]', 'div.ProseMirror[contenteditable="true"]', 'textarea[name="message.text"]'],
  send: ['button[aria-label="Send question"]', 'form button[type="submit"]'],
};
