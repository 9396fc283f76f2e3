import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { Link } from '../lib/router.tsx';

// The same props as the Mini App's Button (variant names, `loading`, `block`, `icon`); `size` is the dashboard's own.
type Variant = 'primary' | 'secondary' | 'plain' | 'danger';
type Size = 'md' | 'sm';

type ButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'> & {
  variant?: Variant;
  size?: Size;
  /** Shows a spinner and disables the button, so a slow action cannot be sent twice. */
  loading?: boolean;
  block?: boolean;
  icon?: ReactNode;
  type?: 'button' | 'submit';
};

export function Button({
  variant = 'primary',
  size = 'md',
  loading = false,
  block = false,
  icon,
  children,
  disabled,
  className = '',
  type = 'button',
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      {...rest}
      className={['btn', `btn-${variant}`, `btn-${size}`, block ? 'btn-block' : '', className]
        .filter(Boolean)
        .join(' ')}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
    >
      {loading ? <span className="spinner" aria-hidden="true" /> : icon}
      {children}
    </button>
  );
}

export function ButtonLink({
  to,
  variant = 'primary',
  size = 'md',
  icon,
  children,
}: {
  to: string;
  variant?: Variant;
  size?: Size;
  icon?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Link to={to} className={`btn btn-${variant} btn-${size}`}>
      {icon}
      {children}
    </Link>
  );
}
