import type { SiteData } from './site-adapter';

/** Grok: a textarea labelled "Ask Grok anything"; newer builds use a TipTap (ProseMirror) editor. */
export const grok: SiteData = {
  id: 'grok',
  composer: ['textarea[aria-label="Ask Grok anything"]', 'div.tiptap.ProseMirror[contenteditable="true"]', 'form textarea'],
  send: ['button[type="submit"][aria-label="Submit"]', 'button[aria-label="Submit"]'],
};
