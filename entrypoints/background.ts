import { createBackgroundHandler } from '@/lib/background/background-service';
import { createDetectorForThisBrowser } from '@/lib/background/detector-for-browser';
import { NoteGuardDatabase } from '@/lib/settings/database';

export default defineBackground(() => {
  const handle = createBackgroundHandler({
    extensionId: browser.runtime.id,
    database: new NoteGuardDatabase(),
    detectText: createDetectorForThisBrowser(),
  });
  browser.runtime.onMessage.addListener((message, sender) => handle(message, sender));
});
