// Names for the generated schemas the screens use; the shapes come from schema.d.ts only.
import type { Schemas } from './client';

export type Me = Schemas['GetMeMe'];
export type Role = Schemas['Role'];
export type CaseStatus = Schemas['CaseStatus'];
export type Category = Schemas['Category'];
export type CaseAction = Schemas['CaseAction'];
export type CaseSummary = Schemas['CaseSummary'];
export type CaseDetail = Schemas['GetCaseCaseDetail'];
export type CaseChange = Schemas['CaseChange'];
export type CasesPage = Schemas['ListCasesPage'];
export type HistoryEntry = Schemas['GetCaseHistoryEntry'];
export type PetitionDetail = Schemas['GetPetitionPetitionDetail'];
export type SubmitPetitionCommand = Schemas['SubmitPetitionCommand'];
export type SessionSummary = Schemas['SessionSummary'];
export type Department = Schemas['ListDepartmentsDepartment'];
export type CategoryInfo = Schemas['ListCategoriesCategoryInfo'];
export type ReplyDetail = Schemas['GetReplyReplyDetail'];
export type AssignCommand = Schemas['AssignCaseCommand'];
export type DraftReplyCommand = Schemas['DraftReplyCommand'];
export type UserSummary = Schemas['UserSummary'];
export type CreateUserCommand = Schemas['CreateUserCommand'];
export type CreateSessionCommand = Schemas['CreateSessionCommand'];
export type UpdateUserCommand = Schemas['UpdateUserCommand'];
export type Ward = Schemas['ListWardsWard'];
export type CreateWardCommand = Schemas['CreateWardCommand'];
export type ProblemCode = Schemas['ProblemCode'];
export type FieldCode = Schemas['FieldCode'];
