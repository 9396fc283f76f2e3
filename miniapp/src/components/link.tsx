import type { MouseEvent, ReactNode } from 'react';
import { hrefOf, navigate, type Route } from '../lib/router.ts';
import { haptic } from '../lib/telegram.ts';

type LinkProps = { to: Route; children: ReactNode; className?: string; 'aria-label'?: string };

export function Link({ to, children, className, ...rest }: LinkProps) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    haptic.select();
    navigate(to);
  };
  return (
    <a href={hrefOf(to)} className={className} onClick={onClick} {...rest}>
      {children}
    </a>
  );
}
