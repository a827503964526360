import { describe, expect, it, vi } from 'vitest';
import { createManagedPolicySource, type ManagedStorageApi } from './managed-policy';

function fakeStorage(get: () => Promise<Record<string, unknown>>) {
  const listeners: ((changes: unknown, area: string) => void)[] = [];
  const storage: ManagedStorageApi = { managed: { get }, onChanged: { addListener: (listener) => listeners.push(listener) } };
  return { storage, change: (area: string) => listeners.forEach((listener) => listener({}, area)) };
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
});
