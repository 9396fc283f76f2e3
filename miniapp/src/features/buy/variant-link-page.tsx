import { isNotFound } from '@codepool/shared/client';
import { useEffect } from 'react';
import { ErrorState } from '../../components/error-state.tsx';
import { Page } from '../../components/page.tsx';
import { PageSkeleton } from '../../components/skeleton.tsx';
import { navigate } from '../../lib/router.ts';
import { useApi } from '../../lib/use-api.ts';
import { ListingNotFound } from './template-page.tsx';
import { getVariantLink } from './templates-api.ts';

/**
 * A `v_<variantId>` deep link: the start parameter names only the variant, so this asks which
 * listing it belongs to and replaces itself with that listing, the variant chosen.
 */
export function VariantLinkPage({ id }: { id: string }) {
  const link = useApi(`variant-link:${id}`, (signal) => getVariantLink(id, signal));
  useEffect(() => {
    if (link.status !== 'ready') return;
    navigate({ name: 'template', id: link.data.templateId, variantId: link.data.variantId }, { replace: true });
  }, [link]);
  return (
    <Page back={{ name: 'home' }}>
      {link.status === 'error' ? (
        isNotFound(link.error) ? (
          <ListingNotFound />
        ) : (
          <ErrorState error={link.error} onRetry={link.reload} />
        )
      ) : (
        <PageSkeleton />
      )}
    </Page>
  );
}
