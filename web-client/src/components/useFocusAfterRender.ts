import { useEffect, useRef } from 'react';

/**
 * Focus for what a button adds or removes ("+ Thêm nội dung"): the element `selector` names takes the focus once the
 * next render is on screen, so a keyboard or screen-reader user lands in the new row instead of staying on the button.
 */
export function useFocusAfterRender() {
  const target = useRef<string | null>(null);
  useEffect(() => {
    if (target.current === null) return;
    document.querySelector<HTMLElement>(target.current)?.focus();
    target.current = null;
  });
  return (selector: string) => {
    target.current = selector;
  };
}
