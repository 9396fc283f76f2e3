import type { Me } from '@codepool/shared';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../app.tsx';
import { startSession } from '../../lib/session.ts';
import { fakeApi } from '../../testing/fixtures.ts';
import { en } from '../../testing/render.tsx';

const ME: Me = {
  id: '01936f1e-8c7a-7b3e-9d4f-2a1b3c4d5e6f',
  telegramId: '6001',
  firstName: 'Bob',
  username: null,
  isSeller: false,
  locale: 'en',
  localeChoice: null,
};

const LAUNCH = {
  kind: 'telegram',
  initDataRaw: 'user=%7B%7D&hash=ff',
  startParam: undefined,
  platform: 'tdesktop',
  native: false,
  languageCode: 'en',
} as const;

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('the language screen', () => {
  it('saves the chosen language on the account and switches the whole app to it at once', async () => {
    startSession(LAUNCH.initDataRaw);
    const api = fakeApi({
      'GET /api/me': { status: 200, body: ME },
      'PATCH /api/me': { status: 200, body: { ...ME, locale: 'ru', localeChoice: 'ru' } },
    });
    vi.stubGlobal('fetch', api.fetch);
    window.history.replaceState(null, '', '/#/settings');
    render(<App launch={LAUNCH} translator={en} />);

    await screen.findByRole('heading', { name: 'Language' });
    const follow = screen.getByRole('radio', { name: /Follow Telegram/ });
    expect((follow as HTMLInputElement).checked).toBe(true);
    // Each language is named in itself.
    fireEvent.click(screen.getByRole('radio', { name: 'Русский' }));

    await screen.findByRole('heading', { name: 'Язык' });
    expect(api.calls.find((c) => c.method === 'PATCH')?.body).toEqual({ locale: 'ru' });
    expect((screen.getByRole('radio', { name: 'Русский' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('radio', { name: /Как в Telegram/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Назад' })).toBeTruthy();
    await waitFor(() => expect(document.documentElement.lang).toBe('ru'));
    expect(document.documentElement.dir).toBe('ltr');
  });
});
