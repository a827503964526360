import type { SiteData } from './site-adapter';

/** Any site a person or health system adds, and the practice page: the common shapes of a chat box. */
export const generic: SiteData = {
  id: 'generic',
  composer: [
    'textarea[aria-label*="message" i], textarea[placeholder*="message" i], textarea[placeholder*="ask" i]',
    '[contenteditable="true"][role="textbox"]',
    'textarea',
    '[contenteditable="true"]',
  ],
  send: ['button[aria-label*="send" i]', 'button[data-testid*="send" i]'],
};
