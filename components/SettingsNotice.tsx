import type { Translate } from '@/lib/i18n';

/** Shown when the settings database failed: protection still runs, on the defaults. */
export function SettingsNotice({ tr }: { tr: Translate }) {
  return (
    <p class="settings-notice" role="alert" data-testid="settings-notice">
      {tr('settings.failed')}
    </p>
  );
}
