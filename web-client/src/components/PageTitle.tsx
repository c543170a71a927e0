import { useEffect, useRef, type ReactNode } from 'react';

// The first page of a visit starts at the top, where the skip link is; later pages are reached by the app's own
// navigation, which a screen reader does not announce, so their title takes the focus.
let firstPage = true;

/** The page's h1; on navigation within the app it takes focus so screen readers announce the new page. */
export function PageTitle({ children, sub }: { children: ReactNode; sub?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstPage) firstPage = false;
    else ref.current?.focus({ preventScroll: true });
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
