// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EnumSelect } from '../../../../components/sidepanel/fields/EnumSelect';
import { MoneyField, WholeNumberField } from '../../../../components/sidepanel/fields/NumberField';
import { nodeI18n } from '../../../../lib/i18n/node';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const GOALS = ['awareness', 'sales'] as const;

async function choose(select: HTMLSelectElement, value: string) {
  select.value = value;
  await act(() => void select.dispatchEvent(new Event('change', { bubbles: true })));
}

/** Types into a field and leaves it, as a person does: input events, then change. */
async function typeInto(input: HTMLInputElement, text: string) {
  input.value = text;
  await act(() => void input.dispatchEvent(new Event('input', { bubbles: true })));
  await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
}

describe('EnumSelect', () => {
  it('hands on only a value it offered, and refuses any other', async () => {
    const onChange = vi.fn();
    await act(() => render(<EnumSelect label="Goal" options={GOALS} text={(g) => g.toUpperCase()} value="awareness" onChange={onChange} />, root));
    const select = root.querySelector('select')!;
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['awareness', 'AWARENESS'],
      ['sales', 'SALES'],
    ]);
    expect(select.getAttribute('aria-label')).toBe('Goal');

    await choose(select, 'sales');
    expect(onChange).toHaveBeenCalledExactlyOnceWith('sales');

    // An option the select never offered (a script added it): refused, and the shown value restored.
    const forged = document.createElement('option');
    forged.value = 'javascript:alert(1)';
    select.append(forged);
    await choose(select, forged.value);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(select.value).toBe('awareness');
  });

  it('with a "none" choice, hands on null for it', async () => {
    const onChange = vi.fn();
    await act(() => render(<EnumSelect options={GOALS} text={(g) => g} none="Any goal" value={null} onChange={onChange} />, root));
    const select = root.querySelector('select')!;
    expect(select.options[0]!.textContent).toBe('Any goal');
    expect(select.value).toBe('');
    await choose(select, 'sales');
    await choose(select, '');
    expect(onChange.mock.calls).toEqual([['sales'], [null]]);
  });
});

describe('MoneyField', () => {
  const az = nodeI18n('az');

  it('reads "1 200,50" in Azerbaijani as 1200.5 and shows it back with a decimal comma', async () => {
    const onChange = vi.fn();
    await act(() => render(<MoneyField label="Büdcə" value={null} i18n={az} onChange={onChange} testId="money" />, root));
    const input = root.querySelector<HTMLInputElement>('[data-testid="money"]')!;
    await typeInto(input, '1 200,50');
    expect(onChange).toHaveBeenCalledExactlyOnceWith(1200.5);
    expect(input.value).toBe('1200,5');
  });

  it('asks which is meant on "1,200", and keeps the reading chosen', async () => {
    const onChange = vi.fn();
    await act(() => render(<MoneyField label="Budget" value={null} i18n={az} onChange={onChange} testId="money" />, root));
    const input = root.querySelector<HTMLInputElement>('[data-testid="money"]')!;
    await typeInto(input, '1,200');
    expect(onChange).not.toHaveBeenCalled();
    const question = root.querySelector('[data-testid="number-ambiguous"]')!;
    const readings = [...question.querySelectorAll('button')];
    expect(readings).toHaveLength(2);
    expect(readings[0]!.textContent).toBe('1,2');
    await act(() => readings[1]!.click());
    expect(onChange).toHaveBeenCalledExactlyOnceWith(1200);
    expect(root.querySelector('[data-testid="number-ambiguous"]')).toBeNull();
  });

  it('keeps what was typed, and quotes it exactly, while a question about it is open', async () => {
    const onChange = vi.fn();
    const farAbove = (v: number) => (v > 1000 ? 'Far above the budget. Keep it?' : null);
    await act(() => render(<MoneyField label="Fee" value={100} i18n={nodeI18n('en')} onChange={onChange} check={farAbove} testId="money" />, root));
    const input = root.querySelector<HTMLInputElement>('[data-testid="money"]')!;
    // The browser hands on the text with the change (a paste, autofill, a test driver) without an input event first.
    const changeTo = async (text: string) => {
      input.value = text;
      await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
    };
    await changeTo('1,200');
    expect(root.querySelector('[data-testid="number-ambiguous"]')!.textContent).toContain('“1,200” can be read two ways');
    expect(input.value).toBe('1,200');
    await changeTo(' 5 000 ');
    expect(root.querySelector('[data-testid="number-confirm"]')!.textContent).toContain('Far above the budget');
    expect(input.value).toBe(' 5 000 ');
    expect(onChange).not.toHaveBeenCalled();
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="number-confirm-keep"]')!.click());
    expect(onChange).toHaveBeenCalledExactlyOnceWith(5000);
    expect(input.value).toBe('5000');
  });

  it('refuses a negative amount with a reason, keeping the stored one', async () => {
    const onChange = vi.fn();
    await act(() => render(<MoneyField label="Fee" value={50} i18n={nodeI18n('en')} onChange={onChange} testId="money" />, root));
    const input = root.querySelector<HTMLInputElement>('[data-testid="money"]')!;
    await typeInto(input, '-5');
    expect(onChange).not.toHaveBeenCalled();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('[role="alert"]')!.textContent).not.toBe('');
  });
});

describe('WholeNumberField', () => {
  it('keeps a whole number in range, and never hands on a fraction or an empty value', async () => {
    const onChange = vi.fn();
    await act(() => render(<WholeNumberField label="Posts" max={100} value={2} i18n={nodeI18n('en')} onChange={onChange} />, root));
    const input = root.querySelector('input')!;
    await typeInto(input, '2.5');
    await typeInto(input, '101');
    await typeInto(input, '');
    expect(onChange).not.toHaveBeenCalled();
    await typeInto(input, '12');
    expect(onChange).toHaveBeenCalledExactlyOnceWith(12);
  });
});
