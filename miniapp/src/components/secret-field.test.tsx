import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../testing/render.tsx';
import { HIDDEN_VALUE, SecretField } from './secret-field.tsx';

const CODE = 'STEAM-7Q4X-2WJ9-KD83';

describe('SecretField', () => {
  it('keeps a sensitive value masked until the eye is pressed, and masks it again', async () => {
    const user = userEvent.setup();
    renderWithI18n(<SecretField label="Code" value={CODE} sensitive />);

    expect(screen.getByTestId('field-Code').textContent).toBe(HIDDEN_VALUE);
    expect(document.body.textContent).not.toContain(CODE);

    await user.click(screen.getByRole('button', { name: 'Show Code' }));
    expect(screen.getByTestId('field-Code').textContent).toBe(CODE);
    expect(screen.getByRole('button', { name: 'Hide Code' }).getAttribute('aria-pressed')).toBe('true');

    await user.click(screen.getByRole('button', { name: 'Hide Code' }));
    expect(document.body.textContent).not.toContain(CODE);
  });

  it('masks with a fixed run of dots, so the length of the secret does not show', () => {
    const { unmount } = renderWithI18n(<SecretField label="Code" value="AB" sensitive />);
    const short = screen.getByTestId('field-Code').textContent;
    unmount();
    renderWithI18n(<SecretField label="Code" value={'X'.repeat(40)} sensitive />);
    expect(screen.getByTestId('field-Code').textContent).toBe(short);
  });

  it('shows a non-sensitive value at once, with no eye toggle', () => {
    renderWithI18n(<SecretField label="Value" value="20 EUR" sensitive={false} />);
    expect(screen.getByTestId('field-Value').textContent).toBe('20 EUR');
    expect(screen.queryByRole('button', { name: /Show/ })).toBeNull();
  });
});

describe('copying', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('copies the real value while it is still masked, then says Copied for a moment', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    renderWithI18n(<SecretField label="Code" value={CODE} sensitive />);

    await user.click(screen.getByRole('button', { name: 'Copy Code' }));
    expect(writeText).toHaveBeenCalledWith(CODE);
    expect(await navigator.clipboard.readText()).toBe(CODE);
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeTruthy();
    // Copying does not put the secret on screen.
    expect(screen.getByTestId('field-Code').textContent).toBe(HIDDEN_VALUE);

    await act(() => vi.advanceTimersByTimeAsync(2000));
    expect(screen.getByRole('button', { name: 'Copy Code' })).toBeTruthy();
  });

  it('falls back to a selection copy where the clipboard API refuses', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('NotAllowedError'));
    const execCommand = vi.fn().mockReturnValue(true);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    renderWithI18n(<SecretField label="PIN" value="4096" sensitive />);

    await user.click(screen.getByRole('button', { name: 'Copy PIN' }));
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeTruthy();
    expect(execCommand).toHaveBeenCalledWith('copy');
  });

  it('says so when nothing could be copied', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('NotAllowedError'));
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
    renderWithI18n(<SecretField label="PIN" value="4096" sensitive />);

    await user.click(screen.getByRole('button', { name: 'Copy PIN' }));
    expect(await screen.findByRole('button', { name: 'Copy failed' })).toBeTruthy();
  });
});
