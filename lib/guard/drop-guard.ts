import { ownSyntheticEvents, selectionAtPoint } from '../sites/composer';
import type { GuardContext } from './paste-guard';
import { countByLabel, findingsOf, outcomeOf, reportNotLanded, reviewText } from './review';
import { pasteRedactedInstead, reviewFiles, type UploadGuardDeps } from './upload-guard';
import { transferText } from './transfer-text';

/**
 * Catches what is dropped on a chatbot's page: text dropped into a composer is checked like a
 * paste; files dropped anywhere (chatbots take files on the whole page) like an upload. Drags
 * that start on the page itself (moving text inside the composer) are the page's business.
 */
export function guardDrops(deps: UploadGuardDeps, context: GuardContext): void {
  const window = deps.window;
  const { adapter } = context;
  let dragFromPage = false;

  const onDragStart = (event: DragEvent) => {
    if (event.isTrusted) dragFromPage = true;
  };
  const onDragEnd = () => {
    dragFromPage = false;
  };

  const onDrop = (event: DragEvent) => {
    if (!event.isTrusted || ownSyntheticEvents.has(event) || !event.dataTransfer || deps.isPaused?.()) return;
    const target = event.composedPath()[0] ?? event.target;
    const files = [...event.dataTransfer.files];
    if (files.length > 0) {
      event.preventDefault();
      event.stopImmediatePropagation();
      const init: DragEventInit = {
        bubbles: true,
        cancelable: true,
        composed: true,
        clientX: event.clientX,
        clientY: event.clientY,
        screenX: event.screenX,
        screenY: event.screenY,
      };
      void (async () => {
        const decision = await reviewFiles(deps, files);
        if (decision.kind === 'upload') {
          // The page gets the same drop again, files and all.
          const data = new DataTransfer();
          for (const file of files) data.items.add(file);
          const again = new DragEvent('drop', { ...init, dataTransfer: data });
          ownSyntheticEvents.add(again);
          const to = (target as Node).isConnected ? (target as Node) : window.document.body;
          to.dispatchEvent(again);
        } else if (decision.kind === 'paste-redacted') {
          const composer = adapter.composerFor(target) ?? adapter.findComposer(window.document);
          await pasteRedactedInstead(deps, context, composer, decision.text);
        }
      })();
      return;
    }

    const text = transferText(event.dataTransfer);
    const composer = adapter.composerFor(target);
    if (dragFromPage || !composer || text.trim() === '') return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const selection = selectionAtPoint(composer, event.clientX, event.clientY);
    void (async () => {
      const decision = await reviewText(deps, text, { action: 'paste' });
      const counts = countByLabel(findingsOf(decision));
      if (decision.kind === 'cancel' || decision.kind === 'governed') {
        deps.recordOutcome(outcomeOf(decision), counts);
        return;
      }
      if (decision.kind === 'original') context.allowed.allow(text, decision.findings);
      if (decision.kind === 'redact') context.allowed.allowRedactedCopy(decision.text);
      const landed = await adapter.write(composer, decision.kind === 'redact' ? decision.text : text, selection);
      deps.recordOutcome(outcomeOf(decision), counts);
      if (!landed) reportNotLanded(deps, 'paste');
    })();
  };

  context.events.on('dragstart', onDragStart);
  context.events.on('dragend', onDragEnd);
  context.events.on('drop', onDrop);
}
