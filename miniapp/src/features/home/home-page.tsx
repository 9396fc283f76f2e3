import type { Me } from '@codepool/shared';
import { useT } from '@codepool/shared/i18n/react';
import { ErrorState } from '../../components/error-state.tsx';
import { BoxIcon, GlobeIcon, InboxIcon } from '../../components/icons.tsx';
import { Page } from '../../components/page.tsx';
import { Row, Section } from '../../components/section.tsx';
import { SkeletonCard } from '../../components/skeleton.tsx';
import { languageOptions } from '../../lib/i18n.tsx';
import { useServerEvent } from '../../lib/realtime.ts';
import { useApi } from '../../lib/use-api.ts';
import { listRequests } from '../requests/requests-api.ts';
import { RequestRow } from '../requests/requests-page.tsx';

const RECENT = 5;

export function HomePage({ me }: { me: Me }) {
  const t = useT();
  const recent = useApi('home:recent', (signal) => listRequests({ role: 'buyer', limit: RECENT }, signal));
  useServerEvent('delivery-update', () => recent.reload());
  useServerEvent('request-update', () => recent.reload());

  return (
    <Page>
      <header className="home-header">
        <div className="avatar" aria-hidden="true">
          {(me.firstName || '?').charAt(0).toUpperCase()}
        </div>
        <div>
          <h1 className="page-title">
            {me.firstName ? t('app-home-greeting', { name: me.firstName }) : t('app-home-greeting-anonymous')}
          </h1>
          <p className="page-lead">{t('app-home-lead')}</p>
        </div>
      </header>

      {recent.status === 'loading' ? <SkeletonCard lines={3} title={false} /> : null}
      {recent.status === 'error' ? <ErrorState error={recent.error} onRetry={recent.reload} /> : null}
      {recent.status === 'ready' ? (
        <Section title={t('app-home-recent')}>
          {(recent.data.items ?? []).length === 0 ? (
            <p className="card-text muted">{t('app-home-nothing-bought')}</p>
          ) : (
            (recent.data.items ?? []).map((r) => <RequestRow key={r.id} request={r} />)
          )}
          <Row to={{ name: 'requests' }} title={<span className="link-text">{t('app-home-all-purchases')}</span>} />
        </Section>
      ) : null}

      {me.isSeller ? (
        <Section title={t('app-home-shop')} footer={t('app-home-shop-footer')}>
          <Row
            to={{ name: 'pools' }}
            leading={
              <span className="row-icon row-icon-blue">
                <BoxIcon size={18} />
              </span>
            }
            title={t('app-home-pools')}
            subtitle={t('app-home-pools-hint')}
          />
          <Row
            to={{ name: 'seller-requests' }}
            leading={
              <span className="row-icon row-icon-orange">
                <InboxIcon size={18} />
              </span>
            }
            title={t('app-home-orders')}
            subtitle={t('app-home-orders-hint')}
          />
        </Section>
      ) : null}

      <Section title={t('app-home-settings')}>
        <Row
          to={{ name: 'settings' }}
          leading={
            <span className="row-icon row-icon-violet">
              <GlobeIcon size={18} />
            </span>
          }
          title={t('app-language-title')}
          after={
            me.localeChoice ? (
              <span lang={me.localeChoice}>{languageName(me.localeChoice)}</span>
            ) : (
              t('app-language-follow-telegram')
            )
          }
        />
      </Section>
    </Page>
  );
}

const languageName = (locale: string) => languageOptions.find((o) => o.locale === locale)?.name ?? locale;
