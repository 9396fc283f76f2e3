import type { OpenDisputeInput } from '@codepool/shared';
import { useI18n } from '@codepool/shared/i18n/react';
import { useState } from 'react';
import { Button } from '../../components/button.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { Notice } from '../../components/notice.tsx';
import { Page } from '../../components/page.tsx';
import { PageSkeleton } from '../../components/skeleton.tsx';
import { describeError } from '../../lib/api-client.ts';
import { navigate } from '../../lib/router.ts';
import { haptic } from '../../lib/telegram.ts';
import { useApi } from '../../lib/use-api.ts';
import { DisputeForm } from './dispute-form.tsx';
import { getRequest, openDispute } from './requests-api.ts';

export function DisputePage({ id }: { id: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const request = useApi(`request:${id}`, (signal) => getRequest(id, signal));
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (input: OpenDisputeInput) => {
    setSubmitting(true);
    setFailure(null);
    try {
      await openDispute(id, input);
      haptic.success();
      navigate({ name: 'request', id }, { replace: true });
    } catch (e) {
      haptic.error();
      setFailure(describeError(e, i18n));
    }
    setSubmitting(false);
  };

  return (
    <Page back={{ name: 'request', id }} title={t('app-dispute-title')}>
      {request.status === 'loading' ? <PageSkeleton cards={1} /> : null}
      {request.status === 'error' ? <ErrorState error={request.error} onRetry={request.reload} /> : null}
      {request.status === 'ready' ? (
        request.data.status === 'delivered' ? (
          <>
            <p className="page-lead">
              {t('app-dispute-about-before')}
              <strong>{request.data.title}</strong>
              {t('app-dispute-about-after')}
            </p>
            {failure ? <Notice tone="danger">{failure}</Notice> : null}
            <DisputeForm onSubmit={submit} submitting={submitting} />
          </>
        ) : (
          <Notice
            tone="info"
            action={
              <Button variant="secondary" onClick={() => navigate({ name: 'request', id }, { replace: true })}>
                {t('app-dispute-back')}
              </Button>
            }
          >
            {request.data.status === 'disputed' ? t('app-dispute-already') : t('app-dispute-not-now')}
          </Notice>
        )
      ) : null}
    </Page>
  );
}
