import {
  EXTRA_CHATBOTS_SCRIPT,
  extraChatbotMatches,
  extraChatbotRegistration,
  type ContentScriptRegistration,
  type RuntimeScript,
} from '../policy/extra-chatbots';

/** The parts of browser.scripting and browser.permissions the registration needs. */
export interface ExtraChatbotApi {
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ id: string; matches?: string[] }[]>;
  registerContentScripts(scripts: ContentScriptRegistration[]): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  /** Whether the extension may run scripts on pages matching this pattern (a granted host permission). */
  hasAccess(pattern: string): Promise<boolean>;
}

/**
 * Guards the organisation's and the person's extra chatbots for real: the chatbot content script
 * is registered at run time for every extra host NoteGuard has access to. Called at start-up and
 * whenever the policy, the person's sites or the granted host permissions change; the last call wins.
 */
export function createExtraChatbotSync(
  api: ExtraChatbotApi,
  builtInMatches: readonly string[],
  script: RuntimeScript = EXTRA_CHATBOTS_SCRIPT,
) {
  let queue = Promise.resolve<string[]>([]);
  const sync = async (hosts: readonly string[]): Promise<string[]> => {
    const candidates = extraChatbotMatches(hosts, builtInMatches, () => true);
    const granted = new Set<string>();
    for (const pattern of candidates) if (await api.hasAccess(pattern).catch(() => false)) granted.add(pattern);
    const matches = extraChatbotMatches(hosts, builtInMatches, (pattern) => granted.has(pattern));
    const existing = await api.getRegisteredContentScripts({ ids: [script.id] });
    // A Chrome service worker starts again and again: leave a registration that is already right.
    const current = existing[0]?.matches ?? [];
    if (existing.length > 0 && current.length === matches.length && current.every((pattern) => matches.includes(pattern))) {
      return matches;
    }
    if (existing.length > 0) await api.unregisterContentScripts({ ids: [script.id] });
    const registration = extraChatbotRegistration(matches, script);
    if (registration) await api.registerContentScripts([registration]);
    return matches;
  };
  return (hosts: readonly string[]): Promise<string[]> => {
    queue = queue.catch(() => []).then(() => sync(hosts));
    return queue;
  };
}
