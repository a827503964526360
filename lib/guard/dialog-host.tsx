import { render } from 'preact';
import { WarningDialog } from '@/components/WarningDialog';
import dialogStyles from '@/components/WarningDialog.css?inline';
import type { Locale } from '../i18n/locale';
import type { EnforcementMode } from '../policy/policy';
import type { DialogChoice, DialogController, DialogState, OpenDialog } from './dialog-state';

/**
 * Shows the warning in a closed shadow root, so the page can neither read the findings nor
 * restyle or script the dialog, and gives focus back to where it was when it closes.
 */
export function createDialogOpener(
  document: Document,
  locale: () => Locale = () => 'en',
  /** The health system's enforcement mode, laid on every warning whichever guard opened it. */
  enforcement: () => EnforcementMode | undefined = () => undefined,
  /** Whether the background recognised this text as copied from the person's patient portal. */
  fromPortal: (text: string) => boolean = () => false,
): OpenDialog {
  return (initial: DialogState): DialogController => {
    const previouslyFocused = document.activeElement as HTMLElement | null;
    const host = document.createElement('noteguard-dialog');
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = dialogStyles;
    const mount = document.createElement('div');
    shadow.append(style, mount);
    document.documentElement.append(host);

    let resolveChoice!: (choice: DialogChoice) => void;
    const choice = new Promise<DialogChoice>((resolve) => (resolveChoice = resolve));
    const language = locale();
    // Belt and braces: whatever the dialog shows, the original never goes through a stricter mode.
    const onChoose = (picked: DialogChoice) => {
      const mode = enforcement();
      resolveChoice(picked.action === 'paste-original' && mode && mode !== 'warn' ? { action: 'cancel' } : picked);
    };
    const show = (state: DialogState) =>
      render(<WarningDialog state={withPolicyNotes(state, enforcement(), fromPortal)} locale={language} onChoose={onChoose} />, mount);
    show(initial);

    return {
      update: show,
      choice,
      close() {
        render(null, mount);
        host.remove();
        previouslyFocused?.focus?.();
      },
    };
  };
}

function withPolicyNotes(state: DialogState, mode: EnforcementMode | undefined, fromPortal: (text: string) => boolean): DialogState {
  if (state.phase !== 'found' && state.phase !== 'failed') return state;
  let next = state;
  if (mode && !next.enforcement) next = { ...next, enforcement: mode };
  if (next.phase === 'found' && next.fromPortal === undefined && fromPortal(next.text)) next = { ...next, fromPortal: true };
  return next;
}
