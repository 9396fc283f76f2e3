import type { OpenDisputeInput } from '@codepool/shared';
import { useI18n } from '@codepool/shared/i18n/react';
import { type FormEvent, useId, useState } from 'react';
import { Button } from '../../components/button.tsx';
import { haptic } from '../../lib/telegram.ts';
import { DISPUTE_TEXT_MAX, type DisputeDraft, REASONS, reasonLabel, validateDispute } from './dispute-validation.ts';

type DisputeFormProps = {
  onSubmit: (input: OpenDisputeInput) => Promise<void>;
  submitting?: boolean;
};

/** Report a problem with a delivery: a reason, and a few words (required for "something else"). */
export function DisputeForm({ onSubmit, submitting = false }: DisputeFormProps) {
  const { t, number } = useI18n();
  const [draft, setDraft] = useState<DisputeDraft>({ reason: null, text: '' });
  const [tried, setTried] = useState(false);
  const id = useId();
  const checked = validateDispute(t, draft);
  const errors = tried && !checked.ok ? checked.errors : {};
  const length = draft.text.trim().length;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!checked.ok) {
      haptic.error();
      return;
    }
    await onSubmit(checked.input);
  };

  return (
    <form className="dispute-form" onSubmit={submit} noValidate>
      <fieldset className="section">
        <legend className="section-title">{t('app-dispute-what')}</legend>
        <div className="section-card" role="radiogroup" aria-describedby={errors.reason ? `${id}-reason` : undefined}>
          {REASONS.map((reason) => (
            <label key={reason} className="choice">
              <input
                type="radio"
                name={`${id}-reason`}
                value={reason}
                checked={draft.reason === reason}
                onChange={() => {
                  haptic.select();
                  setDraft((d) => ({ ...d, reason }));
                }}
              />
              <span className="choice-text">
                <span className="row-title">{reasonLabel(t, reason).title}</span>
                <span className="row-subtitle">{reasonLabel(t, reason).hint}</span>
              </span>
            </label>
          ))}
        </div>
        {errors.reason ? (
          <p className="field-error" id={`${id}-reason`}>
            {errors.reason}
          </p>
        ) : null}
      </fieldset>

      <div className="section">
        <label className="section-title" htmlFor={`${id}-text`}>
          {draft.reason === 'other' ? t('app-dispute-details') : t('app-dispute-details-optional')}
        </label>
        <div className="section-card">
          <textarea
            id={`${id}-text`}
            className="textarea"
            rows={5}
            value={draft.text}
            placeholder={t('app-dispute-placeholder')}
            aria-invalid={errors.text ? true : undefined}
            aria-describedby={`${id}-count${errors.text ? ` ${id}-text-error` : ''}`}
            onChange={(e) => setDraft((d) => ({ ...d, text: e.target.value }))}
          />
        </div>
        <p className={`char-count ${length > DISPUTE_TEXT_MAX ? 'is-over' : ''}`} id={`${id}-count`}>
          {t('app-dispute-count', { length: number(length), max: number(DISPUTE_TEXT_MAX) })}
        </p>
        {errors.text ? (
          <p className="field-error" id={`${id}-text-error`}>
            {errors.text}
          </p>
        ) : null}
      </div>

      <Button type="submit" block variant="danger" loading={submitting}>
        {t('app-dispute-submit')}
      </Button>
    </form>
  );
}
