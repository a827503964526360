import type { DateRedactionStyle } from '@/lib/detect/types';
import type { Settings } from '@/lib/settings/settings';

export interface OptionsFormProps {
  settings: Settings;
  onChange<K extends keyof Settings>(key: K, value: Settings[K]): void;
}

const DATE_STYLES: { value: DateRedactionStyle; label: string }[] = [
  { value: 'placeholder', label: 'Replace dates with [DATE 1]' },
  { value: 'keep-year', label: 'Keep only the year' },
  { value: 'remove', label: 'Remove dates' },
];

export function OptionsForm({ settings, onChange }: OptionsFormProps) {
  return (
    <main class="options">
      <h1>NoteGuard settings</h1>
      <section aria-labelledby="stored-heading">
        <h2 id="stored-heading">What NoteGuard keeps</h2>
        <p>
          NoteGuard checks text on this computer and never sends it anywhere. It keeps your settings and a count of the
          notes it caught (numbers and kinds of details only, never the text) in this browser.
        </p>
      </section>
      <section aria-labelledby="redaction-heading">
        <h2 id="redaction-heading">Redacted copies</h2>
        <label for="date-style">Dates in a redacted copy</label>
        <select
          id="date-style"
          value={settings.dateStyle}
          onChange={(event) => onChange('dateStyle', (event.target as HTMLSelectElement).value as DateRedactionStyle)}
        >
          {DATE_STYLES.map((style) => (
            <option key={style.value} value={style.value}>
              {style.label}
            </option>
          ))}
        </select>
      </section>
    </main>
  );
}
