import { useState } from 'preact/hooks';
import { addTag, removeTag } from '@/utils/storage/tags';

/** The tags of one article: remove with ×, add by typing and Enter. */
export function TagEditor({ id, tags }: { id: number; tags: string[] }) {
  const [value, setValue] = useState('');
  return (
    <div class="tag-editor" id="tag-editor">
      {tags.map((t) => (
        <span class="chip" data-tag={t}>
          #{t}
          <button class="chip-x" aria-label={`Remove tag ${t}`} title="Remove tag" onClick={() => removeTag([id], t)}>
            ×
          </button>
        </span>
      ))}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void addTag([id], value);
          setValue('');
        }}
      >
        <input
          id="add-tag"
          value={value}
          placeholder="Add tag"
          aria-label="Add a tag"
          onInput={(e) => setValue((e.target as HTMLInputElement).value)}
        />
      </form>
    </div>
  );
}
