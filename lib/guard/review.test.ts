import { describe, expect, it } from 'vitest';
import type { Finding } from '../detect/types';
import type { DetectProgress } from '../messaging/protocol';
import type { DialogChoice, DialogState } from './dialog-state';
import { AllowedFindings, reviewText, type GuardDeps } from './review';

const TEXT = 'Call (608) 555-0143 today';
const PHONE: Finding = { start: 5, end: 19, label: 'PHONE', score: 0.9, source: 'phone' };

function fakeDeps(findings: Finding[] | Error, choice: DialogChoice = { action: 'cancel' }) {
  const shown: DialogState[] = [];
  const deps: GuardDeps = {
    window: globalThis as unknown as Window,
    detect: async () => {
      if (findings instanceof Error) throw findings;
      return { ok: true, findings, modelStatus: 'ready', elapsedMs: 1 };
    },
    recordOutcome: () => {},
    openDialog: (state) => {
      shown.push(state);
      return { update: (next) => shown.push(next), choice: Promise.resolve(choice), close: () => {} };
    },
    dateStyle: () => 'placeholder',
  };
  return { deps, shown };
}

describe('reviewText', () => {
  it('lets a clean text through without a dialog', async () => {
    const { deps, shown } = fakeDeps([]);
    expect(await reviewText(deps, 'What is an A1c?', { action: 'send' })).toEqual({ kind: 'clean' });
    expect(shown).toEqual([]);
  });

  it('asks about findings and says what the person was doing', async () => {
    const { deps, shown } = fakeDeps([PHONE], { action: 'redact', redactedText: 'Call [PHONE 1] today', findings: [PHONE] });
    expect(await reviewText(deps, TEXT, { action: 'send' })).toEqual({ kind: 'redact', text: 'Call [PHONE 1] today', findings: [PHONE] });
    expect(shown[0]).toMatchObject({ phase: 'found', action: 'send', text: TEXT });
  });

  it('does not ask again about details the person already let through', async () => {
    const allowed = new AllowedFindings();
    allowed.allow(TEXT, [PHONE]);
    const { deps, shown } = fakeDeps([PHONE]);
    expect(await reviewText(deps, TEXT, { action: 'send', alreadyAllowed: allowed })).toEqual({ kind: 'clean' });
    expect(shown).toEqual([]);
  });

  it('does not ask at send about what a redacted copy the person chose still shows', async () => {
    const allowed = new AllowedFindings();
    allowed.allowRedactedCopy('Seen by [NAME 1]. Call (608) 555-0143 today');
    const { deps, shown } = fakeDeps([PHONE]);
    expect(await reviewText(deps, TEXT, { action: 'send', alreadyAllowed: allowed })).toEqual({ kind: 'clean' });
    expect(shown).toEqual([]);
    expect(allowed.has('555')).toBe(true);
    expect(allowed.has('55')).toBe(false);
    expect(allowed.has('Maria')).toBe(false);
  });

  it('shows the progress of a long check and stops the check when the person cancels', async () => {
    let cancelChoice!: (choice: DialogChoice) => void;
    const shown: DialogState[] = [];
    let signal: AbortSignal | undefined;
    let reportProgress!: (progress: DetectProgress) => void;
    const deps: GuardDeps = {
      ...fakeDeps([]).deps,
      showCheckingAfterMs: 0,
      // A check that never ends by itself: only the cancel ends it.
      detect: (_text, watch) => {
        signal = watch?.signal;
        reportProgress = (progress) => watch?.onProgress?.(progress);
        return new Promise(() => {});
      },
      openDialog: (state) => {
        shown.push(state);
        return {
          update: (next) => shown.push(next),
          choice: new Promise((resolve) => (cancelChoice = resolve)),
          close: () => {},
        };
      },
    };
    const decision = reviewText(deps, 'a megabyte', { action: 'paste' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    reportProgress({ done: 3, total: 10 });
    expect(shown).toEqual([
      { phase: 'checking', action: 'paste', progress: undefined },
      { phase: 'checking', action: 'paste', progress: { done: 3, total: 10 } },
    ]);
    expect(signal?.aborted).toBe(false);
    cancelChoice({ action: 'cancel' });
    expect(await decision).toEqual({ kind: 'cancel', findings: [] });
    expect(signal?.aborted).toBe(true);
    reportProgress({ done: 4, total: 10 });
    expect(shown).toHaveLength(2);
  });

  it('stops a check that runs past the time limit', async () => {
    let signal: AbortSignal | undefined;
    const { deps: base, shown } = fakeDeps([]);
    const deps: GuardDeps = {
      ...base,
      showCheckingAfterMs: 1,
      checkBudgetMs: 5,
      detect: (_text, watch) => ((signal = watch?.signal), new Promise(() => {})),
      openDialog: (state) => {
        shown.push(state);
        return { update: (next) => shown.push(next), choice: new Promise(() => {}), close: () => {} };
      },
    };
    void reviewText(deps, 'slow', { action: 'paste' });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(signal?.aborted).toBe(true);
    expect(shown.at(-1)).toMatchObject({ phase: 'failed', reason: 'The check took too long.' });
  });

  it('shows the failure and lets the person decide when the check breaks', async () => {
    const { deps, shown } = fakeDeps(new Error('worker gone'), { action: 'paste-original' });
    expect(await reviewText(deps, TEXT, { action: 'upload', fileName: 'a.pdf' })).toEqual({ kind: 'original', outcome: 'check-failed', findings: [] });
    expect(shown[0]).toMatchObject({ phase: 'failed', action: 'upload', fileName: 'a.pdf' });
  });
});
