import type { SiteData } from './site-adapter';

/** Claude: a TipTap (ProseMirror) editor in a fieldset; edit boxes of earlier messages are ProseMirror too. */
export const claude: SiteData = {
  id: 'claude',
  composer: ['[data-testid="chat-input"][contenteditable="true"]', 'fieldset div.ProseMirror[contenteditable="true"]', 'div.ProseMirror[contenteditable="true"][aria-label*="Claude" i]', 'div.ProseMirror[contenteditable="true"]'],
  send: ['button[aria-label="Send message"]', 'button[aria-label="Send Message"]', 'fieldset button[type="button"][aria-label*="send" i]'],
};
