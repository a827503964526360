export interface PopupPanelProps {
  /** The chatbot on the current tab, if NoteGuard guards it. */
  guardedSiteName?: string;
  onOpenPractice(): void;
  onOpenSettings(): void;
}

export function PopupPanel({ guardedSiteName, onOpenPractice, onOpenSettings }: PopupPanelProps) {
  return (
    <main class="popup">
      <h1>NoteGuard</h1>
      {guardedSiteName ? (
        <p class="status protected" data-testid="tab-status">
          <strong>Protected.</strong> Pastes into {guardedSiteName} are checked for personal details first.
        </p>
      ) : (
        <p class="status" data-testid="tab-status">
          This tab is not a chatbot NoteGuard guards.
        </p>
      )}
      <p class="promise">Checks happen on this computer. Nothing is sent anywhere.</p>
      <nav>
        <button type="button" onClick={onOpenPractice}>
          Try the practice chatbot
        </button>
        <button type="button" onClick={onOpenSettings}>
          Settings
        </button>
      </nav>
    </main>
  );
}
