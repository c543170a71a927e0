import type { SubmitPetitionCommand } from '@/api/types';

/**
 * The API's own rules for a petition (SubmitPetition.Validator), checked before sending so the form answers at
 * once. Same keys and the same messages as the API's 400; the API stays the judge.
 */
export function checkPetition(command: SubmitPetitionCommand): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const add = (key: string, message: string) => (errors[key] = [...(errors[key] ?? []), message]);
  if (!(command.sessionId > 0)) add('sessionId', 'Choose the session (hội nghị) the petition was raised at.');
  const s = command.submitter;
  if (!s.name) add('submitter.name', "The submitter's name is required.");
  else if (s.name.length > 200) add('submitter.name', "The submitter's name must be at most 200 characters.");
  if (!s.title) add('submitter.title', 'The submitter\'s title is required, e.g. "Tổ trưởng TDP số 19".');
  else if (s.title.length > 200) add('submitter.title', "The submitter's title must be at most 200 characters.");
  if (!s.organisation) add('submitter.organisation', 'The organisation is required, e.g. "TDP số 19" or "Chi bộ 13".');
  else if (s.organisation.length > 200) add('submitter.organisation', 'The organisation must be at most 200 characters.');
  if ((s.area ?? '').length > 100) add('submitter.area', 'The area must be at most 100 characters.');
  if (command.items.length === 0) add('items', 'A petition needs at least one item.');
  if (command.items.length > 50) add('items', `A petition may have at most 50 items (it has ${command.items.length}).`);
  command.items.forEach((item, i) => {
    if (!item.text) add(`items[${i}].text`, 'Say what the item asks for.');
    else if (item.text.length > 4000) add(`items[${i}].text`, `Item text must be at most 4000 characters (it has ${item.text.length}).`);
    if ((item.location ?? '').length > 300) add(`items[${i}].location`, 'Location must be at most 300 characters.');
  });
  return errors;
}
