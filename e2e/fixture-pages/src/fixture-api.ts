/** What every fixture page exposes to the tests: the editor's own model and what was sent. */
export interface FixtureApi {
  modelText(): string;
  sent: string[];
  pasteEventsSeenByPage: number;
}

declare global {
  interface Window {
    __fixture: FixtureApi;
  }
}

export function exposeFixture(modelText: () => string): FixtureApi {
  const api: FixtureApi = { modelText, sent: [], pasteEventsSeenByPage: 0 };
  window.__fixture = api;
  // The page's own paste listener, as chat apps have: it must never see an intercepted paste.
  document.addEventListener('paste', () => api.pasteEventsSeenByPage++);
  return api;
}
