import { startGuard } from '@/lib/guard/start-guard';
import { GUARDED_MATCHES, siteForUrl } from '@/lib/sites/guarded-sites';

export default defineContentScript({
  matches: [...GUARDED_MATCHES],
  runAt: 'document_start',
  allFrames: true,
  // Composers in about:blank frames of a chatbot page (editors that render into an iframe).
  matchAboutBlank: true,
  main() {
    const url = location.href === 'about:blank' ? document.referrer || location.href : location.href;
    startGuard(window, location.hostname, siteForUrl(url)?.id);
  },
});
