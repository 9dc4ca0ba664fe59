import type { ComponentChildren } from 'preact';

/** A checkbox in a `label.check` row (the row is the touch target); `children` say what it turns on. */
export function CheckField({
  id,
  checked,
  onChange,
  children,
}: {
  id: string;
  checked: boolean;
  onChange(checked: boolean): void;
  children: ComponentChildren;
}) {
  return (
    <label class="check">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        onChange={(e) => onChange((e.target as HTMLInputElement).checked)}
      />
      <span>{children}</span>
    </label>
  );
}
