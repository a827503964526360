import type { PageSettings } from '../messaging/protocol';
import { effectiveSettings, type LockableKey, type OrganisationPolicy } from './policy';

/**
 * The settings a guarded page acts on, with the organisation's policy laid over the person's:
 * its date style and governed assistant win, its enforcement mode travels to the dialog, and a
 * pause it does not allow is ignored.
 */
export function applyPolicyToPageSettings(settings: PageSettings, policy: OrganisationPolicy): PageSettings {
  const { values } = effectiveSettings(
    { dateStyle: settings.dateStyle, governedAssistant: settings.governedAssistant },
    policy,
  );
  const merged: PageSettings = { ...settings, dateStyle: values.dateStyle, enforcement: values.enforcementMode };
  if (values.governedAssistant) merged.governedAssistant = { ...values.governedAssistant };
  if (!values.allowPause) {
    merged.paused = false;
    delete merged.pausedUntil;
  }
  if (values.organizationName) merged.organizationName = values.organizationName;
  return merged;
}

/** The keys an organisation's policy decides, for the options page and popup to lock. */
export function lockedKeys(policy: OrganisationPolicy): LockableKey[] {
  return effectiveSettings({ dateStyle: 'placeholder' }, policy).locked;
}
