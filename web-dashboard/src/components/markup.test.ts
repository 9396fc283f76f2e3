import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { en, ru } from '../testing/i18n.ts';
import { fieldErrors } from './field.tsx';
import { Markup } from './markup.tsx';

const html = (text: string) => renderToStaticMarkup(createElement(Markup, { text }));

describe('Markup', () => {
  it('bolds and codes the marked words of a message, in the translation’s own order', () => {
    expect(html(en.t('dash-signin-step-open'))).toBe('Open the <strong>Codepool bot</strong> in Telegram.');
    expect(html(ru.t('dash-signin-step-open'))).toBe('Откройте <strong>бота Codepool</strong> в Telegram.');
    expect(html(en.t('dash-signin-step-send'))).toBe('Send <code class="kbd">/dashboard</code>.');
  });

  it('keeps anything else as text, never as HTML', () => {
    expect(html(en.t('dash-signin-self-hosted'))).toContain(
      '<code>npm run codepool -- login-link &lt;your Telegram id&gt;</code>',
    );
    expect(html('<i>x</i> <b>y</b>')).toBe('&lt;i&gt;x&lt;/i&gt; <strong>y</strong>');
  });
});

describe('fieldErrors', () => {
  const details = [
    { path: 'name', message: 'name is required' },
    { path: 'name', message: 'a second one' },
  ];
  it('keeps the server’s English reason by path, the first one per field', () => {
    expect(fieldErrors(details)).toEqual({ name: 'name is required' });
    expect(fieldErrors(details, en)).toEqual({ name: 'name is required' });
  });
  it('says the catalogue’s "check this" in another language', () => {
    expect(fieldErrors(details, ru)).toEqual({ name: 'Проверьте это значение.' });
  });
});
