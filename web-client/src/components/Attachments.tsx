import { useId, useState } from 'react';
import type { AttachmentInfo } from '@/api/types';
import { useI18n } from '@/i18n/I18n';

/** The address of an attachment's bytes: the original, or an image's display size or thumbnail. */
export const attachmentUrl = (id: number, variant: 'Original' | 'Display' | 'Thumbnail' = 'Original') =>
  `/api/attachments/${id}${variant === 'Original' ? '' : `?variant=${variant}`}`;

/** Thumbnails of a record's photos (each opens the viewer) and links to its PDFs. */
export function AttachmentList({ items, label }: { items: AttachmentInfo[]; label: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<AttachmentInfo | null>(null);
  if (items.length === 0) return <p>{t('files.none')}</p>;
  return (
    <>
      <ul className="attachments" aria-label={label}>
        {items.map((a) => (
          <li key={a.id} className="attachments__item">
            {a.isImage ? (
              <button type="button" className="attachments__thumb" onClick={() => setOpen(a)}>
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
      {open && (
        <div className="viewer" role="dialog" aria-modal="true" aria-label={open.name}>
          <img src={attachmentUrl(open.id, 'Display')} alt={open.name} />
          <p className="actions">
            <a className="button button--secondary" href={attachmentUrl(open.id)} download={open.name}>
              {t('files.original')}
            </a>
            <button type="button" className="button button--primary" autoFocus onClick={() => setOpen(null)}>
              {t('files.close')}
            </button>
          </p>
        </div>
      )}
    </>
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
