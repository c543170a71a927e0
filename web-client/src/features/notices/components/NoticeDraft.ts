import type { Category, ConfirmNoticeCommand, NoticePreview } from '@/api/types';
import type { Schemas } from '@/api/client';

type Account = Schemas['PreviewNoticeAccount'];

export type ItemDraft = { line: number; text: string; category: Category; departmentId: number | ''; keyword: string | null };

export type PetitionDraft = {
  number: number;
  line: number;
  submitterText: string;
  name: string;
  title: string;
  organisation: string;
  area: string;
  leadAgency: string;
  note: string;
  // The API writes null when no group leader's account has the organisation (the schema cannot say so for a $ref).
  account: Account | null;
  items: ItemDraft[];
};

export type SessionDraft = { code: string; title: string; heldOn: string; replyDeadline: string };

/** The preview as the screen edits it: strings for the inputs, turned back into the confirm command on sending. */
export type NoticeDraft = {
  documentId: number;
  importedSessionId: number | null;
  existingSessionId: number | null;
  /** The code of the existing session the preview found (the draft's code may be edited for a new one). */
  existingCode: string;
  useExisting: boolean;
  session: SessionDraft;
  petitions: PetitionDraft[];
};

export function draftOf(preview: NoticePreview): NoticeDraft {
  const { session } = preview;
  return {
    documentId: preview.document.id,
    importedSessionId: preview.document.importedSessionId,
    existingSessionId: session.existingSessionId,
    existingCode: session.code ?? '',
    useExisting: session.existingSessionId !== null,
    session: { code: session.code ?? '', title: session.title ?? '', heldOn: session.heldOn ?? '', replyDeadline: session.replyDeadline ?? '' },
    petitions: preview.petitions.map((p) => ({
      number: p.number,
      line: p.line,
      submitterText: p.submitterText,
      name: p.submitter.name,
      title: p.submitter.title,
      organisation: p.submitter.organisation,
      area: p.submitter.area ?? '',
      leadAgency: p.leadAgency,
      note: p.note ?? '',
      account: p.account,
      items: p.items.map((i) => ({ line: i.line, text: i.text, category: i.category, departmentId: i.departmentId ?? '', keyword: i.keyword })),
    })),
  };
}

export function commandOf(draft: NoticeDraft): ConfirmNoticeCommand {
  const existing = draft.useExisting && draft.existingSessionId !== null;
  const { session } = draft;
  return {
    documentId: draft.documentId,
    sessionId: existing ? draft.existingSessionId : null,
    // Either an existing session or a new one; the API refuses both (notice.session.required).
    session: existing
      ? null
      : { code: session.code.trim(), title: session.title.trim(), heldOn: session.heldOn, replyDeadline: session.replyDeadline },
    petitions: draft.petitions.map((p) => ({
      submitter: { name: p.name.trim(), title: p.title.trim(), organisation: p.organisation.trim(), area: p.area.trim() || null },
      leadAgency: p.leadAgency.trim(),
      note: p.note.trim() || null,
      items: p.items.map((i) => ({ text: i.text.trim(), category: i.category, departmentId: i.departmentId === '' ? null : i.departmentId, location: null })),
    })),
  };
}
