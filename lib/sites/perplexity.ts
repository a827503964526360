import type { SiteData } from './site-adapter';

/** Perplexity: a Lexical editor `#ask-input` today, a React textarea before it. */
export const perplexity: SiteData = {
  id: 'perplexity',
  composer: ['#ask-input[contenteditable="true"]', 'div[data-lexical-editor="true"][contenteditable="true"]', 'textarea#ask-input', 'textarea[placeholder*="Ask" i]'],
  send: ['button[data-testid="submit-button"]', 'button[aria-label="Submit"]'],
};
