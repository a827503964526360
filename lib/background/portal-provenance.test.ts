import { describe, expect, it } from 'vitest';
import { REMEMBER_MS, fingerprintText } from '../provenance/fingerprint';
import { createPortalMemory } from './portal-memory';
import { createPortalProvenance } from './portal-provenance';

const NOTE = 'Patient seen for follow-up of type 2 diabetes. Continue metformin 1000 mg twice daily and recheck in three months.';
const FOUND = { ok: true as const, findings: [], modelStatus: 'ready' as const, elapsedMs: 1 };

function fakeSession() {
  const stored: Record<string, unknown> = {};
  const session = { get: async (key: string) => ({ [key]: stored[key] }), set: async (items: Record<string, unknown>) => void Object.assign(stored, items) };
  return { stored, session };
}

function setUp(portalDomains: string[] | undefined) {
  const { stored, session } = fakeSession();
  const memory = createPortalMemory(session);
  const provenance = createPortalProvenance(memory, async () => ({ policy: portalDomains ? { portalDomains } : {}, problems: [] }));
  return { provenance, stored, session };
}

describe('portal provenance in the background', () => {
  it('flags a paste of what was copied on the portal', async () => {
    const { provenance, stored } = setUp(['mychart.lakeside.example']);
    expect(await provenance.rememberCopy(await fingerprintText(NOTE), 'https://mychart.lakeside.example/notes/1')).toEqual({ ok: true });
    expect(await provenance.flag(NOTE, FOUND)).toMatchObject({ fromPortal: true });
    expect(await provenance.flag('What does an A1c of 7 mean for someone like me?', FOUND)).not.toHaveProperty('fromPortal');
    expect(JSON.stringify(stored)).not.toMatch(/metformin|diabetes/);
  });

  it('takes fingerprints only from the portal domains', async () => {
    const { provenance } = setUp(['*.lakeside.example']);
    const fingerprints = await fingerprintText(NOTE);
    expect(await provenance.rememberCopy(fingerprints, 'https://evil.example/')).toEqual({ ok: false });
    expect(await provenance.rememberCopy(fingerprints, undefined)).toEqual({ ok: false });
    expect(await provenance.rememberCopy('not a list', 'https://portal.lakeside.example/')).toEqual({ ok: false });
    expect(await provenance.flag(NOTE, FOUND)).not.toHaveProperty('fromPortal');
  });

  it('does nothing without portal domains in the policy', async () => {
    const { provenance } = setUp(undefined);
    expect(await provenance.rememberCopy(await fingerprintText(NOTE), 'https://mychart.lakeside.example/')).toEqual({ ok: false });
    expect(await provenance.flag(NOTE, FOUND)).toBe(FOUND);
  });

  it('answers without waiting for the policy while nothing has been copied on the portal', async () => {
    const policyNeverAnswers = () => new Promise<never>(() => {});
    expect(await createPortalProvenance(createPortalMemory(fakeSession().session), policyNeverAnswers).flag(NOTE, FOUND)).toBe(FOUND);
  });

  it('forgets a copy after two hours', async () => {
    const { session } = fakeSession();
    let clock = 0;
    const memory = createPortalMemory(session, () => clock);
    const provenance = createPortalProvenance(memory, async () => ({ policy: { portalDomains: ['mychart.lakeside.example'] }, problems: [] }));
    await provenance.rememberCopy(await fingerprintText(NOTE), 'https://mychart.lakeside.example/');
    clock = REMEMBER_MS - 1;
    expect(await memory.isEmpty()).toBe(false);
    expect(await provenance.flag(NOTE, FOUND)).toMatchObject({ fromPortal: true });
    clock = REMEMBER_MS;
    expect(await memory.isEmpty()).toBe(true);
    expect(await provenance.flag(NOTE, FOUND)).toBe(FOUND);
  });

  it('survives a service worker restart through storage.session', async () => {
    const { provenance, session } = setUp(['mychart.lakeside.example']);
    await provenance.rememberCopy(await fingerprintText(NOTE), 'https://mychart.lakeside.example/');
    const restarted = createPortalProvenance(createPortalMemory(session), async () => ({
      policy: { portalDomains: ['mychart.lakeside.example'] },
      problems: [],
    }));
    expect(await restarted.flag(NOTE, FOUND)).toMatchObject({ fromPortal: true });
  });
});
