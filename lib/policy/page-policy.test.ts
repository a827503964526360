import { describe, expect, it } from 'vitest';
import type { PageSettings } from '../messaging/protocol';
import { applyPolicyToPageSettings, lockedKeys } from './page-policy';

const PERSON: PageSettings = {
  paused: true,
  pausedUntil: 2_000,
  dateStyle: 'placeholder',
  governedAssistant: { name: 'Mine', url: 'https://mine.example/' },
  locale: 'es',
};

describe('applyPolicyToPageSettings', () => {
  it.each<[string, Parameters<typeof applyPolicyToPageSettings>[1], Partial<PageSettings>]>([
    ['no policy: the person’s settings, warn mode', {}, { ...PERSON, enforcement: 'warn' }],
    ['date style from the policy', { dateStyle: 'remove' }, { dateStyle: 'remove', paused: true }],
    [
      'the organisation’s assistant replaces the person’s',
      { governedAssistant: { name: 'Lakeside', url: 'https://ask.lakeside.example/' } },
      { governedAssistant: { name: 'Lakeside', url: 'https://ask.lakeside.example/' } },
    ],
    ['enforcement mode travels to the page', { enforcementMode: 'redact-only' }, { enforcement: 'redact-only' }],
    ['a pause the organisation does not allow is ignored', { allowPause: false }, { paused: false }],
    ['organisation named for the dialog', { organizationName: 'Lakeside Health' }, { organizationName: 'Lakeside Health' }],
  ])('%s', (_name, policy, expected) => {
    const merged = applyPolicyToPageSettings(PERSON, policy);
    expect(merged).toMatchObject(expected);
    expect(merged.locale).toBe('es');
  });

  it('drops the pause end when pausing is not allowed', () => {
    expect(applyPolicyToPageSettings(PERSON, { allowPause: false })).not.toHaveProperty('pausedUntil');
  });
});

describe('lockedKeys', () => {
  it('locks exactly what the policy sets', () => {
    expect(lockedKeys({})).toEqual([]);
    expect(lockedKeys({ dateStyle: 'remove', allowPause: false, organizationName: 'X' }).sort()).toEqual(['allowPause', 'dateStyle']);
  });
});
