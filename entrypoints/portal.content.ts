import { watchPortalCopies } from '@/lib/provenance/portal-copies';

/** Registered at run time on the organisation's portal domains only (lib/background/policy-services.ts). */
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  main() {
    watchPortalCopies(window, (fingerprints) =>
      browser.runtime.sendMessage({ to: 'background', kind: 'remember-portal-copy', fingerprints }),
    );
  },
});
