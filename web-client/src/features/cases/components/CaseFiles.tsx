import { useState } from 'react';
import type { AttachmentKind, CaseDetail } from '@/api/types';
import { useAttachToCase } from '@/api/attachments/attachToCase';
import { useCaseAttachments } from '@/api/attachments/listCaseAttachments';
import { AttachmentList, FilePicker, UploadFailures, type UploadFailure } from '@/components/Attachments';
import { QueryView } from '@/components/States';
import { useI18n } from '@/i18n/I18n';
import { useUser } from '@/lib/auth';

const resultStatuses = ['Assigned', 'InProgress', 'Resolved'];

/** The case's photos and PDFs, and where the user may add some: the submitter in triage, the department with the result. */
export function CaseFiles({ detail: c }: { detail: CaseDetail }) {
  const { t } = useI18n();
  const user = useUser();
  const files = useCaseAttachments(c.id);
  const attach = useAttachToCase();
  const [failures, setFailures] = useState<UploadFailure[]>([]);
  // One file at a time; each refused one is named with its reason.
  const upload = async (kind: AttachmentKind, picked: File[]) => {
    const failed: UploadFailure[] = [];
    for (const file of picked) {
      try {
        await attach.mutateAsync({ caseId: c.id, file, kind });
      } catch (error) {
        failed.push({ name: file.name, error });
      }
    }
    setFailures(failed);
  };
  const intake = (user.role === 'GroupLeader' || user.role === 'Dispatcher') && c.status === 'Received';
  const result = user.role === 'DepartmentOfficer' && resultStatuses.includes(c.status);
  return (
    <section aria-labelledby="case-files" className="panel">
      <h2 id="case-files">{t('files.heading')}</h2>
      <QueryView query={files}>{(items) => <AttachmentList items={items} label={t('files.heading')} />}</QueryView>
      {intake && <FilePicker label={t('files.addPhotos')} disabled={attach.isPending} onPick={(picked) => void upload('Intake', picked)} />}
      {result && (
        <>
          <FilePicker label={t('files.addBefore')} camera={false} disabled={attach.isPending} onPick={(picked) => void upload('Before', picked)} />
          <FilePicker label={t('files.addResult')} disabled={attach.isPending} onPick={(picked) => void upload('After', picked)} />
        </>
      )}
      {attach.isPending && <p role="status">{t('files.uploading')}</p>}
      <UploadFailures failures={failures} />
    </section>
  );
}
