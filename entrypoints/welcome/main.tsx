import { render } from 'preact';
import '@/components/pages.css';
import { WelcomePage } from '@/components/WelcomePage';
import { openExtensionPage } from '@/lib/settings/extension-page';

const { database, loaded, tr, read } = await openExtensionPage(document, navigator.language);
document.title = tr('welcome.title');
void database.writeSetting('welcomed', true).catch(() => undefined);

async function show(): Promise<void> {
  render(
    <WelcomePage
      tr={tr}
      settingsFailed={!loaded.ok}
      personalTerms={await read(() => database.listPersonalTerms(), [])}
      onAddTerm={async (term, kind) => {
        const added = await database.addPersonalTerm(term, kind);
        await show();
        return added;
      }}
      onRemoveTerm={(id) => void database.removePersonalTerm(id).then(show)}
      onOpenPractice={() => void browser.tabs.create({ url: browser.runtime.getURL('/practice.html') })}
      onOpenSettings={() => void browser.runtime.openOptionsPage()}
    />,
    document.getElementById('app')!,
  );
}
await show();
