import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { en, renderWithI18n } from '../../testing/render.tsx';
import { DisputeForm } from './dispute-form.tsx';
import { validateDispute } from './dispute-validation.ts';

function setup() {
  const onSubmit = vi.fn().mockResolvedValue(undefined);
  const user = userEvent.setup();
  renderWithI18n(<DisputeForm onSubmit={onSubmit} />);
  const submit = () => user.click(screen.getByRole('button', { name: 'Report the problem' }));
  const text = () => screen.getByRole('textbox');
  return { onSubmit, user, submit, text };
}

describe('DisputeForm', () => {
  it('offers the four reasons', () => {
    setup();
    expect(screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).value)).toEqual([
      'invalid',
      'already_used',
      'wrong_region',
      'other',
    ]);
  });

  it('asks for a reason before sending anything', async () => {
    const { onSubmit, submit } = setup();
    await submit();
    expect(screen.getByText('Choose what is wrong.')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends a reason alone, the text being optional', async () => {
    const { onSubmit, user, submit } = setup();
    await user.click(screen.getByLabelText(/Already used/));
    await submit();
    expect(onSubmit).toHaveBeenCalledWith({ reason: 'already_used', text: '' });
  });

  it('requires a description for "something else"', async () => {
    const { onSubmit, user, submit, text } = setup();
    await user.click(screen.getByLabelText(/Something else/));
    await user.type(text(), '   ');
    await submit();
    expect(screen.getByText(/Describe the problem/)).toBeTruthy();
    expect(text().getAttribute('aria-invalid')).toBe('true');
    expect(onSubmit).not.toHaveBeenCalled();

    await user.type(text(), 'The store says the code is for Brazil.');
    await submit();
    expect(onSubmit).toHaveBeenCalledWith({ reason: 'other', text: 'The store says the code is for Brazil.' });
  });

  it('refuses more than 1000 characters and counts them', async () => {
    const { onSubmit, user, submit, text } = setup();
    await user.click(screen.getByLabelText(/The code is invalid/));
    fireEvent.change(text(), { target: { value: 'x'.repeat(1001) } });
    expect(screen.getByText('1,001 / 1,000')).toBeTruthy();
    await submit();
    expect(screen.getByText(/Keep it to 1,000 characters \(1,001 now\)/)).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();

    fireEvent.change(text(), { target: { value: 'x'.repeat(1000) } });
    await submit();
    expect(onSubmit).toHaveBeenCalledWith({ reason: 'invalid', text: 'x'.repeat(1000) });
  });
});

describe('validateDispute', () => {
  it('trims the text and agrees with the shared schema', () => {
    expect(validateDispute(en.t, { reason: 'wrong_region', text: '  EU only  ' })).toEqual({
      ok: true,
      input: { reason: 'wrong_region', text: 'EU only' },
    });
    expect(validateDispute(en.t, { reason: 'other', text: '' }).ok).toBe(false);
    expect(validateDispute(en.t, { reason: null, text: 'hello' }).ok).toBe(false);
  });
});
