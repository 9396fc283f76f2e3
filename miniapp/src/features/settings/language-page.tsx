import type { Me } from '@codepool/shared';
import { useI18n } from '@codepool/shared/i18n/react';
import { useId, useState } from 'react';
import { Notice } from '../../components/notice.tsx';
import { Page } from '../../components/page.tsx';
import { describeError } from '../../lib/api-client.ts';
import { languageOptions, useAppLanguage } from '../../lib/i18n.tsx';
import { haptic } from '../../lib/telegram.ts';
import { chooseLanguage } from './language-api.ts';

/** The radio value of "Follow Telegram": the account has no choice of its own. */
const FOLLOW = '';

/**
 * The app's language: Telegram's (the default) or one of the catalogues, each named in itself.
 * A choice is saved on the account at once, so the bot speaks it too, and the app switches.
 */
export function LanguagePage({ me, onChanged }: { me: Me; onChanged: (me: Me) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { clearOverride } = useAppLanguage();
  const name = useId();
  const [saving, setSaving] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const current = saving ?? me.localeChoice ?? FOLLOW;

  const choose = async (value: string) => {
    if (saving !== null) return;
    // The account already has it: only a ?lang= preview stood in its way.
    if (value === (me.localeChoice ?? FOLLOW)) {
      clearOverride();
      return;
    }
    haptic.select();
    setSaving(value);
    setError(null);
    try {
      const updated = await chooseLanguage(value === FOLLOW ? null : value);
      clearOverride();
      onChanged(updated);
      haptic.success();
    } catch (e) {
      haptic.error();
      setError(describeError(e, i18n));
    }
    setSaving(null);
  };

  const options = [{ locale: FOLLOW, name: t('app-language-follow-telegram') }, ...languageOptions];
  return (
    <Page back={{ name: 'home' }} title={t('app-language-title')}>
      <fieldset className="section">
        <legend className="section-title">{t('app-language-choose')}</legend>
        <div className="section-card" role="radiogroup" aria-busy={saving !== null || undefined}>
          {options.map((option) => (
            <label key={option.locale || 'telegram'} className="choice">
              <input
                type="radio"
                name={name}
                value={option.locale}
                checked={current === option.locale}
                disabled={saving !== null}
                onChange={() => void choose(option.locale)}
              />
              <span className="choice-text">
                <span className="row-title" lang={option.locale || undefined}>
                  {option.name}
                </span>
                {option.locale === FOLLOW ? (
                  <span className="row-subtitle">{t('app-language-follow-telegram-hint')}</span>
                ) : null}
              </span>
            </label>
          ))}
        </div>
        <p className="section-footer">{t('app-language-footer')}</p>
      </fieldset>
      {error ? <Notice tone="danger">{error}</Notice> : null}
    </Page>
  );
}
