import type { Translate } from '@/lib/i18n';
import type { PersonalTermRow } from '@/lib/settings/database';
import type { PersonalTermKind } from '@/lib/settings/settings';
import { PersonalTermsForm } from './PersonalTermsForm';
import { SettingsNotice } from './SettingsNotice';

export interface WelcomePageProps {
  tr: Translate;
  settingsFailed: boolean;
  personalTerms: readonly PersonalTermRow[];
  onAddTerm(term: string, kind: PersonalTermKind): Promise<boolean>;
  onRemoveTerm(id: number): void;
  onOpenPractice(): void;
  onOpenSettings(): void;
}

/** The first-run page: what NoteGuard does, and an offer to register the person's own details. */
export function WelcomePage({ tr, settingsFailed, personalTerms, onAddTerm, onRemoveTerm, onOpenPractice, onOpenSettings }: WelcomePageProps) {
  return (
    <main class="options welcome">
      <h1>{tr('welcome.title')}</h1>
      {settingsFailed && <SettingsNotice tr={tr} />}
      <p class="lead">{tr('welcome.intro')}</p>
      <ul class="points">
        <li>{tr('welcome.point1')}</li>
        <li>{tr('welcome.point2')}</li>
        <li>{tr('welcome.point3')}</li>
      </ul>
      <section aria-labelledby="welcome-terms-heading">
        <h2 id="welcome-terms-heading">{tr('welcome.termsHeading')}</h2>
        <p>{tr('welcome.termsHint')}</p>
        <PersonalTermsForm tr={tr} terms={personalTerms} onAdd={onAddTerm} onRemove={onRemoveTerm} idPrefix="welcome-terms" />
      </section>
      <nav class="row">
        <button type="button" class="primary" onClick={onOpenPractice}>
          {tr('welcome.practice')}
        </button>
        <button type="button" onClick={onOpenSettings}>
          {tr('welcome.settings')}
        </button>
      </nav>
    </main>
  );
}
