import { render } from 'preact';
import '@/components/pages.css';
import { OptionsForm } from '@/components/OptionsForm';
import { request, type NoteGuardMessage } from '@/lib/messaging/protocol';
import { organisationLocks, type OrganisationLocks } from '@/lib/policy/organisation-locks';
import { hostToMatchPattern } from '@/lib/policy/policy';
import { openExtensionPage } from '@/lib/settings/extension-page';
import { hostOfMatchPattern } from '@/lib/settings/popup-site';
import type { Settings } from '@/lib/settings/settings';
import { GUARDED_SITES } from '@/lib/sites/guarded-sites';

const { database, loaded, tr, read } = await openExtensionPage(document, navigator.language);
document.title = tr('options.title');
const builtInSites = GUARDED_SITES.map((site) => ({ name: site.name, hosts: [...new Set(site.matches.map(hostOfMatchPattern))] }));
let settings = loaded.settings;

// The health system's policy (storage.managed, through the background): shown and locked here.
const send = (message: NoteGuardMessage) => browser.runtime.sendMessage(message);
const policyAnswer = await request(send, { to: 'background', kind: 'get-policy' }).catch(() => undefined);
let organisation: OrganisationLocks | undefined;
const hasAccess = (pattern: string) => browser.permissions.contains({ origins: [pattern] });
/** The background registers the chatbot guard on the extra sites NoteGuard may now open. */
const extraSitesChanged = () => send({ to: 'background', kind: 'extra-sites-changed' }).catch(() => undefined);
/** Must run inside the click: browsers ask for permissions only in answer to the person's action. */
const askForAccess = (hosts: readonly string[]) =>
  browser.permissions.request({ origins: hosts.map(hostToMatchPattern) }).catch(() => false);

async function show(): Promise<void> {
  organisation = await organisationLocks(policyAnswer, hasAccess);
  render(
    <OptionsForm
      tr={tr}
      settings={policyAnswer?.policy.dateStyle ? { ...settings, dateStyle: policyAnswer.policy.dateStyle } : settings}
      settingsFailed={!loaded.ok}
      builtInSites={builtInSites}
      extraSites={await read(() => database.listExtraSites(), [])}
      personalTerms={await read(() => database.listPersonalTerms(), [])}
      historyCount={await read(() => database.history.count(), 0)}
      onChange={async <K extends keyof Settings>(key: K, value: Settings[K]) => {
        await database.writeSetting(key, value);
        settings = { ...settings, [key]: value };
        // A new language applies to the whole page, so it is simplest to start it again.
        if (key === 'locale') location.reload();
        else await show();
      }}
      onAddSite={(host) => {
        // The browser's permission prompt may stay open a long while: list the site at once and
        // start guarding it once access is granted.
        const granted = askForAccess([host]);
        void database.addExtraSite(host).then(show);
        void granted.then(extraSitesChanged).then(show);
      }}
      onRemoveSite={(host) => void database.removeExtraSite(host).then(extraSitesChanged).then(show)}
      organisation={organisation}
      onAllowOrganisationSites={() => void askForAccess(organisation?.sitesNeedingAccess ?? []).then(extraSitesChanged).then(show)}
      onAddTerm={async (term, kind) => {
        const added = await database.addPersonalTerm(term, kind);
        await show();
        return added;
      }}
      onRemoveTerm={(id) => void database.removePersonalTerm(id).then(show)}
      onExportHistory={async () => {
        const json = JSON.stringify(await database.exportHistory(), null, 2);
        const link = Object.assign(document.createElement('a'), {
          href: URL.createObjectURL(new Blob([json], { type: 'application/json' })),
          download: 'noteguard-history-counts.json',
        });
        link.click();
        URL.revokeObjectURL(link.href);
      }}
      onClearHistory={async () => {
        await database.clearHistory();
        await show();
      }}
    />,
    document.getElementById('app')!,
  );
}
await show();
