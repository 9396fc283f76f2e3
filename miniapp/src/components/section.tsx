import type { ReactNode } from 'react';
import type { Route } from '../lib/router.ts';
import { ChevronIcon } from './icons.tsx';
import { Link } from './link.tsx';

type SectionProps = { title?: ReactNode; footer?: ReactNode; children: ReactNode; className?: string };

/** A Telegram-style grouped section: a small header, a rounded card, an optional hint below. */
export function Section({ title, footer, children, className }: SectionProps) {
  return (
    <section className={`section ${className ?? ''}`}>
      {title ? <h2 className="section-title">{title}</h2> : null}
      <div className="section-card">{children}</div>
      {footer ? <p className="section-footer">{footer}</p> : null}
    </section>
  );
}

type RowProps = {
  title: ReactNode;
  subtitle?: ReactNode;
  after?: ReactNode;
  to?: Route;
  leading?: ReactNode;
};

/** One line of a section; with `to` it is a link with a chevron. */
export function Row({ title, subtitle, after, to, leading }: RowProps) {
  const body = (
    <>
      {leading ? <span className="row-leading">{leading}</span> : null}
      <span className="row-main">
        <span className="row-title">{title}</span>
        {subtitle ? <span className="row-subtitle">{subtitle}</span> : null}
      </span>
      {after ? <span className="row-after">{after}</span> : null}
      {to ? (
        <span className="row-chevron">
          <ChevronIcon />
        </span>
      ) : null}
    </>
  );
  return to ? (
    <Link to={to} className="row row-link">
      {body}
    </Link>
  ) : (
    <div className="row">{body}</div>
  );
}
