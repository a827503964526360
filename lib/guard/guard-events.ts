/**
 * Where the guards listen. Every listener goes on the window in the capture phase, ahead of the
 * page's own. Events that are not `composed` (`change`, `submit`) never leave a shadow root,
 * so those listeners also go on each open shadow root the watcher finds.
 */
export class GuardEvents {
  private readonly listeners: { type: string; handler: EventListener; composed: boolean }[] = [];
  private readonly roots = new Set<ShadowRoot>();

  constructor(readonly window: Window) {}

  on<K extends keyof WindowEventMap>(type: K, handler: (event: WindowEventMap[K]) => void, composed = true): void {
    const listener = { type, handler: handler as EventListener, composed };
    this.listeners.push(listener);
    this.window.addEventListener(type, listener.handler, { capture: true });
    if (!composed) for (const root of this.roots) root.addEventListener(type, listener.handler, { capture: true });
  }

  /** Listens inside a shadow root too, for the events that would not reach the window. */
  attach(root: ShadowRoot): boolean {
    if (this.roots.has(root)) return false;
    this.roots.add(root);
    for (const { type, handler, composed } of this.listeners) {
      if (!composed) root.addEventListener(type, handler, { capture: true });
    }
    return true;
  }

  get shadowRoots(): ReadonlySet<ShadowRoot> {
    return this.roots;
  }

  stop(): void {
    for (const { type, handler } of this.listeners) {
      this.window.removeEventListener(type, handler, { capture: true });
      for (const root of this.roots) root.removeEventListener(type, handler, { capture: true });
    }
    this.listeners.length = 0;
    this.roots.clear();
  }
}

const isShadowRoot = (node: unknown): node is ShadowRoot =>
  typeof node === 'object' && node !== null && (node as Node).nodeType === 11 && 'host' in (node as object);

/**
 * Finds open shadow roots as the page builds and rebuilds itself (a single-page navigation
 * replaces the whole composer): a MutationObserver over the document and every root found, plus
 * the shadow roots on the path of anything the person focuses or presses (a root attached after
 * its host was inserted makes no mutation).
 */
export function watchShadowRoots(events: GuardEvents): () => void {
  const { window } = events;
  const document = window.document;
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) scan(node);
  });

  const adopt = (root: ShadowRoot) => {
    if (!events.attach(root)) return;
    observer.observe(root, { childList: true, subtree: true });
    scan(root);
  };

  function scan(node: Node): void {
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const element = node as Element;
    if (element.shadowRoot) adopt(element.shadowRoot);
    const walker = document.createTreeWalker(node, 1 /* NodeFilter.SHOW_ELEMENT */);
    for (let next = walker.nextNode() as Element | null; next; next = walker.nextNode() as Element | null) {
      if (next.shadowRoot) adopt(next.shadowRoot);
    }
  }

  const onInteraction = (event: Event) => {
    for (const target of event.composedPath()) if (isShadowRoot(target)) adopt(target);
  };

  const start = () => {
    observer.observe(document.documentElement, { childList: true, subtree: true });
    scan(document.documentElement);
  };
  // At document_start there may be no <html> yet.
  if (document.documentElement) start();
  else document.addEventListener('readystatechange', start, { once: true });
  window.addEventListener('focusin', onInteraction, { capture: true });
  window.addEventListener('pointerdown', onInteraction, { capture: true });
  return () => {
    observer.disconnect();
    window.removeEventListener('focusin', onInteraction, { capture: true });
    window.removeEventListener('pointerdown', onInteraction, { capture: true });
  };
}
