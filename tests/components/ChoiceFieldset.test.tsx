import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { ChoiceFieldset } from '@/components/ChoiceFieldset';
import { CheckField } from '@/components/CheckField';

let root: HTMLElement | undefined;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
});
const mount = (node: preact.ComponentChild) => {
  root = document.createElement('form');
  document.body.append(root);
  render(node, root);
  return root;
};

describe('ChoiceFieldset', () => {
  it('checks the selected choice and gives the picked value, typed as given', () => {
    const picked: number[] = [];
    const el = mount(
      <ChoiceFieldset
        legend="Width"
        name="width"
        choices={[
          { value: 560, label: 'Narrow' },
          { value: 840, label: 'Wide', id: 'wide', class: 'w' },
        ]}
        selected={560}
        onPick={(v) => picked.push(v)}
      />,
    );
    expect(el.querySelector('fieldset.choice legend')!.textContent).toBe('Width');
    const inputs = [...el.querySelectorAll<HTMLInputElement>('input[type=radio][name=width]')];
    expect(inputs.map((i) => [i.value, i.checked, i.id])).toEqual([
      ['560', true, ''],
      ['840', false, 'wide'],
    ]);
    expect(inputs[1].closest('label')!.className).toBe('w');
    expect(inputs[1].closest('label')!.textContent).toBe(' Wide');
    inputs[1].click();
    expect(picked).toEqual([840]);
  });
});

describe('CheckField', () => {
  it('is a labelled checkbox that reports its new state', () => {
    const got: boolean[] = [];
    const el = mount(
      <CheckField id="justify" checked={false} onChange={(c) => got.push(c)}>
        Justify text
      </CheckField>,
    );
    const box = el.querySelector<HTMLInputElement>('label.check input#justify[type=checkbox]')!;
    expect(box.checked).toBe(false);
    expect(el.querySelector('label.check span')!.textContent).toBe('Justify text');
    box.click();
    expect(got).toEqual([true]);
  });
});
