import { browser } from 'wxt/browser';
import type { NoteGuardDatabase } from '../settings/database';
import { GUARDED_MATCHES } from '../sites/guarded-sites';
import { PORTAL_SCRIPT } from '../policy/extra-chatbots';
import { createExtraChatbotSync, type ExtraChatbotApi } from './extra-chatbot-scripts';
import { createManagedPolicySource } from './managed-policy';
import { createPortalMemory } from './portal-memory';

/**
 * The background's side of a health system's policy: reads storage.managed, and guards the extra
 * chatbot hosts (the policy's and the person's) by registering the chatbot content script for the
 * ones NoteGuard has been granted access to, and the portal copy listener on the portal domains. Host access comes from optional host permissions: the
 * options page asks the person; docs/ADMIN.md says what an organisation can do.
 */
export function startPolicyServices(database: NoteGuardDatabase) {
  let syncExtraChatbots = () => {};
  const policy = createManagedPolicySource(browser.storage, () => syncExtraChatbots());
  const scripting = browser.scripting;
  if (scripting?.registerContentScripts) {
    const api: ExtraChatbotApi = {
      getRegisteredContentScripts: (filter) => scripting.getRegisteredContentScripts(filter),
      registerContentScripts: (scripts) => scripting.registerContentScripts(scripts),
      unregisterContentScripts: (filter) => scripting.unregisterContentScripts(filter),
      hasAccess: (pattern) => browser.permissions.contains({ origins: [pattern] }),
    };
    const sync = createExtraChatbotSync(api, GUARDED_MATCHES);
    // The portal copy listener, on the organisation's portal domains (never on a guarded chatbot).
    const syncPortals = createExtraChatbotSync(api, GUARDED_MATCHES, PORTAL_SCRIPT);
    syncExtraChatbots = () => {
      void Promise.all([policy.read(), database.listExtraSites().catch(() => [] as string[])])
        .then(([reading, personal]) =>
          Promise.all([
            sync([...(reading.policy.chatbotDomains ?? []), ...personal]),
            syncPortals(reading.policy.portalDomains ?? []),
          ]),
        )
        .catch((error: unknown) => console.warn('NoteGuard: could not register the extra chatbot sites.', error));
    };
    browser.permissions.onAdded.addListener(() => syncExtraChatbots());
    browser.permissions.onRemoved.addListener(() => syncExtraChatbots());
    syncExtraChatbots();
  }
  // storage.session: memory only, kept across service-worker restarts, out of content scripts' reach.
  const portalMemory = createPortalMemory(browser.storage.session);
  return { readPolicy: policy.read, portalMemory, syncExtraChatbots: () => syncExtraChatbots() };
}
