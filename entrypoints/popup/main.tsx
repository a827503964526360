import { render } from 'preact';
import '@/components/pages.css';
import './popup.css';
import { PopupPanel } from '@/components/PopupPanel';
import { request, type NoteGuardMessage } from '@/lib/messaging/protocol';
import { popupSiteFor } from '@/lib/settings/popup-site';
import { openExtensionPage } from '@/lib/settings/extension-page';

const { database, loaded, locale, tr, read } = await openExtensionPage(document, navigator.language);
const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
const practiceUrl = browser.runtime.getURL('/practice.html');
const site = popupSiteFor(tab?.url, practiceUrl, tr('popup.practiceSite'));
const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' });

// A health system may not allow pausing (managed policy allowPause: false); a pause is then ignored.
const policyAnswer = await request((message: NoteGuardMessage) => browser.runtime.sendMessage(message), {
  to: 'background',
  kind: 'get-policy',
}).catch(() => undefined);
const pauseLocked = policyAnswer?.locked.includes('allowPause') ?? false;

async function show(): Promise<void> {
  const pausedUntil = site && !pauseLocked ? await read(() => database.pausedUntil(site.key), undefined) : undefined;
  render(
    <PopupPanel
      tr={tr}
      guardedSiteName={site?.name}
      pauseLocked={pauseLocked}
      pausedUntil={pausedUntil}
      caughtThisWeek={await read(() => database.caughtThisWeek(), 0)}
      settingsFailed={!loaded.ok}
      formatTime={(at) => time.format(at)}
      onPause={() => void database.pauseSite(site!.key).then(show)}
      onResume={() => void database.resumeSite(site!.key).then(show)}
      onOpenPractice={() => void browser.tabs.create({ url: practiceUrl })}
      onOpenSettings={() => void browser.runtime.openOptionsPage()}
    />,
    document.getElementById('app')!,
  );
}
await show();
