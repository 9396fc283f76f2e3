import { createTranslator, type Translator } from '@codepool/shared/i18n';
import english from '@codepool/shared/locales/en.ftl?raw';
import russian from '@codepool/shared/locales/ru.ftl?raw';

/** The English translator the unit tests read their texts with (the texts they assert are English). */
export const en: Translator = createTranslator('en', { en: english });

/** Russian, for the tests that check a translated text. */
export const ru: Translator = createTranslator('ru', { en: english, ru: russian });
