import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { problemMessage, problemTables, type ProblemArgs } from './problems';

// Every code the API can send, as its OpenAPI document lists them (the .NET suite checks the list is complete).
const document = JSON.parse(readFileSync(resolve(__dirname, '../../openapi.json'), 'utf8')) as {
  components: { schemas: { ProblemCode: { enum: string[] } } };
};
const codes = document.components.schemas.ProblemCode.enum;

// The args each code comes with, as the API sends them (see the code's use in api/Petitions.Api); a code not listed
// here has none. Length rules give {max, actual} (or {min, actual}) by themselves.
const samples: Record<string, ProblemArgs> = {
  accountLocked: { retryAfterSeconds: 900 },
  tooManyRequests: { retryAfterSeconds: 42 },
  otherOrganisation: { organisation: 'TDP số 19' },
  notFound: { resource: 'Case', id: 999 },
  payloadTooLarge: { limitKiB: 1024 },
  'text.controlCharacter': { position: 7 },
  'text.invalidCharacter': { position: 2 },
  transitionRefused: { action: 'Refer', from: 'Referred', allowed: ['Received', 'Assigned', 'InProgress'] },
  staleVersion: { resource: 'Case', id: 5, expected: 3, actual: 4 },
  casesNotRoutable: {
    caseIds: [3, 5],
    refusals: [
      { caseId: 3, reason: 'staleVersion', status: 'Received', expected: 1, actual: 2 },
      { caseId: 5, reason: 'notReceived', status: 'Assigned', expected: null, actual: 2 },
    ],
    allowed: ['Received'],
  },
  casesNotFound: { resource: 'Case', caseIds: [7, 987654] },
  'case.route.cases.tooMany': { max: 100, actual: 101 },
  'case.route.cases.repeated': { caseIds: [4] },
  'cases.submittedTo.beforeFrom': { from: '2026-04-20', to: '2026-04-10' },
  sessionClosed: { session: '2026-Q2' },
  sessionDeadlinePassed: { session: '2026-Q1', replyDeadline: '2026-04-20' },
  calendarYearSeeded: { year: 2026 },
  'calendar.days.tooMany': { max: 30, actual: 31 },
  'calendar.day.date.otherYear': { year: 2030 },
  'case.reopen.dueDate.past': { today: '2026-04-21' },
  sessionAlreadyReported: { session: '2026-Q1', reportedOn: '2026-04-21', reportedBy: 'partyoffice' },
  sessionCodeTaken: { code: '2026-Q1' },
  departmentCodeTaken: { code: 'KT-HT-DT' },
  wardCodeTaken: { code: 'trung-hoa' },
  'ward.departments.tooMany': { max: 50, actual: 51 },
  usernameTaken: { username: 'leader19' },
  idempotencyKeyReused: { key: '6f1c…', petitionId: 7 },
  replyStepRefused: { replyId: 3, action: 'Register', from: 'Draft', allowed: ['Signed'] },
  replySignerMissing: { replyId: 3 },
  signerIsDefault: { id: 2 },
  'reply.results.caseNotCovered': { caseId: 12 },
  replyCaseNotReady: { caseId: 12, status: 'Received', allowed: ['Resolved', 'Referred'] },
  referredCaseNotReplied: { caseId: 12 },
  caseCorrectionUnchanged: { caseId: 12 },
  caseCorrectionAfterLetter: { caseId: 12, replyId: 3, replyStatus: 'Signed' },
  'body.expectedString': { got: 'number' },
  'body.unknownName': { value: 'Noise', allowed: ['Flooding', 'Security', 'Other'] },
  'query.invalidValue': { value: 'Nope', expected: 'oneOf', allowed: ['Received', 'InProgress'] },
  'ifMatch.invalid': { value: 'abc' },
  'document.format.unknown': { value: 'pdf', allowed: ['docx', 'html'] },
  'petition.sessionId.unknown': { id: 9 },
  'petition.items.tooMany': { max: 50, actual: 51 },
  'notice.petitions.tooMany': { max: 200, actual: 201 },
  'notice.keywords.tooMany': { max: 500, actual: 501 },
  'case.assign.dueDate.past': { today: '2026-04-21' },
  'cases.limit.outOfRange': { min: 1, max: 200 },
  'notifications.limit.outOfRange': { min: 1, max: 100 },
  'activity.limit.outOfRange': { min: 1, max: 200 },
  'case.close.rating.outOfRange': { min: 1, max: 5 },
  'notifications.email.tooLong': { max: 320, actual: 321 },
  'departmentId.unknown': { id: 9 },
  'reply.petitionId.unknown': { id: 9 },
  'reply.caseIds.otherPetition': { caseId: 12 },
  'user.password.tooShort': { min: 10, actual: 4 },
  'user.wardId.required': { role: 'Dispatcher' },
  attachmentNotNow: { kind: 'Intake', status: 'Assigned', allowed: ['Received'] },
  attachmentsRecordFull: { maxFiles: 10, maxKiB: 61440, files: 10, kiB: 14520 },
  'attachment.type.unsupported': { allowed: ['JPEG', 'PNG', 'WebP', 'HEIC', 'PDF'] },
  'attachment.image.unreadable': { type: 'Jpeg' },
  'attachment.kind.unknown': { value: 'Later', allowed: ['Intake', 'Before', 'After'] },
  replyNotOut: { replyId: 3, status: 'Draft' },
};
const argsOf = (code: string) => samples[code] ?? (code.endsWith('.tooLong') ? { max: 200, actual: 212 } : {});

