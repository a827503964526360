import { PHI_LABELS, type PhiLabel } from '@/lib/detect/types';
import type { Locale } from '@/lib/i18n';
import type { Teach } from '@/lib/teaching';
import { IDENTIFIER_GUIDE, describeSafeHarbor } from '@/lib/teaching/identifier-guide';

/** NoteGuard's labels against HIPAA Safe Harbor's 18 identifiers, the labels in this note marked. */
export function IdentifierGuideTable({ teach, locale, present }: { teach: Teach; locale: Locale; present: ReadonlySet<PhiLabel> }) {
  return (
    <section aria-labelledby="guide-heading" class="guide">
      <h2 id="guide-heading">{teach('guide.heading')}</h2>
      <p>{teach('guide.intro')}</p>
      <div class="table-wrap" tabIndex={0} role="region" aria-label={teach('guide.table')}>
        <table>
          <caption class="sr-only">{teach('guide.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{teach('guide.label')}</th>
              <th scope="col">{teach('guide.what')}</th>
              <th scope="col">{teach('guide.why')}</th>
              <th scope="col">{teach('guide.safeHarbor')}</th>
              <th scope="col">{teach('guide.inNote')}</th>
            </tr>
          </thead>
          <tbody>
            {PHI_LABELS.map((label) => {
              const entry = IDENTIFIER_GUIDE[label];
              const words = entry.text[locale];
              return (
                <tr key={label} class={present.has(label) ? 'present' : undefined}>
                  <th scope="row">
                    <code>{label}</code>
                  </th>
                  <td>{words.what}</td>
                  <td>{words.why}</td>
                  <td>{entry.safeHarbor.length > 0 ? describeSafeHarbor(entry.safeHarbor, locale) : words.safeHarborNote}</td>
                  <td>{present.has(label) ? teach('guide.yes') : teach('guide.no')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
