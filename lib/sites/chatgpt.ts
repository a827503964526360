import type { SiteData } from './site-adapter';

/** ChatGPT: a ProseMirror editor, `div#prompt-textarea`, in the unified composer form. */
export const chatgpt: SiteData = {
  id: 'chatgpt',
  composer: ['#prompt-textarea', 'form[data-type="unified-composer"] .ProseMirror[contenteditable="true"]', 'textarea[name="prompt-textarea"]'],
  send: ['button[data-testid="send-button"]', '#composer-submit-button', 'button[aria-label="Send prompt"]'],
};
