import type { SiteData } from './site-adapter';

/** Gemini: a Quill editor inside the `rich-textarea` Angular component. */
export const gemini: SiteData = {
  id: 'gemini',
  composer: ['rich-textarea .ql-editor[contenteditable="true"]', '.ql-editor[contenteditable="true"][role="textbox"]', 'div[contenteditable="true"][aria-label*="prompt" i]'],
  send: ['button.send-button', 'button[aria-label="Send message"]', 'button[mattooltip="Submit"]'],
};
