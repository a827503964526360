import { describe, expect, it, vi } from 'vitest';
import { openWelcomeOnInstall } from './first-run';

describe('openWelcomeOnInstall', () => {
  it.each([
    ['install', false, 1],
    ['install', true, 0],
    ['update', false, 0],
    ['chrome_update', false, 0],
  ] as const)('%s with welcomed=%s opens %i tab(s)', async (reason, welcomed, tabs) => {
    const openTab = vi.fn(async () => undefined);
    await openWelcomeOnInstall({ reason }, openTab, 'chrome-extension://id/welcome.html', async () => welcomed);
    expect(openTab).toHaveBeenCalledTimes(tabs);
  });

  it('opens it when the settings cannot be read', async () => {
    const openTab = vi.fn(async () => undefined);
    await openWelcomeOnInstall({ reason: 'install' }, openTab, 'w', () => Promise.reject(new Error('blocked')));
    expect(openTab).toHaveBeenCalledOnce();
  });
});
