import { useT } from '@codepool/shared/i18n/react';
import { ButtonLink } from '../../components/button.tsx';
import { EmptyState } from '../../components/states.tsx';

export function NotFoundPage() {
  const t = useT();
  return (
    <EmptyState
      title={t('dash-notfound-title')}
      action={
        <ButtonLink variant="secondary" to="/pools">
          {t('dash-notfound-action')}
        </ButtonLink>
      }
    >
      {t('dash-notfound-text')}
    </EmptyState>
  );
}
