/** After a refusal, the first marked field takes the focus, so a keyboard or screen-reader user lands on it. */
export function focusInvalid(root: HTMLElement | null) {
  requestAnimationFrame(() => root?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
