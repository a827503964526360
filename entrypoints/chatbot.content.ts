import { startGuard } from '@/lib/guard/start-guard';
import { GUARDED_MATCHES } from '@/lib/sites/guarded-sites';

export default defineContentScript({
  matches: [...GUARDED_MATCHES],
  runAt: 'document_start',
  allFrames: true,
  main() {
    startGuard(window, location.hostname);
  },
});
