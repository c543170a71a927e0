import { useEffect, useRef, type ReactNode } from 'react';

/** The page's h1; it takes focus when the page opens so screen readers announce the new page. */
export function PageTitle({ children, sub }: { children: ReactNode; sub?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
    if (ref.current?.textContent) document.title = `${ref.current.textContent} – Kiến nghị`;
  }, []);
  return (
    <header className="page-title">
      <h1 ref={ref} tabIndex={-1}>
        {children}
      </h1>
      {sub && <p className="page-title__sub">{sub}</p>}
    </header>
  );
}
