import { Me } from '@codepool/shared';
import { ApiError, isNotFound } from '@codepool/shared/client';
import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../testing/fixtures.ts';
import { en, ru } from '../testing/render.tsx';
import { apiRequest, describeError } from './api-client.ts';
import { startSession, useSessionRefused } from './session.ts';

afterEach(() => vi.unstubAllGlobals());

describe('apiRequest', () => {
  it('signs every call with the init data and returns the parsed answer', async () => {
    startSession('user=%7B%7D&hash=ff');
    const me = {
      id: '01936f1e-8c7a-7b3e-9d4f-2a1b3c4d5e6f',
      telegramId: '6001',
      firstName: 'Bob',
      username: null,
      isSeller: false,
      locale: 'en',
      localeChoice: null,
    };
    const api = fakeApi({ 'GET /api/me': { status: 200, body: me } });
    vi.stubGlobal('fetch', api.fetch);
    expect(await apiRequest('/me', Me)).toEqual(me);
    expect(api.calls[0]?.headers.get('authorization')).toBe('tma user=%7B%7D&hash=ff');
  });

  it('turns a refused session into the app-wide "reopen from the bot" state', async () => {
    startSession('user=%7B%7D&hash=00');
    const { result } = renderHook(() => useSessionRefused());
    expect(result.current).toBe(false);
    vi.stubGlobal(
      'fetch',
      fakeApi({
        'GET /api/me': {
          status: 401,
          body: { error: { code: 'unauthorized', message: 'init data signature is invalid' } },
        },
      }).fetch,
    );
    const error = await apiRequest('/me', Me).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(describeError(error, en)).toBe('Your Telegram session could not be verified — reopen the app from the bot.');
    expect(describeError(error, ru)).toBe(
      'Не удалось подтвердить ваш сеанс Telegram — откройте приложение из бота заново.',
    );
    await vi.waitFor(() => expect(renderHook(() => useSessionRefused()).result.current).toBe(true));
  });

  it("keeps the server's code and message, and knows a 404", async () => {
    vi.stubGlobal('fetch', fakeApi({}).fetch);
    const error = await apiRequest('/requests/x/confirm', Me, { method: 'POST' }).catch((e: unknown) => e);
    expect(isNotFound(error)).toBe(true);
    expect(describeError(error, en)).toBe('No route POST /api/requests/x/confirm.');
    // Another language gets the catalogue's sentence for the code, not the server's English.
    expect(describeError(error, ru)).toBe(ru.t('error-not_found'));
    expect(describeError(error, ru)).not.toBe(en.t('error-not_found'));
  });

  it('knows a purchase that is not yours as a 404', async () => {
    vi.stubGlobal(
      'fetch',
      fakeApi({
        'POST /api/requests/x/confirm': {
          status: 404,
          body: { error: { code: 'not_found', message: 'purchase request not found' } },
        },
      }).fetch,
    );
    const error = await apiRequest('/requests/x/confirm', Me, { method: 'POST' }).catch((e: unknown) => e);
    expect(isNotFound(error)).toBe(true);
    expect(error).toMatchObject({ code: 'not_found', message: 'purchase request not found' });
  });

  it('says so when the network is down', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const error = await apiRequest('/me', Me).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'network' });
    expect(describeError(error, en)).toMatch(/could not be reached/);
  });
});
