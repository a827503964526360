import { browser } from 'wxt/browser';
import type { NoteGuardDatabase } from '../settings/database';
import { GUARDED_MATCHES } from '../sites/guarded-sites';
import { createExtraChatbotSync } from './extra-chatbot-scripts';
import { createManagedPolicySource } from './managed-policy';

/**
 * The background's side of a health system's policy: reads storage.managed, and guards the extra
 * chatbot hosts (the policy's and the person's) by registering the chatbot content script for the
 * ones NoteGuard has been granted access to. Host access comes from optional host permissions: the
 * options page asks the person; docs/ADMIN.md says what an organisation can do.
 */
export function startPolicyServices(database: NoteGuardDatabase) {
  let syncExtraChatbots = () => {};
  const policy = createManagedPolicySource(browser.storage, () => syncExtraChatbots());
  const scripting = browser.scripting;
  if (scripting?.registerContentScripts) {
    const sync = createExtraChatbotSync(
      {
        getRegisteredContentScripts: (filter) => scripting.getRegisteredContentScripts(filter),
        registerContentScripts: (scripts) => scripting.registerContentScripts(scripts),
        unregisterContentScripts: (filter) => scripting.unregisterContentScripts(filter),
        hasAccess: (pattern) => browser.permissions.contains({ origins: [pattern] }),
      },
      GUARDED_MATCHES,
    );
    syncExtraChatbots = () => {
      void Promise.all([policy.read(), database.listExtraSites().catch(() => [] as string[])])
        .then(([reading, personal]) => sync([...(reading.policy.chatbotDomains ?? []), ...personal]))
        .catch((error: unknown) => console.warn('NoteGuard: could not register the extra chatbot sites.', error));
    };
    browser.permissions.onAdded.addListener(() => syncExtraChatbots());
    browser.permissions.onRemoved.addListener(() => syncExtraChatbots());
    syncExtraChatbots();
  }
  return { readPolicy: policy.read, syncExtraChatbots: () => syncExtraChatbots() };
}
