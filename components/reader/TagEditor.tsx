import { useState } from 'preact/hooks';
import { addTag, removeTag } from '@/utils/storage/tags';

/** The tags of one article: remove with ×, add by typing and Enter or a comma. */
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
          onInput={(e) => {
            // A comma ends a tag as it is typed ("Food, Howto" is two tags); the rest stays in the field.
            const field = e.target as HTMLInputElement;
            const cut = field.value.lastIndexOf(',');
            if (cut >= 0) {
              void addTag([id], field.value.slice(0, cut));
              field.value = field.value.slice(cut + 1).trimStart(); // (the state may not change: '' stays '')
            }
            setValue(field.value);
          }}
        />
      </form>
    </div>
  );
}
