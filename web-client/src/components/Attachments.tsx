import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '@/api/client';
import type { AttachmentInfo } from '@/api/types';
import { useI18n } from '@/i18n/I18n';

/** The address of an attachment's bytes: the original, or an image's display size or thumbnail. */
export const attachmentUrl = (id: number, variant: 'Original' | 'Display' | 'Thumbnail' = 'Original') =>
  `/api/attachments/${id}${variant === 'Original' ? '' : `?variant=${variant}`}`;

/** Thumbnails of a record's photos (each opens the viewer) and links to its PDFs. */
export function AttachmentList({ items, label }: { items: AttachmentInfo[]; label: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<AttachmentInfo | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const close = () => {
    setOpen(null);
    opener.current?.focus();
  };
  if (items.length === 0) return <p>{t('files.none')}</p>;
  return (
    <>
      <ul className="attachments" aria-label={label}>
        {items.map((a) => (
          <li key={a.id} className="attachments__item">
            {a.isImage ? (
              <button
                type="button"
                className="attachments__thumb"
                onClick={(e) => {
                  opener.current = e.currentTarget;
                  setOpen(a);
                }}>
                <img src={attachmentUrl(a.id, 'Thumbnail')} alt={t('files.open', { name: a.name })} loading="lazy" width={160} />
              </button>
            ) : (
              <a href={attachmentUrl(a.id)} download={a.name}>
                {t('files.download', { name: a.name })}
              </a>
            )}
            <span className="attachments__kind">{t(`files.kind.${a.kind}`)}</span>
          </li>
        ))}
      </ul>
      {open && <Viewer item={open} onClose={close} />}
    </>
  );
}

/** A photo at its display size over the page; Escape or the button closes it, the focus going back to its thumbnail. */
function Viewer({ item, onClose }: { item: AttachmentInfo; onClose: () => void }) {
  const { t } = useI18n();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="viewer" role="dialog" aria-modal="true" aria-label={t('files.viewer', { name: item.name })}>
      <img src={attachmentUrl(item.id, 'Display')} alt={item.name} />
      <p className="actions">
        <a className="button button--secondary" href={attachmentUrl(item.id)} download={item.name}>
          {t('files.original')}
        </a>
        <button type="button" className="button button--primary" autoFocus onClick={onClose}>
          {t('files.close')}
        </button>
      </p>
    </div>
  );
}

/** A file that was not attached, and why (the API's refusal). */
export type UploadFailure = { name: string; error: unknown; item?: number; caseId?: number };

/** Why an upload was refused, worded from the problem's code and args (never the API's English). */
export function useUploadReason() {
  const { t, problem } = useI18n();
  return (error: unknown) => {
    if (!(error instanceof ApiError)) return t('app.error');
    if (error.status === 0) return t('app.networkError');
    const fields = Object.values(error.fieldCodes).flat();
    if (error.status === 400 && fields.length > 0) return fields.map(problem).join(' ');
    return problem({ code: error.code ?? `HTTP ${error.status}`, args: error.args });
  };
}

/** Each file that was not attached, by name (and item), with the reason, and where to add it again. */
export function UploadFailures({ failures }: { failures: UploadFailure[] }) {
  const { t } = useI18n();
  const reason = useUploadReason();
  if (failures.length === 0) return null;
  return (
    <div className="notice notice--error" role="alert">
      <p>
        <strong>{t('files.failed', { count: failures.length })}</strong>
      </p>
      <ul className="plain-list">
        {failures.map((f, i) => (
          <li key={`${f.name}-${i}`}>
            {f.item === undefined ? t('files.failedFile', { name: f.name }) : t('files.failedItemFile', { name: f.name, n: f.item })}{' '}
            {reason(f.error)}
            {f.caseId !== undefined && (
              <>
                {' '}
                <Link to={`/cases/${f.caseId}`}>{t('files.addAgain', { n: f.item ?? '' })}</Link>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A file input that offers the phone's camera; photos and PDFs. */
export function FilePicker({ label, onPick, disabled, camera = true }: { label: string; onPick: (files: File[]) => void; disabled?: boolean; camera?: boolean }) {
  const id = useId();
  return (
    <p className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        multiple
        accept={camera ? 'image/*' : 'image/*,application/pdf'}
        capture={camera ? 'environment' : undefined}
        disabled={disabled}
        onChange={(e) => {
          onPick(Array.from(e.target.files ?? []));
          e.target.value = '';
        }}
      />
    </p>
  );
}
