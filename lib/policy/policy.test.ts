import { describe, expect, it } from 'vitest';
import { effectiveSettings, hostMatches, hostToMatchPattern, normaliseHost, readPolicy, type OrganisationPolicy } from './policy';

describe('readPolicy', () => {
  it.each([
    ['nothing set', undefined, {}, 0],
    ['not an object', 'block', {}, 1],
    ['an array', ['block'], {}, 1],
    ['enforcement mode', { enforcementMode: 'redact-only' }, { enforcementMode: 'redact-only' }, 0],
    ['unknown enforcement mode', { enforcementMode: 'strict' }, {}, 1],
    ['date style', { dateStyle: 'keep-year' }, { dateStyle: 'keep-year' }, 0],
    ['unknown date style', { dateStyle: 'shift' }, {}, 1],
    ['pause allowed as text', { allowPause: 'false' }, {}, 1],
    ['pause disallowed', { allowPause: false }, { allowPause: false }, 0],
    ['organisation name trimmed', { organizationName: '  Lakeside Health ' }, { organizationName: 'Lakeside Health' }, 0],
    ['organisation name too long', { organizationName: 'x'.repeat(201) }, {}, 1],
    ['support link over http', { supportUrl: 'http://help.example.org' }, {}, 1],
    ['support link as javascript:', { supportUrl: 'javascript:alert(1)' }, {}, 1],
    ['support link', { supportUrl: 'https://help.example.org/noteguard' }, { supportUrl: 'https://help.example.org/noteguard' }, 0],
    [
      'governed assistant',
      { governedAssistant: { name: 'Lakeside Assistant', url: 'https://assistant.lakeside.example/' } },
      { governedAssistant: { name: 'Lakeside Assistant', url: 'https://assistant.lakeside.example/' } },
      0,
    ],
    ['governed assistant without a URL', { governedAssistant: { name: 'Lakeside Assistant' } }, {}, 1],
    ['governed assistant as null', { governedAssistant: null }, {}, 1],
    [
      'domains normalised, duplicates and junk dropped',
      { chatbotDomains: ['Chat.Example.com', 'https://ask.example.org/path', 'chat.example.com', 'not a host', 42, '*.bots.example'] },
      { chatbotDomains: ['chat.example.com', 'ask.example.org', '*.bots.example'] },
      2,
    ],
    ['domains not a list', { portalDomains: 'mychart.example.org' }, {}, 1],
    ['wildcards over a whole TLD or mid-name refused', { portalDomains: ['*', '*.com', 'a.*.example', '*.lakeside.example'] }, { portalDomains: ['*.lakeside.example'] }, 3],
  ] as const)('%s', (_name, raw, expected, problemCount) => {
    const { policy, problems } = readPolicy(raw);
    expect(policy).toEqual(expected);
    expect(problems).toHaveLength(problemCount);
  });

  it('never throws, whatever the policy holds', () => {
    const hostile = [
      { governedAssistant: 'x' },
      { chatbotDomains: [null, {}, [], 'a'.repeat(300)] },
      { portalDomains: Array.from({ length: 500 }, (_, index) => `p${index}.example.org`) },
      Object.create(null),
      { toString: 1, valueOf: 2 },
    ];
    for (const raw of hostile) expect(() => readPolicy(raw)).not.toThrow();
    expect(readPolicy(hostile[2]).policy.portalDomains).toHaveLength(200);
  });
});

describe('effectiveSettings', () => {
  const person = { dateStyle: 'placeholder' as const, chatbotDomains: ['my.chat.example'] };

  it.each<[string, OrganisationPolicy, Partial<ReturnType<typeof effectiveSettings>['values']>, string[]]>([
    ['no policy: the person decides, warn mode, pause allowed', {}, { dateStyle: 'placeholder', enforcementMode: 'warn', allowPause: true }, []],
    ['policy date style wins and is locked', { dateStyle: 'remove' }, { dateStyle: 'remove' }, ['dateStyle']],
    ['enforcement locked', { enforcementMode: 'block' }, { enforcementMode: 'block' }, ['enforcementMode']],
    ['pause disallowed', { allowPause: false }, { allowPause: false }, ['allowPause']],
    [
      'governed assistant',
      { governedAssistant: { name: 'A', url: 'https://a.example/' } },
      { governedAssistant: { name: 'A', url: 'https://a.example/' } },
      ['governedAssistant'],
    ],
    [
      'domains: the organisation first, the person added to them',
      { chatbotDomains: ['org.chat.example', 'my.chat.example'] },
      { chatbotDomains: ['org.chat.example', 'my.chat.example'] },
      [],
    ],
    ['organisation name is shown, not locked', { organizationName: 'Lakeside' }, { organizationName: 'Lakeside' }, []],
  ])('%s', (_name, policy, expected, locked) => {
    const result = effectiveSettings(person, policy);
    expect(result.values).toMatchObject(expected);
    expect(result.locked.sort()).toEqual(locked.sort());
  });

  it('keeps the person’s domains when there is no policy', () => {
    expect(effectiveSettings(person, {}).values.chatbotDomains).toEqual(['my.chat.example']);
  });
});

describe('hosts', () => {
  it.each([
    ['mychart.example.org', 'mychart.example.org', true],
    ['MyChart.Example.org', 'mychart.example.org', true],
    ['evil-mychart.example.org', 'mychart.example.org', false],
    ['a.b.example.org', '*.example.org', true],
    ['example.org', '*.example.org', true],
    ['notexample.org', '*.example.org', false],
  ] as const)('%s under %s: %s', (host, pattern, expected) => {
    expect(hostMatches(host, pattern)).toBe(expected);
  });

  it('makes https match patterns', () => {
    expect(hostToMatchPattern('chat.example.com')).toBe('https://chat.example.com/*');
    expect(hostToMatchPattern('*.example.com')).toBe('https://*.example.com/*');
    expect(normaliseHost('https://Portal.Example.org:8443/x')).toBe('portal.example.org');
  });
});
