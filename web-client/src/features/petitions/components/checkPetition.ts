import type { ProblemCode, SubmitPetitionCommand } from '@/api/types';
import type { FieldCodes } from '@/components/CommandError';

/**
 * The API's own rules for a petition (SubmitPetition.Validator), checked before sending so the form answers at
 * once. Same keys, codes and args as the API's 400 (its fieldCodes); the API stays the judge.
 */
export function checkPetition(command: SubmitPetitionCommand): FieldCodes {
  const errors: FieldCodes = {};
  const add = (key: string, code: ProblemCode, args: Record<string, unknown> = {}) =>
    (errors[key] = [...(errors[key] ?? []), { code, args }]);
  const tooLong = (key: string, code: ProblemCode, value: string | null | undefined, max: number) => {
    const actual = (value ?? '').length;
    if (actual > max) add(key, code, { max, actual });
  };
  if (!(command.sessionId > 0)) add('sessionId', 'petition.sessionId.required');
  const s = command.submitter;
  if (!s.name) add('submitter.name', 'petition.submitter.name.required');
  else tooLong('submitter.name', 'petition.submitter.name.tooLong', s.name, 200);
  if (!s.title) add('submitter.title', 'petition.submitter.title.required');
  else tooLong('submitter.title', 'petition.submitter.title.tooLong', s.title, 200);
  if (!s.organisation) add('submitter.organisation', 'petition.submitter.organisation.required');
  else tooLong('submitter.organisation', 'petition.submitter.organisation.tooLong', s.organisation, 200);
  tooLong('submitter.area', 'petition.submitter.area.tooLong', s.area, 100);
  if (command.items.length === 0) add('items', 'petition.items.required');
  if (command.items.length > 50) add('items', 'petition.items.tooMany', { max: 50, actual: command.items.length });
  command.items.forEach((item, i) => {
    if (!item.text) add(`items[${i}].text`, 'petition.item.text.required');
    else tooLong(`items[${i}].text`, 'petition.item.text.tooLong', item.text, 4000);
    tooLong(`items[${i}].location`, 'petition.item.location.tooLong', item.location, 300);
  });
  return errors;
}
