import { useState } from 'preact/hooks';
import type { DateRedactionStyle } from '@/lib/detect/types';
import type { MessageKey, Translate } from '@/lib/i18n';
import type { LocaleSetting } from '@/lib/i18n/locale';
import type { PersonalTermRow } from '@/lib/settings/database';
import {
  isValidAssistantUrl,
  normaliseSiteHost,
  type PersonalTermKind,
  type Sensitivity,
  type Settings,
} from '@/lib/settings/settings';
import { isLocked, type OrganisationLocks } from '@/lib/policy/organisation-locks';
import { PersonalTermsForm } from './PersonalTermsForm';
import { SettingsNotice } from './SettingsNotice';

export interface OptionsFormProps {
  tr: Translate;
  settings: Settings;
  settingsFailed: boolean;
  builtInSites: readonly { name: string; hosts: string[] }[];
  extraSites: readonly string[];
  personalTerms: readonly PersonalTermRow[];
  historyCount: number;
  onChange<K extends keyof Settings>(key: K, value: Settings[K]): void;
  onAddSite(host: string): void;
  onRemoveSite(host: string): void;
  onAddTerm(term: string, kind: PersonalTermKind): Promise<boolean>;
  onRemoveTerm(id: number): void;
  onExportHistory(): void;
  onClearHistory(): Promise<void>;
  /** The health system's policy: what it decides is shown locked, "Set by <organisation>". */
  organisation?: OrganisationLocks;
  /** Asks the browser for access to the organisation's sites NoteGuard cannot check yet. */
  onAllowOrganisationSites?(): void;
}

const DATE_STYLES: { value: DateRedactionStyle; key: MessageKey }[] = [
  { value: 'placeholder', key: 'options.redaction.placeholder' },
  { value: 'keep-year', key: 'options.redaction.keepYear' },
  { value: 'remove', key: 'options.redaction.remove' },
];

const SENSITIVITIES: { value: Sensitivity; key: MessageKey }[] = [
  { value: 'high-recall', key: 'options.sensitivity.high' },
  { value: 'balanced', key: 'options.sensitivity.balanced' },
];

const LANGUAGES: { value: LocaleSetting; label?: string; lang?: string }[] = [
  { value: 'auto' },
  { value: 'en', label: 'English', lang: 'en' },
  { value: 'es', label: 'Español', lang: 'es' },
];

