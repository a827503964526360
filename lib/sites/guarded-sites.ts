/** The public chatbots NoteGuard guards out of the box; site adapters key off `id`. */
export interface GuardedSite {
  id: string;
  name: string;
  /** WebExtension match patterns for the chat pages. */
  matches: string[];
}

export const GUARDED_SITES: readonly GuardedSite[] = [
  { id: 'chatgpt', name: 'ChatGPT', matches: ['https://chatgpt.com/*', 'https://chat.openai.com/*'] },
  { id: 'claude', name: 'Claude', matches: ['https://claude.ai/*'] },
  { id: 'gemini', name: 'Gemini', matches: ['https://gemini.google.com/*'] },
  { id: 'copilot', name: 'Microsoft Copilot', matches: ['https://copilot.microsoft.com/*'] },
  { id: 'perplexity', name: 'Perplexity', matches: ['https://www.perplexity.ai/*'] },
  { id: 'deepseek', name: 'DeepSeek', matches: ['https://chat.deepseek.com/*'] },
  { id: 'meta-ai', name: 'Meta AI', matches: ['https://www.meta.ai/*'] },
  { id: 'grok', name: 'Grok', matches: ['https://grok.com/*'] },
  { id: 'mistral', name: 'Mistral Le Chat', matches: ['https://chat.mistral.ai/*'] },
  { id: 'poe', name: 'Poe', matches: ['https://poe.com/*'] },
  { id: 'huggingchat', name: 'HuggingChat', matches: ['https://huggingface.co/chat*'] },
];

export const GUARDED_MATCHES: readonly string[] = GUARDED_SITES.flatMap((site) => site.matches);

/** Converts a match pattern to a RegExp over full URLs (scheme://host/path). */
export function matchPatternToRegExp(pattern: string): RegExp {
  const parsed = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!parsed) throw new Error(`Unsupported match pattern: ${pattern}`);
  const [, scheme, host, path] = parsed;
  const escape = (part: string) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const schemePart = scheme === '*' ? 'https?' : scheme;
  const hostPart = host.startsWith('*.') ? `(?:[^/]+\\.)?${escape(host.slice(2))}` : escape(host);
  const pathPart = escape(path).replace(/\*/g, '.*');
  return new RegExp(`^${schemePart}://${hostPart}${pathPart}$`);
}

export function siteForUrl(url: string, sites: readonly GuardedSite[] = GUARDED_SITES): GuardedSite | undefined {
  return sites.find((site) => site.matches.some((pattern) => matchPatternToRegExp(pattern).test(url)));
}
