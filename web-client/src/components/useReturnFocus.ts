import { useEffect, useRef } from 'react';

/** When a form or a confirmation that replaced some buttons closes, the focus goes back to a button, not to the page. */
export function useReturnFocus(open: boolean, target: () => HTMLElement | null) {
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current && !open) target()?.focus();
    wasOpen.current = open;
  });
}
