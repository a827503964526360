/** What every fixture page exposes to the tests: the editor's own model and what was sent. */
export interface FixtureApi {
  modelText(): string;
  sent: string[];
  pasteEventsSeenByPage: number;
  /** The text/plain of every paste event the page's listener saw. */
  pastedTextsSeenByPage: string[];
  /** Names of the files the page received (file picker or drop). */
  uploads: string[];
  /** A single-page navigation that replaces the composer (fixtures built on chat-shell). */
  navigate(path: string): void;
}

declare global {
  interface Window {
    __fixture: FixtureApi;
  }
}

export function exposeFixture(modelText: () => string): FixtureApi {
  const api: FixtureApi = {
    modelText,
    sent: [],
    pasteEventsSeenByPage: 0,
    pastedTextsSeenByPage: [],
    uploads: [],
    navigate: () => {
      throw new Error('This fixture has no single-page navigation.');
    },
  };
  window.__fixture = api;
  // The page's own paste listener, as chat apps have: it must never see an intercepted paste.
  document.addEventListener('paste', (event) => {
    api.pasteEventsSeenByPage++;
    api.pastedTextsSeenByPage.push(event.clipboardData?.getData('text/plain') ?? '');
  });
  return api;
}
