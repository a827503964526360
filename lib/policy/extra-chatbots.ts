import { hostToMatchPattern, normaliseHost } from './policy';

/** The id of the one runtime content script that guards chatbots beyond the built-in list. */
export const EXTRA_CHATBOTS_SCRIPT_ID = 'noteguard-extra-chatbots';
/** The built chatbot content script (WXT's output path for entrypoints/chatbot.content.ts). */
export const CHATBOT_SCRIPT_FILE = 'content-scripts/chatbot.js';

/** A script registered at run time: the chatbot guard on extra chatbots, the portal copy listener on portals. */
export interface RuntimeScript {
  id: string;
  file: string;
}
export const EXTRA_CHATBOTS_SCRIPT: RuntimeScript = { id: EXTRA_CHATBOTS_SCRIPT_ID, file: CHATBOT_SCRIPT_FILE };
export const PORTAL_SCRIPT: RuntimeScript = { id: 'noteguard-portal-copies', file: 'content-scripts/portal.js' };

export interface ContentScriptRegistration {
  id: string;
  matches: string[];
  js: string[];
  runAt: 'document_start';
  allFrames: boolean;
  persistAcrossSessions: boolean;
}

/**
 * The organisation's and the person's extra chatbot hosts as match patterns, without the ones the
 * built-in list already guards and without hosts the extension has no access to (a script
 * registered for them would never run, and Chrome refuses some).
 */
export function extraChatbotMatches(
  hosts: readonly string[],
  builtInMatches: readonly string[],
  hasAccess: (pattern: string) => boolean,
): string[] {
  const patterns: string[] = [];
  for (const host of hosts) {
    const clean = normaliseHost(host);
    if (!clean) continue;
    const pattern = hostToMatchPattern(clean);
    if (builtInMatches.includes(pattern) || patterns.includes(pattern) || !hasAccess(pattern)) continue;
    patterns.push(pattern);
  }
  return patterns;
}

export function extraChatbotRegistration(
  matches: readonly string[],
  script: RuntimeScript = EXTRA_CHATBOTS_SCRIPT,
): ContentScriptRegistration | undefined {
  if (matches.length === 0) return undefined;
  return {
    id: script.id,
    matches: [...matches],
    js: [script.file],
    runAt: 'document_start',
    allFrames: true,
    // Registered again from the policy and settings at every start, so nothing stale survives.
    persistAcrossSessions: false,
  };
}
