import { createHash, createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_ID, EXTENSION_PUBLIC_KEY } from './extension-key';
import { readPolicy } from './policy';

/** Chrome's rule: SHA-256 of the DER public key, first 32 hex digits, 0-f → a-p. */
function chromeIdFromKey(base64: string): string {
  const hex = createHash('sha256').update(Buffer.from(base64, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

describe('the extension key', () => {
  it('is an RSA public key whose id is the documented one', () => {
    const key = createPublicKey({ key: Buffer.from(EXTENSION_PUBLIC_KEY, 'base64'), format: 'der', type: 'spki' });
    expect(key.asymmetricKeyType).toBe('rsa');
    expect(chromeIdFromKey(EXTENSION_PUBLIC_KEY)).toBe(CHROME_EXTENSION_ID);
  });

  it('is written in docs/ADMIN.md', () => {
    expect(readFileSync('docs/ADMIN.md', 'utf8')).toContain(CHROME_EXTENSION_ID);
  });
});

describe('public/managed_schema.json', () => {
  const schema = JSON.parse(readFileSync('public/managed_schema.json', 'utf8')) as {
    properties: Record<string, { type: string; enum?: string[] }>;
  };

  it('declares exactly the keys readPolicy understands', () => {
    const everything = {
      organizationName: 'Lakeside Health',
      supportUrl: 'https://help.lakeside.example/',
      governedAssistant: { name: 'Lakeside Assistant', url: 'https://assistant.lakeside.example/' },
      portalDomains: ['mychart.lakeside.example'],
      chatbotDomains: ['chat.other.example'],
      enforcementMode: 'block',
      dateStyle: 'remove',
      allowPause: false,
    };
    const { policy, problems } = readPolicy(everything);
    expect(problems).toEqual([]);
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(policy).sort());
  });

  it('lists the same enforcement modes and date styles', () => {
    for (const mode of schema.properties.enforcementMode.enum!) expect(readPolicy({ enforcementMode: mode }).problems).toEqual([]);
    for (const style of schema.properties.dateStyle.enum!) expect(readPolicy({ dateStyle: style }).problems).toEqual([]);
  });
});
