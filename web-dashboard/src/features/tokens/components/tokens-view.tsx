import { API_TOKEN_SCOPES, type ApiToken, type ApiTokenScope } from '@codepool/shared';
import { useT } from '@codepool/shared/i18n/react';
import { type FormEvent, useState } from 'react';
import { Badge } from '../../../components/badge.tsx';
import { Button } from '../../../components/button.tsx';
import { Card } from '../../../components/card.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { TextField } from '../../../components/field.tsx';
import { CheckIcon, CopyIcon, KeyIcon } from '../../../components/icons.tsx';
import { EmptyState, ErrorState, InlineError, LoadingState } from '../../../components/states.tsx';
import { TableWrap } from '../../../components/table-wrap.tsx';
import { toast } from '../../../components/toast.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useCreateToken } from '../api/create-token.ts';
import { useTokens } from '../api/list-tokens.ts';
import { useRevokeToken } from '../api/revoke-token.ts';

/** A scope in its message's id (what the scope lets a token do): an id cannot hold the colon. */
const scopeKey = (scope: ApiTokenScope) => scope.replace(':', '-');

// Where the header goes in the usage sentence: the message places it, the markup wraps it as code.
const HEADER_SLOT = '\uE000';

function NewToken({ token, onDone }: { token: string; onDone: () => void }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const [beforeHeader, afterHeader = ''] = t('dash-token-usage', { header: HEADER_SLOT }).split(HEADER_SLOT);
  return (
    <div className="token-once" data-testid="new-token">
      <div className="token-once-head">
        <strong>{t('dash-token-new-lead')}</strong> {t('dash-token-new-text')}
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
              () => toast(t('dash-token-copy-failed'), 'error'),
            )
          }
        >
          {copied ? t('dash-token-copied') : t('dash-token-copy')}
        </Button>
      </div>
      <p className="muted small">
        {beforeHeader}
        <code>{`Authorization: Bearer ${token.slice(0, 6)}…`}</code>
        {afterHeader}
      </p>
      <Button variant="secondary" size="sm" onClick={onDone}>
        {t('dash-token-stored')}
      </Button>
    </div>
  );
}

function CreateTokenForm() {
  const t = useT();
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
        label={t('dash-tokens-field-name')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        placeholder={t('dash-tokens-name-placeholder')}
        required
        maxLength={60}
        hint={t('dash-tokens-name-hint')}
      />
      <fieldset className="fieldset">
        <legend>{t('dash-tokens-may')}</legend>
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
                {t(`dash-tokens-scope-${scopeKey(s)}`)} <code className="muted small">{s}</code>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <InlineError error={create.error} />
      <div>
        <Button type="submit" variant="primary" loading={create.isPending} disabled={scopes.size === 0 || !name.trim()}>
          {t('dash-tokens-create')}
        </Button>
      </div>
    </form>
  );
}

/** API tokens for the seller's own tools: create (shown once), list, revoke. */
export function TokensView() {
  const t = useT();
  const f = useFormat();
  const tokens = useTokens();
  const revoke = useRevokeToken();
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  return (
    <div className="grid-2-1">
      <Card title={t('dash-tokens-title')} padded={false}>
        {tokens.isPending ? (
          <div className="pad">
            <LoadingState />
          </div>
        ) : tokens.isError ? (
          <div className="pad">
            <ErrorState error={tokens.error} onRetry={() => tokens.refetch()} />
          </div>
        ) : tokens.data.length === 0 ? (
          <EmptyState icon={<KeyIcon size={28} />} title={t('dash-tokens-empty')}>
            {t('dash-tokens-empty-text')}
          </EmptyState>
        ) : (
          <TableWrap>
            <table className="table" data-testid="tokens-table">
              <thead>
                <tr>
                  <th>{t('dash-tokens-col-name')}</th>
                  <th>{t('dash-tokens-col-scopes')}</th>
                  <th>{t('dash-tokens-col-created')}</th>
                  <th>{t('dash-tokens-col-last-used')}</th>
                  <th>{t('dash-tokens-col-status')}</th>
                  <th>
                    <span className="sr-only">{t('dash-table-actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {tokens.data.map((token) => (
                  <tr key={token.id} className={token.revokedAt ? 'row-muted' : undefined}>
                    <td className="row-title">{token.name}</td>
                    <td>
                      <span className="chips">
                        {token.scopes.map((s) => (
                          <code key={s} className="chip" title={t(`dash-tokens-scope-${scopeKey(s)}`)}>
                            {s}
                          </code>
                        ))}
                      </span>
                    </td>
                    <td className="nowrap">{f.dateTime(token.createdAt)}</td>
                    <td className="nowrap">
                      {token.lastUsedAt ? (
                        f.dateTime(token.lastUsedAt)
                      ) : (
                        <span className="muted">{t('dash-tokens-never')}</span>
                      )}
                    </td>
                    <td>
                      {token.revokedAt ? (
                        <Badge tone="gray">{t('dash-token-status-revoked')}</Badge>
                      ) : (
                        <Badge tone="green">{t('dash-token-status-active')}</Badge>
                      )}
                    </td>
                    <td className="actions">
                      {!token.revokedAt && (
                        <Button size="sm" variant="plain" onClick={() => setRevoking(token)}>
                          {t('dash-token-revoke')}
                        </Button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </Card>
      <Card title={t('dash-tokens-new-title')} description={t('dash-tokens-new-description')}>
        <CreateTokenForm />
      </Card>
      {revoking && (
        <ConfirmDialog
          title={t('dash-token-revoke-title', { name: revoking.name })}
          confirmLabel={t('dash-token-revoke-confirm')}
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
                toast(t('dash-token-revoked', { name: revoking.name }));
                setRevoking(null);
              },
            })
          }
        >
          <p>{t('dash-token-revoke-text')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
