import { api, unwrap } from '@/api/client';
import type { NoteKind } from '@/api/types';

/** POST /api/cases/{id}/notes: an internal note (staff only) or a progress update (the group leader reads it). */
export const addNote = (id: number, etag: string, kind: NoteKind, text: string) =>
  unwrap(api.POST('/api/cases/{id}/notes', { params: { path: { id }, header: { 'If-Match': etag } }, body: { kind, text } }));
