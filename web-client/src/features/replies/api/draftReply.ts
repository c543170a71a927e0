import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { DraftReplyCommand } from '@/api/types';

/** POST /api/replies: a draft reply to a petition, covering some of its Resolved or Referred cases. */
export const draftReply = (command: DraftReplyCommand) => unwrap(api.POST('/api/replies', { body: command }));

export const useDraftReply = () => useMutation({ mutationFn: draftReply });
