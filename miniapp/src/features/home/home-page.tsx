import type { Me } from '@codepool/shared';
import { ErrorState } from '../../components/error-state.tsx';
import { BoxIcon, InboxIcon } from '../../components/icons.tsx';
import { Page } from '../../components/page.tsx';
import { Row, Section } from '../../components/section.tsx';
import { SkeletonCard } from '../../components/skeleton.tsx';
import { useServerEvent } from '../../lib/realtime.ts';
import { useApi } from '../../lib/use-api.ts';
import { listRequests } from '../requests/requests-api.ts';
import { RequestRow } from '../requests/requests-page.tsx';

const RECENT = 5;

export function HomePage({ me }: { me: Me }) {
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
          <h1 className="page-title">Hi, {me.firstName || 'there'}</h1>
          <p className="page-lead">Gift cards and keys, delivered in Telegram.</p>
        </div>
      </header>

      {recent.status === 'loading' ? <SkeletonCard lines={3} title={false} /> : null}
      {recent.status === 'error' ? <ErrorState error={recent.error} onRetry={recent.reload} /> : null}
      {recent.status === 'ready' ? (
        <Section title="Recent purchases">
          {(recent.data.items ?? []).length === 0 ? (
            <p className="card-text muted">Nothing bought yet. Open a listing from a seller's link to start.</p>
          ) : (
            (recent.data.items ?? []).map((r) => <RequestRow key={r.id} request={r} />)
          )}
          <Row to={{ name: 'requests' }} title={<span className="link-text">All purchases</span>} />
        </Section>
      ) : null}

      {me.isSeller ? (
        <Section title="Your shop" footer="Bulk CSV imports and listings live in the web dashboard.">
          <Row
            to={{ name: 'pools' }}
            leading={
              <span className="row-icon row-icon-blue">
                <BoxIcon size={18} />
              </span>
            }
            title="Stock pools"
            subtitle="Stock levels, restock, recent imports"
          />
          <Row
            to={{ name: 'seller-requests' }}
            leading={
              <span className="row-icon row-icon-orange">
                <InboxIcon size={18} />
              </span>
            }
            title="Orders to deliver"
            subtitle="Paid orders waiting for you"
          />
        </Section>
      ) : null}
    </Page>
  );
}
