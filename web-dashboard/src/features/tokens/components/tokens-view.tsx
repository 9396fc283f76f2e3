import { API_TOKEN_SCOPES, type ApiToken, type ApiTokenScope } from '@codepool/shared';
import { formatDateTime } from '@codepool/shared/client';
import { type FormEvent, useState } from 'react';
import { Badge } from '../../../components/badge.tsx';
import { Button } from '../../../components/button.tsx';
import { Card } from '../../../components/card.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { TextField } from '../../../components/field.tsx';
import { CheckIcon, CopyIcon, KeyIcon } from '../../../components/icons.tsx';
import { EmptyState, ErrorState, InlineError, LoadingState } from '../../../components/states.tsx';
import { toast } from '../../../components/toast.tsx';
import { useCreateToken } from '../api/create-token.ts';
import { useTokens } from '../api/list-tokens.ts';
import { useRevokeToken } from '../api/revoke-token.ts';

const SCOPES: Record<ApiTokenScope, string> = {
  'pools:read': 'Read pools and items',
  'pools:write': 'Add items, import, undo',
  'templates:write': 'Manage listings',
  'requests:read': 'Read orders',
  'requests:write': 'Deliver orders by hand, answer disputes (refund or replace)',
  'ledger:read': 'Read your balance and ledger',
  'audit:read': 'Read your audit trail',
};

function NewToken({ token, onDone }: { token: string; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="token-once" data-testid="new-token">
      <div className="token-once-head">
        <strong>Copy your new token now.</strong> It is shown this once; Codepool keeps only its hash.
      </div>
      <div className="token-value">
        <code className="mono">{token}</code>
        <Button
          variant="secondary"
          size="sm"
          icon={copied ? <CheckIcon /> : <CopyIcon />}
          onClick={() =>
            navigator.clipboard.writeText(token).then(
              () => setCopied(true),
              () => toast('Copy failed: select the token and copy it by hand', 'error'),
            )
          }
        >
          {copied ? 'Copied' : 'Copy'}
        </Button>
      </div>
      <p className="muted small">
        Send it as <code>Authorization: Bearer {token.slice(0, 6)}…</code> from your supplier tools.
      </p>
      <Button variant="secondary" size="sm" onClick={onDone}>
        I have stored it
      </Button>
    </div>
  );
}

function CreateTokenForm() {
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Set<ApiTokenScope>>(new Set(API_TOKEN_SCOPES));
  const [shown, setShown] = useState<string | null>(null);
  const create = useCreateToken();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      { name: name.trim(), scopes: [...scopes] },
      {
        onSuccess: (r) => {
          setShown(r.token);
          setName('');
          create.reset();
        },
      },
    );
  };
  if (shown) return <NewToken token={shown} onDone={() => setShown(null)} />;
  return (
    <form className="form" onSubmit={submit}>
      <TextField
        label="Name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        placeholder="Supplier sync"
        required
        maxLength={60}
        hint="So you know which tool uses it."
      />
      <fieldset className="fieldset">
        <legend>May</legend>
        <div className="scope-grid">
          {API_TOKEN_SCOPES.map((s) => (
            <label key={s} className="inline-check">
              <input
                type="checkbox"
                checked={scopes.has(s)}
                onChange={(e) =>
                  setScopes((old) => {
                    const next = new Set(old);
                    if (e.target.checked) next.add(s);
                    else next.delete(s);
                    return next;
                  })
                }
              />
              <span>
                {SCOPES[s]} <code className="muted small">{s}</code>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <InlineError error={create.error} />
      <div>
        <Button type="submit" variant="primary" loading={create.isPending} disabled={scopes.size === 0 || !name.trim()}>
          Create token
        </Button>
      </div>
    </form>
  );
}

/** API tokens for the seller's own tools: create (shown once), list, revoke. */
export function TokensView() {
  const tokens = useTokens();
  const revoke = useRevokeToken();
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  return (
    <div className="grid-2-1">
      <Card title="Your tokens" padded={false}>
        {tokens.isPending ? (
          <div className="pad">
            <LoadingState />
          </div>
        ) : tokens.isError ? (
          <div className="pad">
            <ErrorState error={tokens.error} onRetry={() => tokens.refetch()} />
          </div>
        ) : tokens.data.length === 0 ? (
          <EmptyState icon={<KeyIcon size={28} />} title="No API tokens">
            Create one to push stock from a supplier feed or a script.
          </EmptyState>
        ) : (
          <div className="table-wrap">
            <table className="table" data-testid="tokens-table">
              <thead>
                <tr>
                  <th>Name</th>
                  <th>Scopes</th>
                  <th>Created</th>
                  <th>Last used</th>
                  <th>Status</th>
                  <th aria-label="Actions" />
                </tr>
              </thead>
              <tbody>
                {tokens.data.map((t) => (
                  <tr key={t.id} className={t.revokedAt ? 'row-muted' : undefined}>
                    <td className="row-title">{t.name}</td>
                    <td>
                      <span className="chips">
                        {t.scopes.map((s) => (
                          <code key={s} className="chip">
                            {s}
                          </code>
                        ))}
                      </span>
                    </td>
                    <td className="nowrap">{formatDateTime(t.createdAt)}</td>
                    <td className="nowrap">
                      {t.lastUsedAt ? formatDateTime(t.lastUsedAt) : <span className="muted">Never</span>}
                    </td>
                    <td>{t.revokedAt ? <Badge tone="gray">Revoked</Badge> : <Badge tone="green">Active</Badge>}</td>
                    <td className="actions">
                      {!t.revokedAt && (
                        <Button size="sm" variant="plain" onClick={() => setRevoking(t)}>
                          Revoke
                        </Button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      <Card title="New token" description="Tokens act as you, within their scopes. Keep them out of code repositories.">
        <CreateTokenForm />
      </Card>
      {revoking && (
        <ConfirmDialog
          title={`Revoke “${revoking.name}”?`}
          confirmLabel="Revoke token"
          danger
          busy={revoke.isPending}
          error={revoke.error}
          onClose={() => {
            setRevoking(null);
            revoke.reset();
          }}
          onConfirm={() =>
            revoke.mutate(revoking.id, {
              onSuccess: () => {
                toast(`Revoked “${revoking.name}”`);
                setRevoking(null);
              },
            })
          }
        >
          <p>Anything still using it is refused from its next request. This cannot be undone.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
