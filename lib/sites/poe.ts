import type { SiteData } from './site-adapter';

/** Poe: a growing textarea whose CSS-module class names start with `GrowingTextArea`. */
export const poe: SiteData = {
  id: 'poe',
  composer: ['textarea[class*="GrowingTextArea_textArea"]', 'textarea[class*="GrowingTextArea"]', 'div[class*="ChatMessageInputContainer"] textarea'],
  send: ['button[data-button-send="true"]', 'button[class*="ChatMessageSendButton"]', 'button[aria-label="Send message"]'],
};
