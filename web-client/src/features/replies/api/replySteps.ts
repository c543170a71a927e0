import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';

/** A letter's steps after the draft (DESIGN.md): each is one POST that moves the reply on. */
export type ReplyStep = 'submit' | 'return' | 'sign' | 'register' | 'send';

/**
 * POST /api/replies/{id}/submit (for signature), /return {reason} (back to draft), /sign, /register (number and date
 * given; its cases become Replied) and /send. The five calls of one lifecycle, kept together.
 */
export function replyStep({ id, step, reason }: { id: number; step: ReplyStep; reason?: string }) {
  const path = { params: { path: { id } } };
  switch (step) {
    case 'submit':
      return unwrap(api.POST('/api/replies/{id}/submit', path));
    case 'return':
      return unwrap(api.POST('/api/replies/{id}/return', { ...path, body: { reason: reason ?? '' } }));
    case 'sign':
      return unwrap(api.POST('/api/replies/{id}/sign', path));
    case 'register':
      return unwrap(api.POST('/api/replies/{id}/register', path));
    case 'send':
      return unwrap(api.POST('/api/replies/{id}/send', path));
  }
}

export function useReplyStep() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: replyStep,
    // Registration changes the cases too: read everything again.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
