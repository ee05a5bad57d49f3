import { useEffect } from 'react';
import { t } from '../../lib/i18n';

export interface ToastState {
  message: string;
  /** Restores what was just deleted. */
  undo?: () => Promise<void> | void;
}

/** A short status message with an optional Undo; disappears by itself after a while. */
export function Toast(props: { toast: ToastState | undefined; onDismiss: () => void; timeoutMs?: number }) {
  const { toast, onDismiss, timeoutMs = 10_000 } = props;
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(onDismiss, timeoutMs);
    return () => clearTimeout(timer);
  }, [toast, onDismiss, timeoutMs]);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast ? (
        <div className="toast card">
          <span>{toast.message}</span>
          {toast.undo ? (
            <button
              type="button"
              onClick={() => {
                const undo = toast.undo;
                onDismiss();
                void undo?.();
              }}
            >
              {t('action.undo')}
            </button>
          ) : null}
          <button type="button" aria-label={t('action.close')} onClick={onDismiss}>
            ×
          </button>
        </div>
      ) : null}
    </div>
  );
}
