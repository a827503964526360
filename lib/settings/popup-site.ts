import { siteForUrl } from '../sites/guarded-sites';

/**
 * The guarded site on the popup's tab: its display name, and the key its pause is stored under
 * (the hostname the content script reports, or 'practice' for the built-in practice page).
 */
export function popupSiteFor(
  url: string | undefined,
  practiceUrl: string,
  practiceName: string,
): { key: string; name: string } | undefined {
  if (!url) return undefined;
  if (url.startsWith(practiceUrl)) return { key: 'practice', name: practiceName };
  const site = siteForUrl(url);
  return site ? { key: new URL(url).hostname, name: site.name } : undefined;
}

/** "https://chatgpt.com/*" → "chatgpt.com", for showing the built-in list. */
export function hostOfMatchPattern(pattern: string): string {
  return /^[^:]+:\/\/([^/]+)/.exec(pattern)?.[1] ?? pattern;
}
