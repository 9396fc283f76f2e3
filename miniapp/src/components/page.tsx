import { useT } from '@codepool/shared/i18n/react';
import type { ReactNode } from 'react';
import { goBack, type Route } from '../lib/router.ts';
import { useBackButton } from '../lib/telegram.ts';
import { BackIcon } from './icons.tsx';

type PageProps = {
  /** Where the back button leads when the page was opened directly; no back button on the home page. */
  back?: Route;
  title?: string;
  children: ReactNode;
};

/**
 * The frame of every screen. The page owns Telegram's back button while it is shown; in a
 * client without one (a plain browser) it draws its own.
 */
export function Page({ back, title, children }: PageProps) {
  const t = useT();
  const native = useBackButton(back ? () => goBack(back) : null);
  return (
    <main className="page">
      {back && !native ? (
        <button type="button" className="page-back" onClick={() => goBack(back)}>
          <BackIcon size={18} />
          <span>{t('app-back')}</span>
        </button>
      ) : null}
      {title ? <h1 className="page-title">{title}</h1> : null}
      {children}
    </main>
  );
}
