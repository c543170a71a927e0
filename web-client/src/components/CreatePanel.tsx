import { useRef, useState, type ReactNode } from 'react';
import { useReturnFocus } from './useReturnFocus';

/** A "new …" button that opens its form in a panel; closing the form gives the focus back to the button. */
export function CreatePanel({ label, onOpen, children }: { label: string; onOpen: () => void; children: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  useReturnFocus(open, () => button.current);

  return open ? (
    <div className="panel">{children(() => setOpen(false))}</div>
  ) : (
    <p className="actions">
      <button
        ref={button}
        type="button"
        className="button button--primary"
        aria-expanded={false}
        onClick={() => {
          onOpen();
          setOpen(true);
        }}
      >
        {label}
      </button>
    </p>
  );
}
