import { ButtonLink } from '../../components/button.tsx';
import { EmptyState } from '../../components/states.tsx';

export function NotFoundPage() {
  return (
    <EmptyState
      title="Page not found"
      action={
        <ButtonLink variant="secondary" to="/pools">
          Go to your pools
        </ButtonLink>
      }
    >
      This address is not part of the dashboard.
    </EmptyState>
  );
}
