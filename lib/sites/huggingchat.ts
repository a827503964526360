import type { SiteData } from './site-adapter';

/** HuggingChat: a SvelteKit form with a textarea and a submit button. */
export const huggingchat: SiteData = {
  id: 'huggingchat',
  composer: ['form textarea[placeholder*="Ask anything" i]', 'form[aria-label*="chat" i] textarea', 'form textarea'],
  send: ['button[type="submit"][aria-label="Send message"]', 'button[name="submit"]', 'form button[type="submit"]'],
};
