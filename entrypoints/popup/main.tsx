import { render } from 'preact';
import { PopupPanel } from '@/components/PopupPanel';
import { siteForUrl } from '@/lib/sites/guarded-sites';

const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
const practiceUrl = browser.runtime.getURL('/practice.html');
const guardedSiteName = tab?.url?.startsWith(practiceUrl) ? 'the practice chatbot' : siteForUrl(tab?.url ?? '')?.name;

render(
  <PopupPanel
    guardedSiteName={guardedSiteName}
    onOpenPractice={() => void browser.tabs.create({ url: practiceUrl })}
    onOpenSettings={() => void browser.runtime.openOptionsPage()}
  />,
  document.getElementById('app')!,
);
