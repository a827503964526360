import type { SiteData } from './site-adapter';

/** DeepSeek: a textarea, `textarea#chat-input`; its send control is a div with role="button". */
export const deepseek: SiteData = {
  id: 'deepseek',
  composer: ['textarea#chat-input', 'textarea[placeholder*="DeepSeek" i]'],
  send: ['[role="button"][aria-label="Send"]', 'div[role="button"][aria-disabled]:has(svg)'],
};
