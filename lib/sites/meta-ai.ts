import type { SiteData } from './site-adapter';

/** Meta AI: a Lexical editor (`data-lexical-editor`) with role="textbox". */
export const metaAi: SiteData = {
  id: 'meta-ai',
  composer: ['div[data-lexical-editor="true"][contenteditable="true"][role="textbox"]', 'div[contenteditable="true"][aria-label*="Ask Meta AI" i]', 'textarea[placeholder*="Ask" i]'],
  send: ['div[role="button"][aria-label="Send message"]', 'button[aria-label="Send message"]', 'div[role="button"][aria-label="Send"]'],
};
