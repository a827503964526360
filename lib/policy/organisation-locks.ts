import type { PolicyAnswer } from '../messaging/protocol';
import { hostToMatchPattern, type LockableKey } from './policy';

/** What the options page and popup need to show, and lock, the settings an organisation decides. */
export interface OrganisationLocks {
  /** For "Set by <name>"; absent: "Set by your health system". */
  name?: string;
  locked: readonly LockableKey[];
  /** The organisation's governed assistant, shown instead of the person's own. */
  assistant?: { name: string; url: string };
  /** The policy's chatbot and portal hosts. */
  sites: readonly string[];
  /** Of those, the ones NoteGuard has no access to yet: the person is asked to allow them. */
  sitesNeedingAccess: readonly string[];
}

export function isLocked(locks: OrganisationLocks | undefined, key: LockableKey): boolean {
  return locks?.locked.includes(key) ?? false;
}

/** From the background's get-policy answer; undefined when no organisation configured NoteGuard. */
export async function organisationLocks(
  answer: PolicyAnswer | undefined,
  hasAccess: (pattern: string) => Promise<boolean>,
): Promise<OrganisationLocks | undefined> {
  const policy = answer?.policy;
  if (!policy || Object.keys(policy).length === 0) return undefined;
  const sites = [...new Set([...(policy.chatbotDomains ?? []), ...(policy.portalDomains ?? [])])];
  const sitesNeedingAccess: string[] = [];
  for (const host of sites) {
    if (!(await hasAccess(hostToMatchPattern(host)).catch(() => false))) sitesNeedingAccess.push(host);
  }
  return {
    ...(policy.organizationName ? { name: policy.organizationName } : {}),
    locked: answer.locked,
    ...(policy.governedAssistant ? { assistant: policy.governedAssistant } : {}),
    sites,
    sitesNeedingAccess,
  };
}
