import { type DownloadLink, isImageContentType, type RevealedFile } from '@codepool/shared';
import type { Translator } from '@codepool/shared/i18n';
import { useI18n } from '@codepool/shared/i18n/react';
import { useRef, useState } from 'react';
import { Button } from '../../components/button.tsx';
import { DownloadIcon } from '../../components/icons.tsx';
import { Notice } from '../../components/notice.tsx';
import { describeError } from '../../lib/api-client.ts';
import { haptic, saveFile } from '../../lib/telegram.ts';

export type NewLink = (requestId: string, itemId: string) => Promise<DownloadLink>;

type RevealedFileProps = { requestId: string; itemId: string; file: RevealedFile; newLink: NewLink };

/** Format names are the same in every language; plain text is a word, so it is translated. */
const TYPE_LABEL: Record<string, string> = {
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/webp': 'WebP',
  'image/gif': 'GIF',
  'application/pdf': 'PDF',
  'application/zip': 'ZIP',
};

/** A file's size in the reader's units and digits: "600.0 KB", "600,0 КБ" (as shared's formatBytes, translated). */
function formatSize({ t, number }: Pick<Translator, 't' | 'number'>, bytes: number): string {
  const oneDecimal = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
  if (bytes < 1000) return t('app-size-bytes', { size: number(bytes) });
  if (bytes < 1_000_000) return t('app-size-kb', { size: number(bytes / 1000, oneDecimal) });
  return t('app-size-mb', { size: number(bytes / 1_000_000, oneDecimal) });
}

/** A link still good for a moment: Telegram's downloader may take a few seconds to fetch it. */
const MARGIN_MS = 20_000;

/** Absolute, as Telegram's downloader needs it; the API is on the app's own origin. */
const absolute = (url: string) => new URL(url, window.location.origin).href;

/**
 * A delivered file or image after Reveal. Every link is single-use and lives five minutes: the
 * one from the reveal is used first, and every later need (a second download, an image that
 * failed to load, a link past its time) asks the server for a fresh one. An image that fails
 * with a fresh link too says so instead of asking again and again.
 */
export function RevealedFileView({ requestId, itemId, file, newLink }: RevealedFileProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const image = isImageContentType(file.contentType);
  // An image's <img> spends the reveal's link; a file keeps it for its first Download.
  const unused = useRef<DownloadLink | null>(image ? null : file.download);
  const [imageSrc, setImageSrc] = useState(file.download.url);
  const [imageRetried, setImageRetried] = useState(false);
  const [imageFailed, setImageFailed] = useState(false);
  const [saving, setSaving] = useState(false);
  const [note, setNote] = useState<{ tone: 'danger' | 'info'; text: string } | null>(null);

  /** The reveal's link if it is unspent and not about to expire, else a new one. */
  const takeLink = async (): Promise<DownloadLink> => {
    const link = unused.current;
    unused.current = null;
    if (link && Date.parse(link.expiresAt) - Date.now() > MARGIN_MS) return link;
    return newLink(requestId, itemId);
  };

  const onImageError = async () => {
    if (imageRetried) {
      setImageFailed(true);
      return;
    }
    setImageRetried(true);
    try {
      setImageSrc((await newLink(requestId, itemId)).url);
    } catch (e) {
      setImageFailed(true);
      setNote({ tone: 'danger', text: describeError(e, i18n) });
    }
  };

  const onSave = async () => {
    haptic.tap();
    setSaving(true);
    setNote(null);
    try {
      const link = await takeLink();
      const outcome = await saveFile(absolute(link.url), file.name);
      if (outcome === 'cancelled') setNote({ tone: 'info', text: t('app-file-download-cancelled') });
      else haptic.success();
    } catch (e) {
      haptic.error();
      setNote({ tone: 'danger', text: t('app-file-download-failed', { reason: describeError(e, i18n) }) });
    } finally {
      setSaving(false);
    }
  };

  const type = file.contentType === 'text/plain' ? t('app-file-type-text') : TYPE_LABEL[file.contentType];
  const meta = `${type ?? file.contentType} · ${formatSize(i18n, file.size)}`;
  return (
    <div className="revealed-file" data-testid="revealed-file">
      {image && !imageFailed ? (
        <img
          className="revealed-image"
          src={imageSrc}
          alt={file.name}
          onError={onImageError}
          referrerPolicy="no-referrer"
        />
      ) : null}
      {image && imageFailed ? <Notice tone="danger">{t('app-file-image-failed')}</Notice> : null}
      <div className="revealed-file-row">
        <span className="revealed-file-text">
          <span className="revealed-file-name" data-testid="file-name">
            {file.name}
          </span>
          <span className="row-subtitle">{meta}</span>
        </span>
        <Button variant="secondary" loading={saving} onClick={onSave} icon={<DownloadIcon size={18} />}>
          {image ? t('app-file-save') : t('app-file-download')}
        </Button>
      </div>
      {note ? <Notice tone={note.tone}>{note.text}</Notice> : null}
    </div>
  );
}
