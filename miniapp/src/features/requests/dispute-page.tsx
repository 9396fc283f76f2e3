import type { OpenDisputeInput } from '@codepool/shared';
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
      setFailure(describeError(e));
    }
    setSubmitting(false);
  };

  return (
    <Page back={{ name: 'request', id }} title="Report a problem">
      {request.status === 'loading' ? <PageSkeleton cards={1} /> : null}
      {request.status === 'error' ? <ErrorState error={request.error} onRetry={request.reload} /> : null}
      {request.status === 'ready' ? (
        request.data.status === 'delivered' ? (
          <>
            <p className="page-lead">
              About <strong>{request.data.title}</strong>. The seller answers with a replacement or a refund.
            </p>
            {failure ? <Notice tone="danger">{failure}</Notice> : null}
            <DisputeForm onSubmit={submit} submitting={submitting} />
          </>
        ) : (
          <Notice
            tone="info"
            action={
              <Button variant="secondary" onClick={() => navigate({ name: 'request', id }, { replace: true })}>
                Back to the purchase
              </Button>
            }
          >
            {request.data.status === 'disputed'
              ? 'You have already reported a problem with this purchase.'
              : 'Problems can be reported on a delivered purchase, within the dispute window.'}
          </Notice>
        )
      ) : null}
    </Page>
  );
}