export function OptionsForm(props: OptionsFormProps) {
  const { tr, settings, settingsFailed, onChange, organisation } = props;
  return (
    <main class="options">
      <h1>{tr('options.title')}</h1>
      {settingsFailed && <SettingsNotice tr={tr} />}

      <section aria-labelledby="stored-heading">
        <h2 id="stored-heading">{tr('options.stored.heading')}</h2>
        <p>{tr('options.stored.body')}</p>
      </section>

      <section aria-labelledby="terms-heading">
        <h2 id="terms-heading">{tr('options.terms.heading')}</h2>
        <p>{tr('options.terms.hint')}</p>
        <PersonalTermsForm tr={tr} terms={props.personalTerms} onAdd={props.onAddTerm} onRemove={props.onRemoveTerm} />
      </section>

      <section aria-labelledby="redaction-heading">
        <h2 id="redaction-heading">{tr('options.redaction.heading')}</h2>
        <p>{tr('options.redaction.hint')}</p>
        <RadioGroup
          legend={tr('options.redaction.dates')}
          name="date-style"
          options={DATE_STYLES.map((style) => ({ value: style.value, label: tr(style.key) }))}
          value={settings.dateStyle}
          onChange={(value) => onChange('dateStyle', value)}
          disabled={isLocked(organisation, 'dateStyle')}
        />
        {isLocked(organisation, 'dateStyle') && <SetBy tr={tr} name={organisation?.name} />}
      </section>

      <section aria-labelledby="sensitivity-heading">
        <h2 id="sensitivity-heading">{tr('options.sensitivity.heading')}</h2>
        <RadioGroup
          legend={tr('options.sensitivity.heading')}
          legendHidden
          name="sensitivity"
          options={SENSITIVITIES.map((option) => ({ value: option.value, label: tr(option.key) }))}
          value={settings.sensitivity}
          onChange={(value) => onChange('sensitivity', value)}
        />
      </section>

      <section aria-labelledby="governed-heading">
        <h2 id="governed-heading">{tr('options.governed.heading')}</h2>
        <p>{tr('options.governed.hint')}</p>
        {isLocked(organisation, 'governedAssistant') && organisation?.assistant ? (
          <>
            <p data-testid="organisation-assistant">
              {organisation.assistant.name} <span class="host">({organisation.assistant.url})</span>
            </p>
            <SetBy tr={tr} name={organisation.name} />
          </>
        ) : (
          <GovernedAssistantForm
            tr={tr}
            value={settings.governedAssistant}
            onSave={(value) => onChange('governedAssistant', value)}
          />
        )}
      </section>

      <section aria-labelledby="language-heading">
        <h2 id="language-heading">{tr('options.language.heading')}</h2>
        <label for="language">{tr('options.language.label')}</label>{' '}
        <select
          id="language"
          value={settings.locale}
          onChange={(event) => onChange('locale', (event.target as HTMLSelectElement).value as LocaleSetting)}
        >
          {LANGUAGES.map((language) => (
            <option key={language.value} value={language.value} lang={language.lang}>
              {language.label ?? tr('options.language.auto')}
            </option>
          ))}
        </select>
      </section>

      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">{tr('options.sites.heading')}</h2>
        <SitesList {...props} />
        {organisation && organisation.sites.length > 0 && (
          <OrganisationSites tr={tr} locks={organisation} onAllow={props.onAllowOrganisationSites} />
        )}
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{tr('options.history.heading')}</h2>
        <HistoryControls tr={tr} count={props.historyCount} onExport={props.onExportHistory} onClear={props.onClearHistory} />
      </section>
    </main>
  );
}

interface RadioGroupProps<T extends string> {
  legend: string;
  legendHidden?: boolean;
  name: string;
  options: { value: T; label: string }[];
  value: T;
  onChange(value: T): void;
  disabled?: boolean;
}

