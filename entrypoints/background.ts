import { createBackgroundHandlers } from '@/lib/background/background-service';
import { createDetectorForThisBrowser } from '@/lib/background/detector-for-browser';
import { startPolicyServices } from '@/lib/background/policy-services';
import { openWelcomeOnInstall } from '@/lib/background/first-run';
import { watchDexieTables } from '@/lib/background/detection-settings';
import { DATABASE_NAME, NoteGuardDatabase } from '@/lib/settings/database';

export default defineBackground(() => {
  const database = new NoteGuardDatabase();
  const policy = startPolicyServices(database);
  const handlers = createBackgroundHandlers({
    extensionId: browser.runtime.id,
    database,
    detectText: createDetectorForThisBrowser(),
    readPolicy: policy.readPolicy,
    portalMemory: policy.portalMemory,
    syncExtraChatbots: policy.syncExtraChatbots,
    browserLanguage: navigator.language,
    watchSettings: watchDexieTables(DATABASE_NAME),
  });
  browser.runtime.onMessage.addListener((message, sender) => handlers.onMessage(message, sender));
  browser.runtime.onConnect.addListener((port) => handlers.onConnect(port));
  browser.runtime.onInstalled.addListener((details) =>
    openWelcomeOnInstall(details, (url) => browser.tabs.create({ url }), browser.runtime.getURL('/welcome.html'), () =>
      database.readSettings().then((settings) => settings.welcomed),
    ),
  );
});