describe('the messages of refusals', () => {
  it.each(codes)('%s has a message in Vietnamese and in English, every placeholder filled', (code) => {
    for (const lang of ['vi', 'en'] as const) {
      expect((problemTables[lang] as Record<string, unknown>)[code], `no ${lang} message for ${code}`).toBeDefined();
      const text = problemMessage(lang, code, argsOf(code));
      expect(text).not.toMatch(/\{\w+\}/);
      expect(text).not.toMatch(/undefined|null|NaN|\[object/);
      expect(text).not.toContain('“”');
      expect(text.length).toBeGreaterThan(10);
    }
    expect(problemMessage('vi', code, argsOf(code))).not.toBe(problemMessage('en', code, argsOf(code)));
  });

  it('have samples only for codes the API sends', () => {
    expect(Object.keys(samples).filter((code) => !codes.includes(code))).toEqual([]);
  });

  it('word statuses, actions and roles as the screens do, and dates as dd/MM/yyyy', () => {
    expect(problemMessage('vi', 'transitionRefused', samples.transitionRefused)).toBe(
      'Không thể thực hiện “Chuyển cơ quan có thẩm quyền” với nội dung đang ở trạng thái “Đã chuyển cơ quan có thẩm quyền”; chỉ được khi nội dung ở trạng thái “Đã tiếp nhận”, “Đã giao xử lý” hoặc “Đang xử lý”.',
    );
    expect(problemMessage('en', 'replyCaseNotReady', samples.replyCaseNotReady)).toBe(
      'Case 12 is “Received”; a reply can only cover cases that are “Resolved” or “Referred”.',
    );
    expect(problemMessage('vi', 'user.wardId.required', { role: 'Dispatcher' })).toBe(
      'Vai trò “Văn phòng HĐND và UBND” làm việc tại một phường: chọn phường.',
    );
    expect(problemMessage('vi', 'case.assign.dueDate.past', { today: '2026-04-21' })).toBe(
      'Thời hạn (rõ thời gian) không được trước hôm nay (21/04/2026).',
    );
    expect(problemMessage('en', 'sessionAlreadyReported', samples.sessionAlreadyReported)).toBe(
      'Session 2026-Q1 was already marked reported on 21/04/2026 (partyoffice).',
    );
    expect(problemMessage('vi', 'accountLocked', { retryAfterSeconds: 900 })).toBe('Đăng nhập sai quá nhiều lần. Thử lại sau 15 phút.');
    expect(problemMessage('en', 'accountLocked', { retryAfterSeconds: 60 })).toBe('Too many failed sign-ins. Try again in 1 minute.');
  });

  it('name a code this build does not know rather than show nothing', () => {
    expect(problemMessage('vi', 'somethingNew', {})).toBe('Không thực hiện được yêu cầu (mã lỗi: somethingNew).');
    expect(problemMessage('en', undefined)).toBe('The request could not be carried out (error code: —).');
  });
});
