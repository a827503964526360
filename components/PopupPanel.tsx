import type { Translate } from '@/lib/i18n';
import { SettingsNotice } from './SettingsNotice';

export interface PopupPanelProps {
  tr: Translate;
  /** The chatbot on the current tab, if NoteGuard guards it. */
  guardedSiteName?: string;
  /** When the pause on this site ends (ms since the epoch); undefined when not paused. */
  pausedUntil?: number;
  /** Notes with personal details caught in the last seven days. */
  caughtThisWeek: number;
  settingsFailed: boolean;
  /** Formats a time for the person's language ("4:15 PM"). */
  formatTime(at: number): string;
  onPause(): void;
  onResume(): void;
  onOpenPractice(): void;
  onOpenSettings(): void;
  /** The person's health system does not allow pausing (managed policy allowPause: false). */
  pauseLocked?: boolean;
}

export function PopupPanel({
  tr,
  guardedSiteName,
  pausedUntil,
  caughtThisWeek,
  settingsFailed,
  formatTime,
  onPause,
  onResume,
  onOpenPractice,
  onOpenSettings,
  pauseLocked,
}: PopupPanelProps) {
  const paused = pausedUntil !== undefined;
  return (
    <main class="popup">
      <h1>NoteGuard</h1>
      {settingsFailed && <SettingsNotice tr={tr} />}
      {guardedSiteName && paused ? (
        <p class="status paused" data-testid="tab-status">
          {tr('popup.paused', { time: formatTime(pausedUntil) })}
        </p>
      ) : guardedSiteName ? (
        <p class="status protected" data-testid="tab-status">
          <strong>{tr('popup.protected')}</strong> {tr('popup.protectedDetail', { site: guardedSiteName })}
        </p>
      ) : (
        <p class="status" data-testid="tab-status">
          {tr('popup.notGuarded')}
        </p>
      )}
      {guardedSiteName && pauseLocked && <p class="set-by">{tr('policy.pauseLocked')}</p>}
      {guardedSiteName && !pauseLocked && (
        <p>
          {paused ? (
            <button type="button" onClick={onResume}>
              {tr('popup.resume')}
            </button>
          ) : (
            <button type="button" onClick={onPause}>
              {tr('popup.pause')}
            </button>
          )}
        </p>
      )}
      <section aria-labelledby="week-heading">
        <h2 id="week-heading">{tr('popup.weekHeading')}</h2>
        <p data-testid="week-count">
          {caughtThisWeek === 0
            ? tr('popup.weekNone')
            : caughtThisWeek === 1
              ? tr('popup.weekOne')
              : tr('popup.weekMany', { count: caughtThisWeek })}
        </p>
      </section>
      <p class="promise">{tr('popup.promise')}</p>
      <nav>
        <button type="button" onClick={onOpenPractice}>
          {tr('popup.practice')}
        </button>
        <button type="button" onClick={onOpenSettings}>
          {tr('popup.settings')}
        </button>
      </nav>
    </main>
  );
}
