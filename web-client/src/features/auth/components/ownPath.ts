/**
 * The page a sign-in was asked for (`/sign-in?next=/cases/16`), when it is a path of this site: anything that would
 * leave it (`//host`, `/\host`, `https://…`, `javascript:`) or lead back to the sign-in page is ignored.
 */
export function ownPath(next: string | null): string | null {
  if (!next?.startsWith('/')) return null;
  let url: URL;
  try {
    url = new URL(next, window.location.origin);
  } catch {
    return null;
  }
  if (url.origin !== window.location.origin || url.pathname === '/sign-in') return null;
  return url.pathname + url.search + url.hash;
}
