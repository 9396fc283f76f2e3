import type { Translator } from '@codepool/shared/i18n';
import {
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from 'react';

function Wrap({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : (
        hint && <p className="field-hint">{hint}</p>
      )}
    </div>
  );
}

type Common = { label: string; hint?: ReactNode; error?: string | undefined };

export function TextField({ label, hint, error, ...rest }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <Wrap id={id} label={label} hint={hint} error={error}>
      <input id={id} className="input" aria-invalid={error ? true : undefined} {...rest} />
    </Wrap>
  );
}

export function TextAreaField({ label, hint, error, ...rest }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  return (
    <Wrap id={id} label={label} hint={hint} error={error}>
      <textarea id={id} className="input textarea" aria-invalid={error ? true : undefined} {...rest} />
    </Wrap>
  );
}

export function SelectField({
  label,
  hint,
  error,
  children,
  ...rest
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { children: ReactNode }) {
  const id = useId();
  return (
    <Wrap id={id} label={label} hint={hint} error={error}>
      <select id={id} className="input select" {...rest}>
        {children}
      </select>
    </Wrap>
  );
}

export function CheckboxField({
  label,
  hint,
  ...rest
}: { label: string; hint?: ReactNode } & Omit<InputHTMLAttributes<HTMLInputElement>, 'type'>) {
  const id = useId();
  return (
    <div className="checkbox-field">
      <input id={id} type="checkbox" {...rest} />
      <div>
        <label htmlFor={id}>{label}</label>
        {hint && <p className="field-hint">{hint}</p>}
      </div>
    </div>
  );
}

/**
 * Field errors from a `validation_failed` answer's details, by path. The server words them in
 * English; given a translator of another language, each says the catalogue's "check this" instead.
 */
export function fieldErrors(details: unknown, i18n?: Pick<Translator, 'locale' | 't'>): Record<string, string> {
  const out: Record<string, string> = {};
  if (!Array.isArray(details)) return out;
  for (const d of details) {
    if (d && typeof d === 'object' && 'path' in d && 'message' in d) {
      const { path, message } = d as { path: unknown; message: unknown };
      if (typeof path === 'string' && typeof message === 'string' && !out[path]) {
        out[path] = i18n && i18n.locale !== 'en' ? i18n.t('dash-ui-field-invalid') : message;
      }
    }
  }
  return out;
}
