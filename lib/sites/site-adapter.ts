import {
  composerForTarget,
  isEditable,
  isElement,
  isTextField,
  readComposerText,
  writeToComposer,
  type Composer,
  type SavedSelection,
} from './composer';

/**
 * What NoteGuard knows about one chatbot's page: data only. Selectors are ranked, most specific
 * first, as far as the sites' public markup shows them; the generic ones last keep a redesigned
 * page guarded, if less precisely.
 */
export interface SiteData {
  /** A GUARDED_SITES id, or 'generic'. */
  id: string;
  /** Where the prompt is typed. The first contenteditable on a page is often not it. */
  composer: readonly string[];
  /** The control that sends the prompt. */
  send: readonly string[];
}

/** Where composers are looked for: a document, or the shadow root an element lives in. */
export type ComposerScope = Document | ShadowRoot | Element;

/** The document or shadow root an element is in: selectors do not cross shadow boundaries. */
export const scopeOf = (element: Element): ComposerScope => element.getRootNode() as Document | ShadowRoot;

export interface SiteAdapter {
  readonly id: string;
  /** Every editable composer in a document or shadow root, best candidate first. */
  findComposers(scope: ComposerScope): Composer[];
  findComposer(scope: ComposerScope): Composer | null;
  /** The composer an event target is in: a known one, or any text field or editing host. */
  composerFor(target: EventTarget | null): Composer | null;
  readText(composer: Composer): string;
  /** Writes through the editor's own input path and reads back; false when it did not land. */
  write(composer: Composer, text: string, selection: SavedSelection): Promise<boolean>;
  /** The send control belonging to a composer (in its form or nearest container), if any. */
  findSendButton(composer: Composer): HTMLElement | null;
  /** The send control an event target is in, and the composer it sends, if it is one. */
  sendControlFor(target: EventTarget | null): { control: HTMLElement; composer: Composer } | null;
}

/** Generic last resorts, shared by every adapter after its own selectors. */
const GENERIC_SEND = [
  'button[type="submit"]',
  'button[aria-label*="send" i]',
  '[role="button"][aria-label*="send" i]',
  'button[aria-label*="submit" i]',
  'button[data-testid*="send" i]',
];

function isShown(element: Element): boolean {
  const html = element as HTMLElement;
  if (html.hidden || html.closest('[hidden], [aria-hidden="true"], [inert]')) return false;
  // Off-screen and zero-size composers exist (hidden mirrors that measure height); skip them.
  return html.getClientRects().length > 0;
}

function isUsableControl(element: Element): boolean {
  return !(element as HTMLButtonElement).disabled && element.getAttribute('aria-disabled') !== 'true';
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

export function defineSiteAdapter(data: SiteData): SiteAdapter {
  const composerSelector = data.composer.join(', ');
  const sendSelectors = [...data.send, ...GENERIC_SEND];

  const findComposers = (scope: ComposerScope): Composer[] =>
    unique(
      data.composer.flatMap((selector) =>
        [...scope.querySelectorAll<HTMLElement>(selector)]
          .map((element) => (isTextField(element) ? element : composerForTarget(element)))
          .filter((element): element is Composer => !!element && isEditable(element) && isShown(element)),
      ),
    );

  const composerFor = (target: EventTarget | null): Composer | null => {
    const any = composerForTarget(target);
    if (!any) return null;
    const known = any.closest<HTMLElement>(composerSelector);
    return known && isEditable(known) ? (isTextField(known) ? known : (composerForTarget(known) ?? any)) : any;
  };

  /** What `find` finds in the smallest ancestor of `from` (below <body>) where it finds anything. */
  function nearest<T>(from: Element, find: (scope: Element) => T | null): T | null {
    const body = from.ownerDocument.body;
    for (let scope: Element | null = from.parentElement; scope && scope !== body; scope = scope.parentElement) {
      const found = find(scope);
      if (found) return found;
    }
    return null;
  }

  const sendIn = (scope: ParentNode, selectors: readonly string[] = sendSelectors): HTMLElement | null => {
    for (const selector of selectors) {
      const found = [...scope.querySelectorAll<HTMLElement>(selector)].find((element) => isShown(element));
      if (found) return found;
    }
    return null;
  };

  return {
    id: data.id,
    findComposers,
    findComposer: (document) => findComposers(document)[0] ?? null,
    composerFor,
    readText: readComposerText,
    write: (composer, text, selection) => writeToComposer(composer, text, { selection }),
    findSendButton(composer) {
      const inForm = composer.closest('form');
      const inFormButton = inForm ? sendIn(inForm) : null;
      if (inFormButton && isUsableControl(inFormButton)) return inFormButton;
      return nearest(composer, (scope) => sendIn(scope)) ?? sendIn(composer.ownerDocument, data.send);
    },
    sendControlFor(target) {
      if (!isElement(target)) return null;
      // Every click on the page comes here: look for composers only once a send control matched.
      let composers: Composer[] | undefined;
      for (const [rank, selector] of sendSelectors.entries()) {
        const control = target.closest<HTMLElement>(selector);
        if (!control) continue;
        const all = (composers ??= findComposers(scopeOf(target)));
        const form = control.closest('form');
        const inForm = form
          ? (all.find((composer) => form.contains(composer)) ??
            composerForTarget(form.querySelector('textarea, [contenteditable="true"]')) ??
            undefined)
          : undefined;
        if (inForm) return { control, composer: inForm };
        // A site's own send selector may sit outside the form; a generic "submit" button must be
        // near a composer (not merely on the same page, like a sign-in form's).
        const near = nearest(control, (scope) => all.find((composer) => scope.contains(composer)) ?? null);
        const composer = near ?? (rank < data.send.length ? (all[0] ?? null) : null);
        if (composer) return { control, composer };
      }
      return null;
    },
  };
}
