import { describe, expect, it } from 'vitest';
import { isLocked, organisationLocks } from './organisation-locks';

describe('organisationLocks', () => {
  it('is undefined without a policy', async () => {
    expect(await organisationLocks(undefined, async () => true)).toBeUndefined();
    expect(await organisationLocks({ policy: {}, locked: [], problems: [] }, async () => true)).toBeUndefined();
  });

  it('names the organisation, its locks, its assistant and the sites still needing access', async () => {
    const locks = await organisationLocks(
      {
        policy: {
          organizationName: 'Lakeside Health',
          dateStyle: 'remove',
          governedAssistant: { name: 'A', url: 'https://a.example/' },
          chatbotDomains: ['chat.example.org', 'granted.example.org'],
          portalDomains: ['mychart.example.org', 'chat.example.org'],
        },
        locked: ['dateStyle', 'governedAssistant'],
        problems: [],
      },
      async (pattern) => pattern === 'https://granted.example.org/*',
    );
    expect(locks).toEqual({
      name: 'Lakeside Health',
      locked: ['dateStyle', 'governedAssistant'],
      assistant: { name: 'A', url: 'https://a.example/' },
      sites: ['chat.example.org', 'granted.example.org', 'mychart.example.org'],
      sitesNeedingAccess: ['chat.example.org', 'mychart.example.org'],
    });
    expect(isLocked(locks, 'dateStyle')).toBe(true);
    expect(isLocked(locks, 'allowPause')).toBe(false);
    expect(isLocked(undefined, 'dateStyle')).toBe(false);
  });
});
