import { useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import type { PersonalTermRow } from '@/lib/settings/database';
import { PERSONAL_TERM_KINDS, type PersonalTermKind } from '@/lib/settings/settings';

export interface PersonalTermsFormProps {
  tr: Translate;
  terms: readonly PersonalTermRow[];
  onAdd(term: string, kind: PersonalTermKind): Promise<boolean>;
  onRemove(id: number): void;
  /** Distinguishes the ids when two forms could share a page. */
  idPrefix?: string;
}

const KIND_KEYS = {
  name: 'options.terms.kind.name',
  relative: 'options.terms.kind.relative',
  birthDate: 'options.terms.kind.birthDate',
  mrn: 'options.terms.kind.mrn',
  other: 'options.terms.kind.other',
} as const;

/** The person's own identifiers (name, relatives, date of birth, MRN) that NoteGuard always catches. */
export function PersonalTermsForm({ tr, terms, onAdd, onRemove, idPrefix = 'terms' }: PersonalTermsFormProps) {
  const [term, setTerm] = useState('');
  const [kind, setKind] = useState<PersonalTermKind>('name');
  const [status, setStatus] = useState('');

  const submit = async (event: Event) => {
    event.preventDefault();
    if (term.trim() === '') return;
    if (await onAdd(term, kind)) {
      setTerm('');
      setStatus(tr('options.terms.added'));
    }
  };

  return (
    <>
      <form class="stack" onSubmit={submit}>
        <div class="field">
          <label for={`${idPrefix}-kind`}>{tr('options.terms.kindLabel')}</label>
          <select
            id={`${idPrefix}-kind`}
            value={kind}
            onChange={(event) => setKind((event.target as HTMLSelectElement).value as PersonalTermKind)}
          >
            {PERSONAL_TERM_KINDS.map((value) => (
              <option key={value} value={value}>
                {tr(KIND_KEYS[value])}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={`${idPrefix}-term`}>{tr('options.terms.termLabel')}</label>
          <input
            id={`${idPrefix}-term`}
            type="text"
            autocomplete="off"
            spellcheck={false}
            value={term}
            onInput={(event) => setTerm((event.target as HTMLInputElement).value)}
          />
        </div>
        <button type="submit">{tr('options.terms.add')}</button>
        <p role="status" class="status">
          {status}
        </p>
      </form>
      {terms.length === 0 ? (
        <p>{tr('options.terms.none')}</p>
      ) : (
        <ul class="items" aria-label={tr('options.terms.listLabel')} data-testid="personal-terms">
          {terms.map((row) => (
            <li key={row.id}>
              <span>
                <strong>{tr(KIND_KEYS[row.kind] ?? KIND_KEYS.other)}:</strong> {row.term}
              </span>
              <button type="button" class="small" onClick={() => onRemove(row.id!)}>
                {tr('common.remove')} <span class="visually-hidden">{row.term}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
