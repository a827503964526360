import { render } from 'preact';
import { WarningDialog } from '@/components/WarningDialog';
import dialogStyles from '@/components/WarningDialog.css?inline';
import type { Locale } from '../i18n/locale';
import type { DialogChoice, DialogController, DialogState, OpenDialog } from './dialog-state';

/**
 * Shows the warning in a closed shadow root, so the page can neither read the findings nor
 * restyle or script the dialog, and gives focus back to where it was when it closes.
 */
export function createDialogOpener(document: Document, locale: () => Locale = () => 'en'): OpenDialog {
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
    const show = (state: DialogState) =>
      render(<WarningDialog state={state} locale={language} onChoose={resolveChoice} />, mount);
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
