import type { SiteData } from './site-adapter';

/** Microsoft Copilot: a React textarea, `textarea#userInput`. */
export const copilot: SiteData = {
  id: 'copilot',
  composer: ['textarea#userInput', 'textarea[data-testid="composer-input"]', 'textarea[placeholder*="Message Copilot" i]'],
  send: ['button[data-testid="submit-button"]', 'button[aria-label="Submit message"]', 'button[title="Submit message"]'],
};
