import { ApiError } from '@codepool/shared/client';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { HIDDEN_VALUE } from '../../components/secret-field.tsx';
import { purchaseRequest, REQUEST_ID, REVEALED } from '../../testing/fixtures.ts';
import { renderWithI18n } from '../../testing/render.tsx';
import { DeliveryPanel } from './delivery-panel.tsx';

const CODE = 'STEAM-7Q4X-2WJ9-KD83';

describe('DeliveryPanel', () => {
  it('shows only the masked preview until Reveal is pressed', async () => {
    const user = userEvent.setup();
    const reveal = vi.fn().mockResolvedValue(REVEALED);
    renderWithI18n(<DeliveryPanel request={purchaseRequest()} reveal={reveal} />);

    expect(screen.getByTestId('masked-preview').textContent).toBe('•••••••••••••KD83');
    expect(screen.getByText('Not revealed yet')).toBeTruthy();
    expect(document.body.textContent).not.toContain(CODE);
    expect(reveal).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Reveal' }));
    expect(reveal).toHaveBeenCalledWith(REQUEST_ID);
    // Revealed: the sensitive code still sits behind its eye toggle, the value does not.
    expect((await screen.findByTestId('field-Code')).textContent).toBe(HIDDEN_VALUE);
    expect(screen.getByTestId('field-Value').textContent).toBe('20 EUR');
    expect(screen.getByText(REVEALED.instructions)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Show Code' }));
    expect(screen.getByTestId('field-Code').textContent).toBe(CODE);

    await user.click(screen.getByRole('button', { name: 'Hide' }));
    expect(document.body.textContent).not.toContain(CODE);
    expect(screen.getByTestId('masked-preview')).toBeTruthy();
  });

  it("shows the server's reason when the reveal is refused", async () => {
    const user = userEvent.setup();
    const reveal = vi
      .fn()
      .mockRejectedValue(new ApiError(409, 'conflict', 'nothing to reveal: the request is refunded'));
    renderWithI18n(<DeliveryPanel request={purchaseRequest()} reveal={reveal} />);

    await user.click(screen.getByRole('button', { name: 'Reveal' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Nothing to reveal: the request is refunded');
    expect(screen.getByRole('button', { name: 'Reveal' })).toBeTruthy();
  });

  it('says when there is nothing delivered to reveal, and survives a missing item list', () => {
    const request = { ...purchaseRequest(), items: undefined } as unknown as ReturnType<typeof purchaseRequest>;
    renderWithI18n(<DeliveryPanel request={request} reveal={vi.fn()} />);
    expect(screen.getByText('Nothing has been delivered to reveal yet.')).toBeTruthy();
  });
});
