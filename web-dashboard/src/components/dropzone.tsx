import { useT } from '@codepool/shared/i18n/react';
import { type ReactNode, useState } from 'react';
import { UploadIcon } from './icons.tsx';

/**
 * Where files are dropped: highlighted while something is dragged over it, hands the dropped
 * files on. `children` hold the keyboard path (a button opening a file input) and the hints.
 */
export function Dropzone({
  title,
  onFiles,
  children,
}: {
  title: string;
  onFiles: (files: FileList) => void;
  children: ReactNode;
}) {
  const t = useT();
  const [dragging, setDragging] = useState(false);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the button inside is the keyboard path
    <div
      className={`dropzone ${dragging ? 'dropzone-over' : ''}`}
      data-testid="dropzone"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        onFiles(e.dataTransfer.files);
      }}
    >
      <UploadIcon size={28} />
      <p className="dropzone-title">{title}</p>
      <p className="muted">{t('dash-ui-or')}</p>
      {children}
    </div>
  );
}
