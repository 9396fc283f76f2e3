import { createTranslator, type Translator } from '@codepool/shared/i18n';
import { I18nProvider } from '@codepool/shared/i18n/react';
import english from '@codepool/shared/locales/en.ftl?raw';
import russian from '@codepool/shared/locales/ru.ftl?raw';
import { type RenderOptions, render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';

/** The English translator the unit tests read their texts with (the texts they assert are English). */
export const en: Translator = createTranslator('en', { en: english });

/** Russian, for the tests that check a translated text. */
export const ru: Translator = createTranslator('ru', { en: english, ru: russian });

/** Renders under an English `I18nProvider`, as the app does before any other language is chosen. */
export function renderWithI18n(ui: ReactElement, options?: Omit<RenderOptions, 'wrapper'>) {
  const wrapper = ({ children }: { children: ReactNode }) => <I18nProvider translator={en}>{children}</I18nProvider>;
  return render(ui, { wrapper, ...options });
}
