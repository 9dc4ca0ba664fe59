/**
 * A replace-mode restore with sync on deletes articles on the user's other browsers too: says how many, and
 * offers to go on (deleting everywhere), to merge instead (deletes nothing), or to cancel.
 */
export function RestoreConsent({
  count,
  busy,
  onReplace,
  onMerge,
  onCancel,
}: {
  count: number;
  busy: boolean;
  onReplace(): void;
  onMerge(): void;
  onCancel(): void;
}) {
  const n = count.toLocaleString('en');
  return (
    <div id="restore-consent" role="group" aria-labelledby="restore-consent-text">
      <p id="restore-consent-text" class="error">
        Sync is on: the {n} {count === 1 ? 'article' : 'articles'} deleted here {count === 1 ? 'is' : 'are'} deleted on
        your other browsers too.
      </p>
      <div class="buttons">
        <button class="primary" id="restore-everywhere" disabled={busy} onClick={onReplace}>
          Replace and delete on all browsers
        </button>
        <button id="restore-merge-instead" disabled={busy} onClick={onMerge}>
          Merge instead
        </button>
        <button id="restore-cancel" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
