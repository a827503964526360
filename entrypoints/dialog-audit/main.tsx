import { render } from 'preact';
import '@/components/pages.css';
import dialogStyles from '@/components/WarningDialog.css?inline';
import { WarningDialog } from '@/components/WarningDialog';
import { auditCheckingState, auditDialogState } from '@/components/audit-sample';
import { openExtensionPage } from '@/lib/settings/extension-page';
import { resolveLocale } from '@/lib/i18n/locale';
import { translator } from '@/lib/i18n';

// This page exists for accessibility audits. On chat pages the dialog lives in a closed shadow
// root that no checker can enter; here the same component renders in the open, with made-up
// details, so axe-core and people reviewing it can inspect it. ?lang=es picks the language, and
// ?state=checking shows a check in progress instead of its findings.
const query = new URLSearchParams(location.search);
const requested = query.get('lang');
const auditState = query.get('state') === 'checking' ? auditCheckingState : auditDialogState;
const page = await openExtensionPage(document, navigator.language);
const locale = requested === 'en' || requested === 'es' ? resolveLocale(requested, undefined) : page.locale;
const tr = translator(locale);
document.documentElement.lang = locale;
document.title = tr('audit.title');
document.head.append(Object.assign(document.createElement('style'), { textContent: dialogStyles.replace(':host', '.audit-host') }));

render(
  <>
    <main class="options">
      <h1>{tr('audit.title')}</h1>
      <p>{tr('audit.body')}</p>
    </main>
    <div class="audit-host">
      <WarningDialog state={auditState} locale={locale} onChoose={() => undefined} openUrl={() => undefined} copyText={async () => undefined} />
    </div>
  </>,
  document.getElementById('app')!,
);