function RadioGroup<T extends string>({ legend, legendHidden, name, options, value, onChange, disabled }: RadioGroupProps<T>) {
  return (
    <fieldset class="choices">
      <legend class={legendHidden ? 'visually-hidden' : undefined}>{legend}</legend>
      {options.map((option) => (
        <div class="choice" key={option.value}>
          <input
            type="radio"
            id={`${name}-${option.value}`}
            name={name}
            value={option.value}
            checked={value === option.value}
            disabled={disabled}
            onChange={() => onChange(option.value)}
          />
          <label for={`${name}-${option.value}`}>{option.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

function GovernedAssistantForm({
  tr,
  value,
  onSave,
}: {
  tr: Translate;
  value: Settings['governedAssistant'];
  onSave(value: Settings['governedAssistant']): void;
}) {
  const [name, setName] = useState(value?.name ?? '');
  const [url, setUrl] = useState(value?.url ?? '');
  const [status, setStatus] = useState<'' | 'saved' | 'invalid'>('');
  const submit = (event: Event) => {
    event.preventDefault();
    if (name.trim() === '' || !isValidAssistantUrl(url)) {
      setStatus('invalid');
      return;
    }
    onSave({ name: name.trim(), url: url.trim() });
    setStatus('saved');
  };
  return (
    <form class="stack" onSubmit={submit} noValidate>
      <div class="field">
        <label for="assistant-name">{tr('options.governed.name')}</label>
        <input id="assistant-name" type="text" value={name} onInput={(event) => setName((event.target as HTMLInputElement).value)} />
      </div>
      <div class="field">
        <label for="assistant-url">{tr('options.governed.url')}</label>
        <input
          id="assistant-url"
          type="url"
          inputMode="url"
          value={url}
          aria-invalid={status === 'invalid' ? 'true' : undefined}
          aria-describedby={status === 'invalid' ? 'assistant-status' : undefined}
          onInput={(event) => setUrl((event.target as HTMLInputElement).value)}
        />
      </div>
      <div class="row">
        <button type="submit">{tr('common.save')}</button>
        {value && (
          <button
            type="button"
            onClick={() => {
              onSave(null);
              setName('');
              setUrl('');
              setStatus('');
            }}
          >
            {tr('common.remove')}
          </button>
        )}
      </div>
      <p id="assistant-status" role="status" class={status === 'invalid' ? 'status error' : 'status'}>
        {status === 'invalid' ? tr('options.governed.invalid') : status === 'saved' ? tr('common.saved') : ''}
      </p>
    </form>
  );
}

function SitesList({ tr, builtInSites, extraSites, onAddSite, onRemoveSite }: OptionsFormProps) {
  const [input, setInput] = useState('');
  const [invalid, setInvalid] = useState(false);
  const submit = (event: Event) => {
    event.preventDefault();
    const host = normaliseSiteHost(input);
    if (!host) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setInput('');
    onAddSite(host);
  };
  return (
    <>
      <h3>{tr('options.sites.builtIn')}</h3>
      <ul class="sites">
        {builtInSites.map((site) => (
          <li key={site.name}>
            {site.name} <span class="host">({site.hosts.join(', ')})</span>
          </li>
        ))}
      </ul>
      <h3>{tr('options.sites.yours')}</h3>
      <p>{tr('options.sites.yoursNote')}</p>
      {extraSites.length === 0 ? (
        <p>{tr('options.sites.none')}</p>
      ) : (
        <ul class="items" data-testid="extra-sites">
          {extraSites.map((host) => (
            <li key={host}>
              <span>{host}</span>
              <button type="button" class="small" onClick={() => onRemoveSite(host)}>
                {tr('common.remove')} <span class="visually-hidden">{host}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="stack" onSubmit={submit} noValidate>
        <div class="field">
          <label for="site-host">{tr('options.sites.addLabel')}</label>
          <input
            id="site-host"
            type="text"
            inputMode="url"
            autocomplete="off"
            value={input}
            aria-invalid={invalid ? 'true' : undefined}
            aria-describedby={invalid ? 'site-status' : undefined}
            onInput={(event) => setInput((event.target as HTMLInputElement).value)}
          />
        </div>
        <button type="submit">{tr('options.sites.add')}</button>
        <p id="site-status" role="status" class={invalid ? 'status error' : 'status'}>
          {invalid ? tr('options.sites.invalid') : ''}
        </p>
      </form>
    </>
  );
}

function HistoryControls({
  tr,
  count,
  onExport,
  onClear,
}: {
  tr: Translate;
  count: number;
  onExport(): void;
  onClear(): Promise<void>;
}) {
  const [cleared, setCleared] = useState(false);
  return (
    <>
      <p data-testid="history-summary">{tr('options.history.summary', { count })}</p>
      <div class="row">
        <button type="button" onClick={onExport}>
          {tr('options.history.export')}
        </button>
        <button
          type="button"
          onClick={async () => {
            await onClear();
            setCleared(true);
          }}
        >
          {tr('options.history.clear')}
        </button>
      </div>
      <p role="status" class="status">
        {cleared ? tr('options.history.cleared') : ''}
      </p>
    </>
  );
}

/** Next to a setting the person's health system decides. */
function SetBy({ tr, name }: { tr: Translate; name?: string }) {
  return <p class="set-by">{name ? tr('policy.setBy', { name }) : tr('policy.setByYourOrganisation')}</p>;
}

/** The policy's chatbot and portal sites, and a way to give NoteGuard access to the ones it lacks. */
function OrganisationSites({ tr, locks, onAllow }: { tr: Translate; locks: OrganisationLocks; onAllow?(): void }) {
  return (
    <>
      <h3>{tr('policy.sitesHeading')}</h3>
      <ul class="sites" data-testid="organisation-sites">
        {locks.sites.map((host) => (
          <li key={host}>{host}</li>
        ))}
      </ul>
      <SetBy tr={tr} name={locks.name} />
      {locks.sitesNeedingAccess.length > 0 && onAllow && (
        <p>
          {tr('policy.sitesNeedAccess')}{' '}
          <button type="button" onClick={onAllow}>
            {tr('policy.allowSites')}
          </button>
        </p>
      )}
    </>
  );
}
