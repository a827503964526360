import { render } from 'preact';
import '@/components/pages.css';
import { OptionsForm } from '@/components/OptionsForm';
import { openExtensionPage } from '@/lib/settings/extension-page';
import { hostOfMatchPattern } from '@/lib/settings/popup-site';
import type { Settings } from '@/lib/settings/settings';
import { GUARDED_SITES } from '@/lib/sites/guarded-sites';

const { database, loaded, tr, read } = await openExtensionPage(document, navigator.language);
document.title = tr('options.title');
const builtInSites = GUARDED_SITES.map((site) => ({ name: site.name, hosts: [...new Set(site.matches.map(hostOfMatchPattern))] }));
let settings = loaded.settings;

async function show(): Promise<void> {
  render(
    <OptionsForm
      tr={tr}
      settings={settings}
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
      onAddSite={(host) => void database.addExtraSite(host).then(show)}
      onRemoveSite={(host) => void database.removeExtraSite(host).then(show)}
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
