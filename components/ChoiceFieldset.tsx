import type { ComponentChildren } from 'preact';

/** One choice of a ChoiceFieldset: its value, its label, and the id and class of its row where it has them. */
export interface Choice<T extends string | number> {
  value: T;
  label: ComponentChildren;
  id?: string;
  class?: string;
}

/** A group of radio buttons in a fieldset with its legend; `onPick` gets the value of the choice picked. */
export function ChoiceFieldset<T extends string | number>({
  legend,
  name,
  choices,
  selected,
  onPick,
  class: cls = 'choice',
}: {
  legend: string;
  /** The radio group's name. */
  name: string;
  choices: Choice<T>[];
  selected: T;
  onPick(value: T): void;
  /** The fieldset's class. */
  class?: string;
}) {
  return (
    <fieldset class={cls}>
      <legend>{legend}</legend>
      {choices.map((c) => (
        <label class={c.class}>
          <input
            type="radio"
            name={name}
            id={c.id}
            value={c.value}
            checked={selected === c.value}
            onChange={() => onPick(c.value)}
          />{' '}
          {c.label}
        </label>
      ))}
    </fieldset>
  );
}
