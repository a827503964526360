import { describe, expect, it, vi } from 'vitest';
import { createManagedPolicySource, type ManagedStorageApi } from './managed-policy';

function fakeStorage(get: () => Promise<Record<string, unknown>>, kept: Record<string, unknown> = {}) {
  const listeners: ((changes: unknown, area: string) => void)[] = [];
  const local = { get: async (key: string) => ({ [key]: kept[key] }), set: async (items: Record<string, unknown>) => void Object.assign(kept, items) };
  const storage: ManagedStorageApi = { managed: { get }, local, onChanged: { addListener: (listener) => listeners.push(listener) } };
  return { storage, kept, change: (area: string) => listeners.forEach((listener) => listener({}, area)) };
}

/** A managed storage that answers only when the test says so, as Chrome's did right after start. */
function lateManaged() {
  let answer!: (value: Record<string, unknown>) => void;
  const get = vi.fn(() => new Promise<Record<string, unknown>>((resolve) => (answer = resolve)));
  return { get, answer: (value: Record<string, unknown>) => answer(value) };
}

describe('createManagedPolicySource', () => {
  it('reads and validates the managed policy once', async () => {
    const get = vi.fn(async () => ({ enforcementMode: 'block', dateStyle: 'nonsense' }));
    const { storage } = fakeStorage(get);
    const source = createManagedPolicySource(storage);
    const reading = await source.read();
    await source.read();
    expect(reading.policy).toEqual({ enforcementMode: 'block' });
    expect(reading.problems).toHaveLength(1);
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('reads as no policy when managed storage throws (Firefox without a policy)', async () => {
    const { storage } = fakeStorage(async () => {
      throw new Error('Managed storage manifest not found');
    });
    expect(await createManagedPolicySource(storage).read()).toEqual({ policy: {}, problems: [] });
  });

  it('reads again when the managed area changes, and tells the listener', async () => {
    let value: Record<string, unknown> = {};
    const { storage, change } = fakeStorage(async () => value);
    const onChange = vi.fn();
    const source = createManagedPolicySource(storage, onChange);
    expect((await source.read()).policy).toEqual({});
    value = { allowPause: false };
    change('local');
    expect((await source.read()).policy).toEqual({});
    change('managed');
    expect((await source.read()).policy).toEqual({ allowPause: false });
    await vi.waitFor(() => expect(onChange).toHaveBeenCalled());
  });

  it('answers with the policy last read while managed storage has not answered, then with its answer', async () => {
    const managed = lateManaged();
    const { storage, kept } = fakeStorage(managed.get, { lastManagedPolicy: { enforcementMode: 'block' } });
    const onChange = vi.fn();
    const source = createManagedPolicySource(storage, onChange);
    expect((await source.read()).policy).toEqual({ enforcementMode: 'block' });

    managed.answer({ enforcementMode: 'redact-only' });
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledWith({ policy: { enforcementMode: 'redact-only' }, problems: [] }));
    expect((await source.read()).policy).toEqual({ enforcementMode: 'redact-only' });
    expect(kept.lastManagedPolicy).toEqual({ enforcementMode: 'redact-only' });
  });

  it('tells the listener nothing when managed storage confirms the policy last read', async () => {
    const managed = lateManaged();
    const onChange = vi.fn();
    const source = createManagedPolicySource(fakeStorage(managed.get, { lastManagedPolicy: { allowPause: false } }).storage, onChange);
    await source.read();
    managed.answer({ allowPause: false });
    await vi.waitFor(async () => expect(managed.get).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('waits for managed storage the first time, with no policy kept, and keeps what it read', async () => {
    const managed = lateManaged();
    const { storage, kept } = fakeStorage(managed.get);
    const reading = createManagedPolicySource(storage).read();
    let settled = false;
    void reading.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(settled).toBe(false);
    managed.answer({ enforcementMode: 'warn' });
    expect((await reading).policy).toEqual({ enforcementMode: 'warn' });
    expect(kept.lastManagedPolicy).toEqual({ enforcementMode: 'warn' });
  });

  it('a late first answer does not replace what a change of the managed area read', async () => {
    const answers: ((value: Record<string, unknown>) => void)[] = [];
    const get = () => new Promise<Record<string, unknown>>((resolve) => answers.push(resolve));
    const { storage, change } = fakeStorage(get, { lastManagedPolicy: {} });
    const source = createManagedPolicySource(storage);
    await source.read();
    change('managed');
    answers[1]({ enforcementMode: 'block' });
    answers[0]({});
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect((await source.read()).policy).toEqual({ enforcementMode: 'block' });
  });
});
