import type { Ref } from 'preact';

/** The search field: words, "phrases" and operators (tag:, site:, is:), searched as you type. */
export function SearchBox({
  value,
  onInput,
  inputRef,
}: {
  value: string;
  onInput(v: string): void;
  inputRef: Ref<HTMLInputElement>;
}) {
  return (
    <div class="search">
      <input
        ref={inputRef}
        id="search"
        type="search"
        value={value}
        placeholder="Search  (/)   tag:  site:  is:unread  “phrase”"
        aria-label="Search the library"
        autocomplete="off"
        spellcheck={false}
        onInput={(e) => onInput((e.target as HTMLInputElement).value)}
      />
    </div>
  );
}
