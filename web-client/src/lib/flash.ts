/**
 * A message for the page the app goes to next, carried in the router's location state: after a step that takes the
 * case out of the user's sight ("Trả lại"), their list says what happened instead of the case's page being gone.
 */
export const withFlash = (message: string) => ({ state: { flash: message } });

export function flashOf(state: unknown): string | null {
  const flash = (state as { flash?: unknown } | null)?.flash;
  return typeof flash === 'string' ? flash : null;
}
