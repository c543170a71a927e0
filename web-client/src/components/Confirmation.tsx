import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '@/i18n/I18n';

/**
 * Asks once more before a step that cannot be undone: it takes the place of the buttons that opened it, takes the
 * focus so a screen reader reads the question, and offers the step and cancel.
 */
export function Confirmation({
  children,
  confirmLabel,
  pending,
  onConfirm,
  onCancel,
}: {
  children: ReactNode;
  confirmLabel: string;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div ref={box} tabIndex={-1} className="notice notice--warning" role="alert">
      <p>{children}</p>
      <div className="actions">
        <button type="button" className="button button--primary" disabled={pending} onClick={onConfirm}>
          {pending ? t('app.loading') : confirmLabel}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t('app.cancel')}
        </button>
      </div>
    </div>
  );
}
