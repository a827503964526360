import { createBackgroundHandler } from '@/lib/background/background-service';
import { createDetectorForThisBrowser } from '@/lib/background/detector-for-browser';
import { createManagedPolicySource } from '@/lib/background/managed-policy';
import { NoteGuardDatabase } from '@/lib/settings/database';

export default defineBackground(() => {
  const handle = createBackgroundHandler({
    extensionId: browser.runtime.id,
    database: new NoteGuardDatabase(),
    detectText: createDetectorForThisBrowser(),
    readPolicy: createManagedPolicySource(browser.storage).read,
  });
  browser.runtime.onMessage.addListener((message, sender) => handle(message, sender));
});
