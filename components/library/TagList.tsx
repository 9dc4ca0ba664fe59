import { useState } from 'preact/hooks';
import { useLiveQuery } from '@/components/hooks/use-live-query';
import { addTag, deleteTag, listTags, renameTag } from '@/utils/storage/tags';
import { fieldKey } from '@/components/field-key';

/** Tags with their counts; click filters the list, and each can be renamed or removed everywhere. */
export function TagList({ onPick }: { onPick(tag: string): void }) {
  const tags = useLiveQuery(() => listTags(), []);
  const [editing, setEditing] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [undo, setUndo] = useState<{ tag: string; ids: number[] } | null>(null);
  if (!tags) return null;
  return (
    <section class="tags" aria-labelledby="tags-title">
      <h2 id="tags-title">Tags</h2>
      {tags.length === 0 && <p class="hint">No tags yet. Select articles and type a tag in “Add tag”.</p>}
      <ul id="tag-list">
        {tags.map(({ tag, count }) =>
          editing === tag ? (
            <li>
              <form
                onSubmit={async (e) => {
                  e.preventDefault();
                  await renameTag(tag, name);
                  setEditing(null);
                }}
              >
                <input
                  class="tag-rename"
                  value={name}
                  aria-label={`New name for ${tag}`}
                  onInput={(e) => setName((e.target as HTMLInputElement).value)}
                  onKeyDown={(e) => {
                    // Enter submits the form (renames); Esc leaves the name as it was.
                    if (fieldKey(e, false) !== 'cancel') return;
                    e.stopPropagation();
                    setEditing(null);
                  }}
                  autoFocus
                />
              </form>
            </li>
          ) : (
            <li class="tag" data-tag={tag}>
              <button class="tag-name" onClick={() => onPick(tag)}>
                #{tag} <span class="tag-count">{count}</span>
              </button>
              <button
                class="icon-btn"
                title={`Rename “${tag}”`}
                aria-label={`Rename ${tag}`}
                onClick={() => (setEditing(tag), setName(tag))}
              >
                ✎
              </button>
              <button
                class="icon-btn"
                title={`Remove “${tag}” from every article`}
                aria-label={`Remove tag ${tag}`}
                onClick={async () => setUndo({ tag, ids: await deleteTag(tag) })}
              >
                ✕
              </button>
            </li>
          ),
        )}
      </ul>
      {undo && (
        <p class="hint">
          Removed #{undo.tag}.{' '}
          <button class="link-btn" onClick={() => (addTag(undo.ids, undo.tag), setUndo(null))}>
            Undo
          </button>
        </p>
      )}
    </section>
  );
}
