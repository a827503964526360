import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

interface AllowedManifest {
  permissions: string[];
  host_permissions: string[];
  web_accessible_resources: string[];
  /** Hosts the extension may ask for, one at a time, after install (never granted at install). */
  optional_host_permissions?: string[];
  extension_pages_csp: string;
}

/** The allowed list lives in the threat model, so the doc and the build cannot drift apart. */
function allowedManifest(): AllowedManifest {
  const security = readFileSync('docs/SECURITY.md', 'utf8');
  const block = /<!-- allowed-manifest -->\s*```json\n([\s\S]*?)```/.exec(security);
  if (!block) throw new Error('docs/SECURITY.md has no allowed-manifest block');
  return JSON.parse(block[1]) as AllowedManifest;
}

const readManifest = (dir: string) => JSON.parse(readFileSync(`.output/${dir}/manifest.json`, 'utf8'));

test('the Chrome manifest asks for nothing beyond docs/SECURITY.md', () => {
  const allowed = allowedManifest();
  const manifest = readManifest('chrome-mv3');
  expect(manifest.permissions.filter((permission: string) => !allowed.permissions.includes(permission))).toEqual([]);
  expect(manifest.host_permissions ?? []).toEqual(allowed.host_permissions);
  expect(manifest.optional_host_permissions ?? []).toEqual(allowed.optional_host_permissions ?? []);
  expect(manifest.content_security_policy.extension_pages).toBe(allowed.extension_pages_csp);
  expect(manifest.externally_connectable).toBeUndefined();
  for (const entry of manifest.web_accessible_resources ?? []) {
    expect(entry.resources.filter((resource: string) => !allowed.web_accessible_resources.includes(resource))).toEqual([]);
    for (const match of entry.matches) expect(match).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\/\*$/);
  }
  for (const script of manifest.content_scripts) {
    for (const match of script.matches) expect(match).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\//);
  }
});

test('the Firefox manifest asks for nothing beyond docs/SECURITY.md', () => {
  const allowed = allowedManifest();
  const manifest = readManifest('firefox-mv2');
  const permissions: string[] = manifest.permissions;
  expect(permissions.filter((permission) => !allowed.permissions.includes(permission))).toEqual([]);
  expect(permissions.filter((permission) => permission.includes('://') || permission === '<all_urls>')).toEqual([]);
  expect(manifest.optional_permissions ?? []).toEqual(allowed.optional_host_permissions ?? []);
  expect(manifest.content_security_policy).toBe(allowed.extension_pages_csp);
});
