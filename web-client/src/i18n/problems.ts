// What the screens say when the API refuses something, worded from the problem's code and args only (never from its
// English title, detail or errors). Both tables are keyed by the generated ProblemCode union, so a code the API
// gains without a message here, in either language, fails `npm run typecheck`.
import type { ProblemCode } from '@/api/types';
import { formatDate } from './format';
import type { Lang } from './I18n';
import { en as enWords, vi as viWords, type MessageKey } from './messages';

export type ProblemArgs = Record<string, unknown>;

/** A reply's status in one language's words (the screens' own labels of the letter's steps). */
const replyStatus = (words: Record<MessageKey, string>, name: unknown) =>
  (words as Record<string, string>)[`replyStatus.${String(name)}`] ?? String(name);

/** Enum names and dates as the screens word them, in one language. */
export type Words = {
  /** A value as text: numbers and strings as they are, lists joined. */
  text: (value: unknown) => string;
  status: (name: unknown) => string;
  action: (name: unknown) => string;
  role: (name: unknown) => string;
  /** Statuses, each quoted: “Đã giải quyết” hoặc “Đã chuyển cơ quan có thẩm quyền”. */
  statuses: (names: unknown) => string;
  /** "2026-04-21" → "21/04/2026". */
  date: (isoDate: unknown) => string;
};

/** A template with {arg} placeholders, or a function of the args for what a template cannot say. */
export type Message = string | ((args: ProblemArgs, w: Words) => string);

const vi: Record<ProblemCode, Message> = {
  validation: 'Chưa gửi được: có mục chưa hợp lệ.',
  badRequest: 'Yêu cầu không hợp lệ.',
  signInRequired: 'Bạn cần đăng nhập để tiếp tục.',
  signInRefused: 'Sai tên đăng nhập hoặc mật khẩu, hoặc tài khoản đã bị khóa.',
  accountLocked: (a) => `Đăng nhập sai quá nhiều lần. Thử lại sau ${minutes(a) ?? 'ít'} phút.`,
  tooManyRequests: 'Bạn gửi quá nhiều yêu cầu trong thời gian ngắn. Thử lại sau {retryAfterSeconds} giây.',
  forbidden: 'Tài khoản của bạn không có quyền làm việc này.',
  cityLevelReadOnly: 'Tài khoản cấp thành phố chỉ được xem; muốn thay đổi, hãy đăng nhập bằng tài khoản của phường.',
  otherOrganisation: 'Tổ trưởng chỉ gửi kiến nghị của tổ dân phố, chi bộ mình ({organisation}).',
  leadDepartmentOnly: 'Đơn vị của bạn chỉ phối hợp; chỉ đơn vị chủ trì thực hiện bước này (đơn vị phối hợp được thêm ghi chú).',
  'case.supporting.departmentIds.lead': 'Đơn vị chủ trì không đồng thời là đơn vị phối hợp.',
  'case.supporting.departmentIds.repeated': 'Mỗi đơn vị phối hợp chỉ chọn một lần.',
  'case.supporting.departmentIds.tooMany': 'Chọn tối đa 10 đơn vị phối hợp.',
  antiforgeryRejected: 'Phiên làm việc cần được làm mới. Tải lại trang rồi thử lại.',
  notFound: 'Không tìm thấy: hồ sơ không tồn tại hoặc bạn không có quyền xem.',
  methodNotAllowed: 'Máy chủ không hỗ trợ thao tác này.',
  payloadTooLarge: 'Dữ liệu gửi lên quá lớn (tối đa {limitKiB} KiB).',
  unsupportedMediaType: 'Máy chủ không nhận loại dữ liệu này.',
  internalError: 'Máy chủ gặp lỗi, chưa có gì thay đổi. Thử lại; nếu vẫn lỗi, hãy báo quản trị hệ thống.',
  storageFull: 'Bộ nhớ dữ liệu của hệ thống đã đầy nên chưa lưu được. Hãy báo quản trị hệ thống.',
  storageReadOnly: 'Hệ thống đang tạm thời chỉ cho xem nên chưa lưu được thay đổi. Thử lại sau.',
  storageBusy: 'Hệ thống đang bận nên chưa lưu được. Thử lại sau ít phút.',
  'attachment.file.required': 'Chọn ảnh hoặc tệp PDF để đính kèm.',
  'attachment.type.unsupported': 'Chỉ nhận ảnh (JPEG, PNG, WebP, HEIC) hoặc tệp PDF; tệp này không phải loại nào trong số đó.',
  'attachment.image.unreadable': 'Không đọc được ảnh này (tệp hỏng hoặc chưa tải hết). Hãy chụp lại hoặc gửi ảnh JPEG.',
  'attachment.kind.unknown': 'Loại tệp đính kèm không hợp lệ.',
  attachmentNotNow: (a, w) =>
    a.kind === 'Intake'
      ? `Chỉ đính kèm ảnh kiến nghị khi nội dung ở trạng thái ${w.statuses(a.allowed)}; nội dung đang “${w.status(a.status)}”.`
      : `Ảnh kết quả chỉ đính kèm khi nội dung ở trạng thái ${w.statuses(a.allowed)}; nội dung đang “${w.status(a.status)}”.`,
  attachmentsRecordFull: 'Mỗi nội dung hoặc văn bản chỉ đính kèm tối đa {maxFiles} tệp, tổng {maxKiB} KiB; đã có {files} tệp.',
  replyNotOut: 'Chỉ đính kèm bản scan có chữ ký khi văn bản trả lời đã được vào sổ, cho số.',

  transitionRefused: (a, w) =>
    `Không thể thực hiện “${w.action(a.action)}” với nội dung đang ở trạng thái “${w.status(a.from)}”; chỉ được khi nội dung ở trạng thái ${w.statuses(a.allowed)}.`,
  casesNotRoutable: (a, w) => `Chưa chuyển nội dung nào: ${refusalList(a, w, 'vi')}. Tải lại danh sách rồi chọn lại.`,
  casesNotFound: (a, w) => `Chưa chuyển nội dung nào: không tìm thấy nội dung ${caseNumbers(a, w)} (không tồn tại hoặc bạn không có quyền xem).`,
  'case.route.cases.required': 'Chọn ít nhất một nội dung để chuyển xử lý.',
  'case.route.cases.tooMany': 'Mỗi lần chuyển tối đa {max} nội dung; đang chọn {actual}.',
  'case.route.cases.repeated': (a, w) => `Mỗi nội dung chỉ chọn một lần (${caseNumbers(a, w)}).`,
  'cases.organisation.tooLong': 'Tên tổ dân phố, chi bộ tối đa {max} ký tự.',
  'cases.submittedTo.beforeFrom': (a, w) => `Ngày “đến” (${w.date(a.to)}) không được trước ngày “từ” (${w.date(a.from)}).`,
  staleVersion: 'Thao tác của bạn chưa được lưu vì hồ sơ đã thay đổi sau khi bạn mở. Tải lại để xem bản mới nhất rồi làm lại.',
  calendarYearSeeded: 'Ngày nghỉ năm {year} lấy từ dữ liệu Chính phủ đã công bố đầy đủ (seeds/holidays.json), không sửa ở đây.',
  'calendar.days.tooMany': 'Một năm có tối đa {max} ngày hoán đổi (đang nhập {actual}).',
  'calendar.days.duplicate': 'Mỗi ngày chỉ nhập một lần.',
  'calendar.day.required': 'Nhập ngày hoán đổi.',
  'calendar.day.name.required': 'Ghi tên ngày, ví dụ: Làm bù cho ngày 24/01/2028.',
  'calendar.day.name.tooLong': 'Tên ngày tối đa {max} ký tự.',
  'calendar.day.date.otherYear': 'Ngày phải thuộc năm {year}.',
  'calendar.day.date.wrongKind': 'Ngày làm bù là thứ Bảy hoặc Chủ nhật; ngày nghỉ bù là ngày trong tuần.',
  sessionClosed: 'Hội nghị {session} đã đóng tiếp nhận, không nhận thêm kiến nghị.',
  sessionDeadlinePassed: (a, w) => `Hội nghị ${w.text(a.session)} đã hết hạn nhận kiến nghị (hạn trả lời: trước ${w.date(a.replyDeadline)}). Hãy chọn hội nghị đang nhận kiến nghị.`,
  sessionAlreadyReported: (a, w) =>
    a.reportedOn
      ? `Hội nghị ${w.text(a.session)} đã được đánh dấu báo cáo ngày ${w.date(a.reportedOn)} (${w.text(a.reportedBy)}).`
      : `Hội nghị ${w.text(a.session)} vừa được đánh dấu đã báo cáo.`,
  sessionCodeTaken: 'Phường đã có hội nghị mã {code}.',
  departmentCodeTaken: 'Phường đã có phòng, ban mã {code}.',
  wardCodeTaken: 'Đã có phường mã {code}.',
  'ward.code.required': 'Nhập mã phường, ví dụ: trung-hoa.',
  'ward.code.format': 'Mã phường gồm 2–50 chữ thường không dấu, chữ số hoặc gạch ngang.',
  'ward.name.required': 'Nhập tên phường như văn bản in, ví dụ “Phường Trung Hòa”.',
  'ward.name.tooLong': 'Tên phường tối đa {max} ký tự.',
  'ward.superiorParty.required': 'Nhập Đảng bộ cấp trên, ví dụ “ĐẢNG BỘ THÀNH PHỐ HÀ NỘI”.',
  'ward.superiorParty.tooLong': 'Tên Đảng bộ cấp trên tối đa {max} ký tự.',
  'ward.departments.required': 'Phường cần ít nhất một phòng, ban.',
  'ward.departments.tooMany': 'Một phường có tối đa {max} phòng, ban (hiện có {actual}).',
  'ward.departments.duplicateCode': 'Mỗi phòng, ban cần một mã riêng.',
  usernameTaken: 'Đã có người dùng tên {username}.',
  idempotencyKeyReused: 'Mã gửi này đã được dùng cho kiến nghị số {petitionId} với nội dung khác. Tải lại trang để gửi kiến nghị mới.',
  cannotDisableSelf: 'Quản trị viên không thể tự khóa tài khoản của mình; hãy nhờ một quản trị viên khác.',
  replyStepRefused: (a) =>
    `Văn bản đang ở bước “${replyWords('vi', 'replyStatus', a.from)}”; “${replyWords('vi', 'replyAction', a.action)}” chỉ làm được khi văn bản ở bước ${(Array.isArray(a.allowed) ? a.allowed : []).map((s) => `“${replyWords('vi', 'replyStatus', s)}”`).join(' hoặc ')}.`,
  replySignerMissing: 'Văn bản chưa có người ký: sửa dự thảo để chọn người ký (hoặc nhờ quản trị chọn người ký mặc định).',
  signerIsDefault: 'Người ký này đang là người ký mặc định; hãy chọn người ký mặc định khác trước.',
  replyCaseNotReady: (a, w) =>
    `Nội dung số ${w.text(a.caseId)} đang ở trạng thái “${w.status(a.status)}”; văn bản trả lời chỉ gồm nội dung ở trạng thái ${w.statuses(a.allowed)}.`,
  referredCaseNotReplied:
    'Chưa thể kết thúc nội dung số {caseId}: nội dung đã chuyển cơ quan có thẩm quyền nhưng chưa có văn bản trả lời cho người kiến nghị.',

  'body.malformed': 'Dữ liệu gửi lên không đúng định dạng.',
  'body.expectedString': 'Mục này phải là chữ (một chuỗi ký tự).',
  'body.nullNotAllowed': 'Mục này không được để trống.',
  'text.controlCharacter': 'Ký tự thứ {position} là ký tự điều khiển hoặc xuống dòng, không dùng được ở đây.',
  'text.invalidCharacter': 'Ký tự thứ {position} không phải là ký tự hợp lệ.',
  'body.unknownName': (a, w) =>
    a.value == null
      ? `Giá trị không hợp lệ; chọn một trong: ${w.text(a.allowed)}.`
      : `Giá trị “${w.text(a.value)}” không hợp lệ; chọn một trong: ${w.text(a.allowed)}.`,
  'query.invalidValue': (a, w) =>
    `Giá trị “${w.text(a.value)}” không hợp lệ; ` +
    (a.expected === 'wholeNumber'
      ? 'cần một số nguyên.'
      : a.expected === 'trueOrFalse'
        ? 'cần true hoặc false.'
        : Array.isArray(a.allowed)
          ? `chọn một trong: ${w.text(a.allowed)}.`
          : `cần kiểu ${w.text(a.expected)}.`),
  'ifMatch.invalid': 'Phiên bản hồ sơ gửi kèm không hợp lệ. Tải lại hồ sơ rồi làm lại.',
  'document.format.unknown': 'Văn bản này không có định dạng “{value}”; chọn một trong: {allowed}.',

  'notice.appendix.notFound':
    'Không tìm thấy phụ lục của thông báo: cần bảng có các cột STT, Tổ chức/Cá nhân kiến nghị, Nội dung kiến nghị, Cơ quan chủ trì, Ghi chú.',
  'notice.appendix.empty': 'Bảng phụ lục không có dòng kiến nghị nào có số thứ tự (1, 2, …).',
  'notice.file.required': 'Chọn tệp Word (.docx) của thông báo.',
  'notice.text.required': 'Dán nội dung phụ lục (PHỤ LỤC) của thông báo.',
  'notice.documentId.required': 'Đọc thử thông báo trước khi xác nhận.',
  'notice.documentId.unknown': 'Không tìm thấy thông báo đã đọc; đọc lại tệp rồi xác nhận.',
  'notice.session.required': 'Chọn một hội nghị đã có hoặc nhập hội nghị mới (không chọn cả hai).',
  'notice.petitions.required': 'Thông báo cần ít nhất một kiến nghị.',
  'notice.petitions.tooMany': 'Một thông báo tối đa {max} kiến nghị (hiện có {actual}).',
  'notice.petition.required': 'Kiến nghị không được để trống.',
  'notice.petition.leadAgency.required': 'Nhập cơ quan chủ trì.',
  'notice.petition.leadAgency.tooLong': 'Cơ quan chủ trì tối đa {max} ký tự.',
  'notice.petition.note.tooLong': 'Ghi chú tối đa {max} ký tự.',
  'notice.item.category.unknown': 'Chọn một lĩnh vực trong danh sách.',
  'notice.item.departmentId.unknown': 'Đơn vị này không có ở phường.',
  'notice.keywords.required': 'Gửi bảng từ khóa (danh sách rỗng để xóa hết).',
  'notice.keywords.tooMany': 'Bảng từ khóa tối đa {max} dòng (hiện có {actual}).',
  'notice.keyword.required': 'Dòng từ khóa không được để trống.',
  'notice.keyword.text.required': 'Từ khóa cần ít nhất một chữ.',
  'notice.keyword.text.tooLong': 'Từ khóa tối đa {max} ký tự.',
  'notice.keyword.category.unknown': 'Chọn một lĩnh vực trong danh sách.',
  'notice.keyword.departmentId.unknown': 'Đơn vị này không có ở phường.',

  'petition.sessionId.required': 'Chọn hội nghị nơi kiến nghị được nêu.',
  'petition.sessionId.unknown': 'Hội nghị này không có ở phường.',
  'petition.submitter.required': 'Cho biết ai gửi kiến nghị.',
  'petition.submitter.name.required': 'Nhập họ và tên người kiến nghị.',
  'petition.submitter.name.tooLong': 'Họ và tên tối đa {max} ký tự.',
  'petition.submitter.title.required': 'Nhập chức danh, ví dụ “Tổ trưởng TDP số 19”.',
  'petition.submitter.title.tooLong': 'Chức danh tối đa {max} ký tự.',
  'petition.submitter.organisation.required': 'Nhập tổ dân phố hoặc chi bộ, ví dụ “TDP số 19”, “Chi bộ 13”.',
  'petition.submitter.organisation.tooLong': 'Tên tổ dân phố, chi bộ tối đa {max} ký tự.',
  'petition.submitter.area.tooLong': 'Khu vực tối đa {max} ký tự.',
  'petition.items.required': 'Kiến nghị cần ít nhất một nội dung.',
  'petition.items.tooMany': 'Một kiến nghị tối đa {max} nội dung (hiện có {actual}).',
  'petition.item.required': 'Nội dung không được để trống.',
  'petition.item.text.required': 'Nhập nội dung kiến nghị.',
  'petition.item.text.tooLong': 'Nội dung tối đa {max} ký tự (hiện có {actual}).',
  'petition.item.location.tooLong': 'Địa điểm tối đa {max} ký tự.',
  'petition.idempotencyKey.invalid': 'Mã chống gửi trùng (Idempotency-Key) phải là một giá trị gồm các ký tự ASCII nhìn thấy được, không để trống.',
  'petition.idempotencyKey.tooLong': 'Mã chống gửi trùng (Idempotency-Key) tối đa {max} ký tự.',

  'case.assign.departmentId.required': 'Chọn đơn vị giải quyết.',
  'case.assign.assignee.required': 'Nêu người thực hiện (rõ người).',
  'case.assign.assignee.tooLong': 'Người thực hiện tối đa {max} ký tự.',
  'case.assign.task.required': 'Nêu việc cần làm (rõ việc).',
  'case.assign.task.tooLong': 'Nhiệm vụ tối đa {max} ký tự.',
  'case.assign.responsibleHead.required': 'Nêu người chịu trách nhiệm (rõ trách nhiệm).',
  'case.assign.responsibleHead.tooLong': 'Người chịu trách nhiệm tối đa {max} ký tự.',
  'case.assign.expectedResult.required': 'Nêu kết quả cần đạt (rõ sản phẩm (kết quả)).',
  'case.assign.expectedResult.tooLong': 'Kết quả cần đạt tối đa {max} ký tự.',
  'case.assign.dueDate.past': (a, w) => `Thời hạn (rõ thời gian) không được trước hôm nay (${w.date(a.today)}).`,
  'case.assign.authority.required': 'Nêu thẩm quyền giải quyết (rõ thẩm quyền).',
  'case.assign.authority.tooLong': 'Thẩm quyền giải quyết tối đa {max} ký tự.',
  'case.resolve.result.required': 'Nêu việc đã làm để giải quyết.',
  'case.resolve.result.tooLong': 'Kết quả tối đa {max} ký tự (hiện có {actual}).',
  'case.return.reason.required': 'Nêu lý do trả lại.',
  'case.return.reason.tooLong': 'Lý do tối đa {max} ký tự.',
  'case.reroute.reason.required': 'Nêu lý do chuyển đơn vị xử lý.',
  'case.reroute.reason.tooLong': 'Lý do tối đa {max} ký tự.',
  'case.note.text.required': 'Nhập nội dung ghi chú.',
  'case.note.text.tooLong': 'Ghi chú tối đa {max} ký tự (hiện có {actual}).',
  'case.refer.agency.required': 'Nêu cơ quan tiếp nhận.',
  'case.refer.agency.tooLong': 'Tên cơ quan tối đa {max} ký tự.',
  'case.refer.referralLetter.required': 'Nêu văn bản chuyển (số, ngày).',
  'case.refer.referralLetter.tooLong': 'Văn bản chuyển tối đa {max} ký tự.',
  'case.correct.reason.required': 'Nêu lý do sửa.',
  'case.correct.reason.tooLong': 'Lý do tối đa {max} ký tự.',
  'case.correct.text.required': 'Nội dung sau khi sửa không được để trống.',
  'case.correct.text.tooLong': 'Nội dung tối đa {max} ký tự.',
  'case.correct.location.tooLong': 'Địa điểm tối đa {max} ký tự.',
  'case.refuse.reason.required': 'Nêu lý do từ chối.',
  'case.refuse.reason.tooLong': 'Lý do tối đa {max} ký tự.',
  caseCorrectionUnchanged: 'Chưa có gì để sửa: nội dung số {caseId} đã đúng như vậy.',
  caseCorrectionAfterLetter: (a, w) =>
    `Không sửa được nội dung số ${w.text(a.caseId)}: văn bản trả lời số ${w.text(a.replyId)} đã ở bước “${replyStatus(viWords, a.replyStatus)}” và trích nguyên câu chữ hiện tại.`,
  'case.reopen.reason.required': 'Nêu lý do chưa đồng ý với văn bản trả lời.',
  'case.reopen.reason.tooLong': 'Lý do tối đa {max} ký tự.',
  'case.reopen.dueDate.past': (a, w) => `Thời hạn mới không được trước hôm nay (${w.date(a.today)}).`,
  'case.close.rating.outOfRange': 'Mức độ hài lòng chọn từ {min} đến {max} sao.',
  'case.close.comment.tooLong': 'Ý kiến tối đa {max} ký tự.',
  'case.close.comment.withoutRating': 'Chọn mức độ hài lòng (1 đến 5 sao) trước khi ghi ý kiến.',
  'activity.limit.outOfRange': 'Số dòng mỗi trang phải từ {min} đến {max}.',
  'activity.to.beforeFrom': 'Ngày kết thúc không được trước ngày bắt đầu.',
  'activity.action.unknown': 'Thao tác đã chọn không có trong nhật ký.',
  'activity.actor.tooLong': 'Tên người thực hiện tối đa {max} ký tự.',
  'activity.cursor.unknown': 'Trang tiếp theo không còn hợp lệ; tải lại nhật ký từ đầu.',
  'cases.q.tooLong': 'Từ khóa tìm kiếm tối đa {max} ký tự.',
  'cases.limit.outOfRange': 'Số dòng mỗi trang phải từ {min} đến {max}.',
  'cases.cursor.unknown': 'Không đọc được trang tiếp theo của danh sách. Tải lại danh sách rồi thử lại.',
  'notifications.limit.outOfRange': 'Số thông báo mỗi lần phải từ {min} đến {max}.',
  'notifications.email.format': 'Địa chỉ thư điện tử không hợp lệ (ví dụ: ten@yenhoa.hanoi.gov.vn).',
  'notifications.email.tooLong': 'Địa chỉ thư điện tử dài quá {max} ký tự.',
  'notifications.emailPreference.unknown': 'Chọn nhận thư ngay, nhận thư tổng hợp buổi sáng, hoặc không nhận thư.',

  'reply.petitionId.required': 'Chọn kiến nghị cần trả lời.',
  'reply.petitionId.unknown': 'Kiến nghị này không có ở phường.',
  'reply.caseIds.required': 'Văn bản trả lời phải có ít nhất một nội dung.',
  'reply.caseIds.duplicate': 'Một nội dung bị chọn hai lần.',
  'reply.caseIds.otherPetition': 'Nội dung số {caseId} không thuộc kiến nghị này.',
  'reply.subject.required': 'Nhập trích yếu (phần sau “V/v”).',
  'reply.signerId.unknown': 'Người ký này không ký văn bản trả lời của phường.',
  'reply.results.caseNotCovered': 'Nội dung số {caseId} không thuộc văn bản này.',
  'reply.results.required': 'Mỗi kết quả cần có nội dung.',
  'reply.results.text.tooLong': 'Kết quả tối đa {max} ký tự.',
  'reply.recipient.tooLong': 'Dòng “Kính gửi” tối đa {max} ký tự.',
  'reply.closing.tooLong': 'Đoạn kết tối đa {max} ký tự.',
  'reply.copiesTo.required': 'Dòng “Nơi nhận” không được để trống.',
  'reply.copiesTo.tooLong': 'Mỗi dòng “Nơi nhận” tối đa {max} ký tự.',
  'reply.copiesTo.tooMany': '“Nơi nhận” có tối đa 30 dòng.',
  'reply.return.reason.required': 'Ghi nội dung cần sửa.',
  'reply.return.reason.tooLong': 'Nội dung cần sửa tối đa {max} ký tự.',
  'signer.name.required': 'Nhập họ và tên người ký.',
  'signer.name.tooLong': 'Họ và tên tối đa {max} ký tự.',
  'signer.position.required': 'Nhập chức vụ, ví dụ “Phó Chủ tịch”.',
  'signer.position.tooLong': 'Chức vụ tối đa {max} ký tự.',
  'signer.default.wrongForm': 'Người ký này không ký loại văn bản này (văn bản trả lời: TM., KT., Q.; báo cáo: T/L, T/M).',
  'session.report.signerId.unknown': 'Người ký này không ký báo cáo của phường.',
  'reply.subject.tooLong': 'Trích yếu tối đa {max} ký tự.',
  'reply.body.required': 'Văn bản trả lời cần có phần mở đầu (có thể để trống).',
  'reply.body.tooLong': 'Nội dung tối đa {max} ký tự.',

  'session.code.required': 'Nhập mã hội nghị, ví dụ 2026-Q2.',
  'session.code.format': 'Mã hội nghị gồm 1–50 ký tự: chữ cái không dấu, chữ số hoặc gạch ngang.',
  'session.title.required': 'Nhập tên hội nghị, ví dụ “Hội nghị giao ban quý II/2026”.',
  'session.title.tooLong': 'Tên hội nghị tối đa {max} ký tự.',
  'session.heldOn.required': 'Chọn ngày họp.',
  'session.replyDeadline.beforeMeeting': 'Hạn trả lời phải sau ngày họp.',

  'department.code.required': 'Nhập mã phòng, ban, ví dụ KT-HT-DT.',
  'department.code.format': 'Mã phòng, ban gồm 1–50 ký tự: chữ cái không dấu, chữ số hoặc gạch ngang.',
  'department.shortName.required': 'Nhập tên viết tắt của phòng, ban, ví dụ “KT-HT-ĐT”.',
  'department.shortName.tooLong': 'Tên viết tắt tối đa {max} ký tự.',
  'department.name.required': 'Nhập tên đầy đủ của phòng, ban, ví dụ “Phòng Kinh tế, Hạ tầng và Đô thị”.',
  'department.name.tooLong': 'Tên phòng, ban tối đa {max} ký tự.',
  'departmentId.unknown': 'Đơn vị này không có ở phường.',

  'signIn.username.required': 'Nhập tên đăng nhập.',
  'signIn.username.tooLong': 'Tên đăng nhập tối đa {max} ký tự.',
  'signIn.password.required': 'Nhập mật khẩu.',
  'signIn.password.tooLong': 'Mật khẩu tối đa {max} ký tự.',

  'user.username.required': 'Nhập tên đăng nhập.',
  'user.username.format': 'Tên đăng nhập gồm 3–50 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch dưới hoặc gạch ngang.',
  'user.password.tooShort': 'Mật khẩu có ít nhất {min} ký tự.',
  'user.password.tooLong': 'Mật khẩu tối đa {max} ký tự.',
  'user.displayName.required': 'Nhập tên hiển thị của người dùng.',
  'user.displayName.tooLong': 'Tên hiển thị tối đa {max} ký tự.',
  'user.role.required': 'Chọn vai trò.',
  'user.departmentId.required': 'Cán bộ phòng, ban cần có phòng, ban công tác.',
  'user.organisation.required': 'Tổ trưởng cần có tổ dân phố hoặc chi bộ, ví dụ “TDP số 19”.',
  'user.organisation.tooLong': 'Tên tổ dân phố, chi bộ tối đa {max} ký tự.',
  'user.wardId.required': (a, w) => `Vai trò “${w.role(a.role)}” làm việc tại một phường: chọn phường.`,
  'user.wardId.otherWard': 'Quản trị phường chỉ tạo tài khoản của phường mình.',
};

const en: Record<ProblemCode, Message> = {
  validation: 'Not sent: some fields need correcting.',
  badRequest: 'The request is not valid.',
  signInRequired: 'Please sign in to go on.',
  signInRefused: 'Wrong username or password, or the account is disabled.',
  accountLocked: (a) => `Too many failed sign-ins. Try again in ${count(minutes(a), 'minute')}.`,
  tooManyRequests: (a) => `Too many requests in a short time. Try again in ${count(a.retryAfterSeconds, 'second')}.`,
  forbidden: 'Your account may not do this.',
  cityLevelReadOnly: 'A city-level account can only read; sign in with a ward account to make changes.',
  otherOrganisation: 'A group leader submits petitions for their own group only ({organisation}).',
  leadDepartmentOnly: 'Your department only supports this case; only the lead department takes this step (a supporting one adds notes).',
  'case.supporting.departmentIds.lead': 'The lead department cannot also be a supporting one.',
  'case.supporting.departmentIds.repeated': 'Choose each supporting department once.',
  'case.supporting.departmentIds.tooMany': 'Choose at most 10 supporting departments.',
  antiforgeryRejected: 'Your session needs refreshing. Reload the page and try again.',
  notFound: 'Not found: it does not exist, or you may not see it.',
  methodNotAllowed: 'The server does not support this operation.',
  payloadTooLarge: 'What you sent is too large (at most {limitKiB} KiB).',
  unsupportedMediaType: 'The server does not accept this kind of data.',
  internalError: 'Something went wrong on the server and nothing was changed. Try again; if it keeps failing, tell the administrator.',
  storageFull: 'The system has run out of storage, so nothing was saved. Tell the administrator.',
  storageReadOnly: 'The system can only be read at the moment, so nothing was saved. Try again later.',
  storageBusy: 'The system is busy, so nothing was saved. Try again in a few minutes.',
  'attachment.file.required': 'Choose a photo or a PDF to attach.',
  'attachment.type.unsupported': 'Only photos (JPEG, PNG, WebP, HEIC) and PDF files are taken; this file is none of them.',
  'attachment.image.unreadable': 'This photo cannot be read (the file is damaged or incomplete). Take it again or send a JPEG.',
  'attachment.kind.unknown': 'Unknown kind of attachment.',
  attachmentNotNow: (a, w) =>
    a.kind === 'Intake'
      ? `Petition photos are attached while the item is ${w.statuses(a.allowed)}; it is “${w.status(a.status)}”.`
      : `Result photos are attached while the item is ${w.statuses(a.allowed)}; it is “${w.status(a.status)}”.`,
  attachmentsRecordFull: 'An item or a letter holds at most {maxFiles} files, {maxKiB} KiB in all; it has {files}.',
  replyNotOut: 'The signed scan is attached once the reply has been registered (numbered).',

  transitionRefused: (a, w) =>
    `“${w.action(a.action)}” is not possible while the case is “${w.status(a.from)}”; the case must be ${w.statuses(a.allowed)}.`,
  casesNotRoutable: (a, w) => `Nothing was routed: ${refusalList(a, w, 'en')}. Reload the list and choose again.`,
  casesNotFound: (a, w) => `Nothing was routed: item ${caseNumbers(a, w)} was not found (it does not exist or you may not see it).`,
  'case.route.cases.required': 'Choose at least one item to route.',
  'case.route.cases.tooMany': 'Route at most {max} items at once; {actual} are chosen.',
  'case.route.cases.repeated': (a, w) => `Choose each item once (${caseNumbers(a, w)}).`,
  'cases.organisation.tooLong': 'A residential group or Party cell has at most {max} characters.',
  'cases.submittedTo.beforeFrom': (a, w) => `The “to” date (${w.date(a.to)}) cannot be before the “from” date (${w.date(a.from)}).`,
  staleVersion: 'Your change was not saved because the case changed after you opened it. Reload to see the latest version, then try again.',
  calendarYearSeeded: 'The days off of {year} come from the government\'s full announcement (seeds/holidays.json) and are not edited here.',
  'calendar.days.tooMany': 'A year has at most {max} swapped days ({actual} entered).',
  'calendar.days.duplicate': 'Enter each day once.',
  'calendar.day.required': 'Enter the day.',
  'calendar.day.name.required': 'Name the day, e.g. Làm bù cho ngày 24/01/2028.',
  'calendar.day.name.tooLong': 'The name has at most {max} characters.',
  'calendar.day.date.otherYear': 'The day must fall in {year}.',
  'calendar.day.date.wrongKind': 'A day worked in exchange is a Saturday or Sunday; a day given off is a weekday.',
  sessionClosed: 'Session {session} has closed its intake and takes no more petitions.',
  sessionDeadlinePassed: (a, w) => `Session ${w.text(a.session)} takes no more petitions: its reply deadline has come (replies due before ${w.date(a.replyDeadline)}). Choose a session that is taking petitions.`,
  sessionAlreadyReported: (a, w) =>
    a.reportedOn
      ? `Session ${w.text(a.session)} was already marked reported on ${w.date(a.reportedOn)} (${w.text(a.reportedBy)}).`
      : `Session ${w.text(a.session)} has just been marked reported.`,
  sessionCodeTaken: 'This ward already has a session {code}.',
  departmentCodeTaken: 'This ward already has a department {code}.',
  wardCodeTaken: 'There is already a ward {code}.',
  'ward.code.required': 'Give the ward a code, e.g. trung-hoa.',
  'ward.code.format': "A ward code is 2–50 lower-case letters, digits or '-'.",
  'ward.name.required': 'Give the ward\'s name as documents print it, e.g. "Phường Trung Hòa".',
  'ward.name.tooLong': "The ward's name must be at most {max} characters.",
  'ward.superiorParty.required': 'Give the upper-level Party organisation, e.g. "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI".',
  'ward.superiorParty.tooLong': 'The Party organisation must be at most {max} characters.',
  'ward.departments.required': 'A ward needs at least one department.',
  'ward.departments.tooMany': 'A ward has at most {max} departments ({actual} given).',
  'ward.departments.duplicateCode': 'Each department needs its own code.',
  usernameTaken: 'There is already a user called {username}.',
  idempotencyKeyReused: 'This submission key was already used for petition {petitionId} with different content. Reload the page to submit a new petition.',
  cannotDisableSelf: 'Administrators cannot disable their own account; ask another administrator.',
  replyStepRefused: (a) =>
    `The letter is at “${replyWords('en', 'replyStatus', a.from)}”; “${replyWords('en', 'replyAction', a.action)}” is only possible at ${(Array.isArray(a.allowed) ? a.allowed : []).map((s) => `“${replyWords('en', 'replyStatus', s)}”`).join(' or ')}.`,
  replySignerMissing: 'The letter has no signer: edit the draft to choose one (or ask the administrator for a default signer).',
  signerIsDefault: 'This signer is a default signer; choose another default first.',
  replyCaseNotReady: (a, w) =>
    `Case ${w.text(a.caseId)} is “${w.status(a.status)}”; a reply can only cover cases that are ${w.statuses(a.allowed)}.`,
  referredCaseNotReplied: 'Case {caseId} cannot be closed yet: it was referred out and no reply has told the petitioner.',

  'body.malformed': 'What was sent is not in the expected format.',
  'body.expectedString': 'This must be text.',
  'body.nullNotAllowed': 'This may not be left empty.',
  'text.controlCharacter': 'Character {position} is a control character or a line break, which cannot be used here.',
  'text.invalidCharacter': 'Character {position} is not a valid character.',
  'body.unknownName': (a, w) =>
    a.value == null
      ? `Not a valid value; choose one of: ${w.text(a.allowed)}.`
      : `“${w.text(a.value)}” is not a valid value; choose one of: ${w.text(a.allowed)}.`,
  'query.invalidValue': (a, w) =>
    `“${w.text(a.value)}” is not valid here; ` +
    (a.expected === 'wholeNumber'
      ? 'use a whole number.'
      : a.expected === 'trueOrFalse'
        ? 'use true or false.'
        : Array.isArray(a.allowed)
          ? `use one of: ${w.text(a.allowed)}.`
          : `use a ${w.text(a.expected)}.`),
  'ifMatch.invalid': 'The version sent with the case is not valid. Reload the case and try again.',
  'document.format.unknown': 'This document has no format “{value}”; use one of: {allowed}.',

  'notice.appendix.notFound':
    'The notice’s appendix was not found: expected a table with the columns STT, Tổ chức/Cá nhân kiến nghị, Nội dung kiến nghị, Cơ quan chủ trì, Ghi chú.',
  'notice.appendix.empty': 'The appendix table has no numbered petition (1, 2, …).',
  'notice.file.required': 'Choose the notice’s Word file (.docx).',
  'notice.text.required': 'Paste the notice’s appendix (PHỤ LỤC).',
  'notice.documentId.required': 'Preview the notice before confirming it.',
  'notice.documentId.unknown': 'The previewed notice was not found; read the file again, then confirm.',
  'notice.session.required': 'Choose an existing session or describe a new one (not both).',
  'notice.petitions.required': 'A notice needs at least one petition.',
  'notice.petitions.tooMany': 'A notice has at most {max} petitions (it has {actual}).',
  'notice.petition.required': 'A petition cannot be empty.',
  'notice.petition.leadAgency.required': 'Enter the lead agency.',
  'notice.petition.leadAgency.tooLong': 'The lead agency is at most {max} characters.',
  'notice.petition.note.tooLong': 'The note is at most {max} characters.',
  'notice.item.category.unknown': 'Choose one of the categories.',
  'notice.item.departmentId.unknown': 'This department does not exist in the ward.',
  'notice.keywords.required': 'Send the keyword table (an empty list clears it).',
  'notice.keywords.tooMany': 'The keyword table has at most {max} rows (it has {actual}).',
  'notice.keyword.required': 'A keyword row cannot be empty.',
  'notice.keyword.text.required': 'A keyword has at least one letter.',
  'notice.keyword.text.tooLong': 'A keyword is at most {max} characters.',
  'notice.keyword.category.unknown': 'Choose one of the categories.',
  'notice.keyword.departmentId.unknown': 'This department does not exist in the ward.',

  'petition.sessionId.required': 'Choose the session the petition was raised at.',
  'petition.sessionId.unknown': 'This session does not exist in the ward.',
  'petition.submitter.required': 'Say who submits the petition.',
  'petition.submitter.name.required': "Enter the submitter's full name.",
  'petition.submitter.name.tooLong': 'The full name has at most {max} characters.',
  'petition.submitter.title.required': 'Enter the title, e.g. “Tổ trưởng TDP số 19”.',
  'petition.submitter.title.tooLong': 'The title has at most {max} characters.',
  'petition.submitter.organisation.required': 'Enter the residential group or Party cell, e.g. “TDP số 19”, “Chi bộ 13”.',
  'petition.submitter.organisation.tooLong': 'The residential group or Party cell has at most {max} characters.',
  'petition.submitter.area.tooLong': 'The area has at most {max} characters.',
  'petition.items.required': 'A petition needs at least one item.',
  'petition.items.tooMany': 'A petition has at most {max} items (this one has {actual}).',
  'petition.item.required': 'An item cannot be empty.',
  'petition.item.text.required': 'Enter what the item asks for.',
  'petition.item.text.tooLong': 'The text has at most {max} characters (this one has {actual}).',
  'petition.item.location.tooLong': 'The location has at most {max} characters.',
  'petition.idempotencyKey.invalid': 'The submission key (Idempotency-Key) must be one value of visible ASCII characters, not blank.',
  'petition.idempotencyKey.tooLong': 'The submission key (Idempotency-Key) has at most {max} characters.',

  'case.assign.departmentId.required': 'Choose the department that will resolve the case.',
  'case.assign.assignee.required': 'Name the person who does the work.',
  'case.assign.assignee.tooLong': 'The assignee has at most {max} characters.',
  'case.assign.task.required': 'Say what is to be done.',
  'case.assign.task.tooLong': 'The task has at most {max} characters.',
  'case.assign.responsibleHead.required': 'Name the head answerable for it.',
  'case.assign.responsibleHead.tooLong': 'The responsible head has at most {max} characters.',
  'case.assign.expectedResult.required': 'Say what result is expected.',
  'case.assign.expectedResult.tooLong': 'The expected result has at most {max} characters.',
  'case.assign.dueDate.past': (a, w) => `The due date cannot be before today (${w.date(a.today)}).`,
  'case.assign.authority.required': 'Say whose authority the resolution rests on.',
  'case.assign.authority.tooLong': 'The authority has at most {max} characters.',
  'case.resolve.result.required': 'Say what was done to resolve the case.',
  'case.resolve.result.tooLong': 'The result has at most {max} characters (this one has {actual}).',
  'case.return.reason.required': 'Say why the case goes back.',
  'case.return.reason.tooLong': 'The reason has at most {max} characters.',
  'case.reroute.reason.required': 'Say why the case moves to another department.',
  'case.reroute.reason.tooLong': 'The reason has at most {max} characters.',
  'case.note.text.required': 'Write the note.',
  'case.note.text.tooLong': 'A note has at most {max} characters (this one has {actual}).',
  'case.refer.agency.required': 'Name the agency the case goes to.',
  'case.refer.agency.tooLong': 'The agency has at most {max} characters.',
  'case.refer.referralLetter.required': 'Give the referral letter (number and date).',
  'case.refer.referralLetter.tooLong': 'The referral letter has at most {max} characters.',
  'case.correct.reason.required': 'Say why the case is corrected.',
  'case.correct.reason.tooLong': 'The reason has at most {max} characters.',
  'case.correct.text.required': 'The corrected wording may not be empty.',
  'case.correct.text.tooLong': 'The wording has at most {max} characters.',
  'case.correct.location.tooLong': 'The location has at most {max} characters.',
  'case.refuse.reason.required': 'Say why the ward does not handle this item.',
  'case.refuse.reason.tooLong': 'The reason has at most {max} characters.',
  caseCorrectionUnchanged: 'Nothing to correct: case {caseId} already says this.',
  caseCorrectionAfterLetter: (a, w) =>
    `Case ${w.text(a.caseId)} can no longer be corrected: reply ${w.text(a.replyId)} is “${replyStatus(enWords, a.replyStatus)}” and quotes its current wording.`,
  'case.reopen.reason.required': 'Say why the reply does not settle the case.',
  'case.reopen.reason.tooLong': 'The reason has at most {max} characters.',
  'case.reopen.dueDate.past': (a, w) => `The new due date cannot be before today (${w.date(a.today)}).`,
  'case.close.rating.outOfRange': 'Choose a satisfaction rating from {min} to {max} stars.',
  'case.close.comment.tooLong': 'The comment has at most {max} characters.',
  'case.close.comment.withoutRating': 'Choose a satisfaction rating (1 to 5 stars) to go with the comment.',
  'activity.limit.outOfRange': 'A page has from {min} to {max} rows.',
  'activity.to.beforeFrom': 'The end date cannot be before the start date.',
  'activity.action.unknown': 'The chosen action is not one the log records.',
  'activity.actor.tooLong': 'The actor has at most {max} characters.',
  'activity.cursor.unknown': 'The next page is no longer valid; load the log again from the start.',
  'cases.q.tooLong': 'The search text has at most {max} characters.',
  'cases.limit.outOfRange': 'A page has from {min} to {max} rows.',
  'cases.cursor.unknown': 'The next page of the list could not be read. Reload the list and try again.',
  'notifications.limit.outOfRange': 'Ask for from {min} to {max} notifications at a time.',
  'notifications.email.format': 'This is not an email address (for example name@yenhoa.hanoi.gov.vn).',
  'notifications.email.tooLong': 'An email address has at most {max} characters.',
  'notifications.emailPreference.unknown': 'Choose email at once, the morning digest, or no email.',

  'reply.petitionId.required': 'Choose the petition the reply answers.',
  'reply.petitionId.unknown': 'This petition does not exist in the ward.',
  'reply.caseIds.required': 'A reply covers at least one item.',
  'reply.caseIds.duplicate': 'An item is chosen twice.',
  'reply.caseIds.otherPetition': 'Case {caseId} is not part of this petition.',
  'reply.subject.required': 'Enter the subject (the text after “V/v”).',
  'reply.signerId.unknown': 'This signer does not sign the ward\'s replies.',
  'reply.results.caseNotCovered': 'Case {caseId} is not part of this letter.',
  'reply.results.required': 'Each result needs its text.',
  'reply.results.text.tooLong': 'A result has at most {max} characters.',
  'reply.recipient.tooLong': 'The “Kính gửi” line has at most {max} characters.',
  'reply.closing.tooLong': 'The closing has at most {max} characters.',
  'reply.copiesTo.required': 'A “Nơi nhận” line cannot be empty.',
  'reply.copiesTo.tooLong': 'A “Nơi nhận” line has at most {max} characters.',
  'reply.copiesTo.tooMany': '“Nơi nhận” has at most 30 lines.',
  'reply.return.reason.required': 'Say what should change.',
  'reply.return.reason.tooLong': 'The reason has at most {max} characters.',
  'signer.name.required': 'Enter the signer\'s full name.',
  'signer.name.tooLong': 'The name has at most {max} characters.',
  'signer.position.required': 'Enter the position, e.g. “Phó Chủ tịch”.',
  'signer.position.tooLong': 'The position has at most {max} characters.',
  'signer.default.wrongForm': 'This signer does not sign this kind of document (replies: TM., KT., Q.; reports: T/L, T/M).',
  'session.report.signerId.unknown': 'This signer does not sign the ward\'s reports.',
  'reply.subject.tooLong': 'The subject has at most {max} characters.',
  'reply.body.required': 'The reply needs its opening text (it may be empty).',
  'reply.body.tooLong': 'The text has at most {max} characters.',

  'session.code.required': 'Enter the session code, e.g. 2026-Q2.',
  'session.code.format': 'A session code is 1–50 letters without diacritics, digits or hyphens.',
  'session.title.required': 'Enter the session title, e.g. “Hội nghị giao ban quý II/2026”.',
  'session.title.tooLong': 'The title has at most {max} characters.',
  'session.heldOn.required': 'Choose the meeting date.',
  'session.replyDeadline.beforeMeeting': 'The reply deadline must come after the meeting.',

  'department.code.required': 'Enter the department code, e.g. KT-HT-DT.',
  'department.code.format': 'A department code is 1–50 letters without diacritics, digits or hyphens.',
  'department.shortName.required': 'Enter the department short name, e.g. “KT-HT-ĐT”.',
  'department.shortName.tooLong': 'The short name has at most {max} characters.',
  'department.name.required': 'Enter the department full name, e.g. “Phòng Kinh tế, Hạ tầng và Đô thị”.',
  'department.name.tooLong': 'The name has at most {max} characters.',
  'departmentId.unknown': 'This department does not exist in the ward.',

  'signIn.username.required': 'Enter your username.',
  'signIn.username.tooLong': 'A username has at most {max} characters.',
  'signIn.password.required': 'Enter your password.',
  'signIn.password.tooLong': 'A password has at most {max} characters.',

  'user.username.required': 'Enter a username.',
  'user.username.format': 'A username is 3–50 characters: lower-case letters without diacritics, digits, dot, underscore or hyphen.',
  'user.password.tooShort': 'A password has at least {min} characters.',
  'user.password.tooLong': 'A password has at most {max} characters.',
  'user.displayName.required': 'Enter the name the user is shown by.',
  'user.displayName.tooLong': 'The display name has at most {max} characters.',
  'user.role.required': 'Choose a role.',
  'user.departmentId.required': 'A department officer needs the department they work in.',
  'user.organisation.required': 'A group leader needs their residential group or Party cell, e.g. “TDP số 19”.',
  'user.organisation.tooLong': 'The residential group or Party cell has at most {max} characters.',
  'user.wardId.required': (a, w) => `The role “${w.role(a.role)}” works in a ward: choose one.`,
  'user.wardId.otherWard': "A ward's administrator creates accounts of that ward only.",
};

export const problemTables: Record<Lang, Record<ProblemCode, Message>> = { vi, en };

/** "#3, #5" from the caseIds of a refusal. */
function caseNumbers(args: ProblemArgs, w: Words) {
  return Array.isArray(args.caseIds) ? args.caseIds.map((id) => `#${w.text(id)}`).join(', ') : '';
}

/** Each refused case of a batch and why: changed since it was loaded, or no longer waiting in triage. */
function refusalList(args: ProblemArgs, w: Words, lang: Lang) {
  const refusals = Array.isArray(args.refusals) ? (args.refusals as ProblemArgs[]) : [];
  return refusals
    .map((r) =>
      r.reason === 'staleVersion'
        ? lang === 'en'
          ? `#${w.text(r.caseId)} has changed since the list was loaded`
          : `nội dung #${w.text(r.caseId)} đã thay đổi sau khi tải danh sách`
        : lang === 'en'
          ? `#${w.text(r.caseId)} is “${w.status(r.status)}”, no longer “${w.status('Received')}”`
          : `nội dung #${w.text(r.caseId)} đang “${w.status(r.status)}”, không còn “${w.status('Received')}”`,
    )
    .join('; ');
}

/** The lock's length in whole minutes, from the Retry-After seconds the API sends. */
function minutes(args: ProblemArgs) {
  return typeof args.retryAfterSeconds === 'number' ? Math.max(1, Math.ceil(args.retryAfterSeconds / 60)) : undefined;
}

/** "1 minute", "15 minutes" (English only: Vietnamese nouns do not change). */
function count(n: unknown, noun: string) {
  return typeof n === 'number' ? `${n} ${noun}${n === 1 ? '' : 's'}` : `a few ${noun}s`;
}

function wordsOf(lang: Lang): Words {
  const table: Record<string, string> = lang === 'en' ? enWords : viWords;
  const text = (value: unknown): string =>
    Array.isArray(value) ? value.map(text).join(', ') : typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  const word = (prefix: string) => (name: unknown) => table[`${prefix}.${text(name)}`] ?? text(name);
  const status = word('status');
  const or = lang === 'en' ? ' or ' : ' hoặc ';
  return {
    text,
    status,
    action: word('action'),
    role: word('role'),
    statuses: (names) => {
      const quoted = (Array.isArray(names) ? names : [names]).map((name) => `“${status(name)}”`);
      return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')}${or}${quoted[quoted.length - 1]}` : (quoted[0] ?? '');
    },
    date: (isoDate) => formatDate(text(isoDate)),
  };
}

const words: Record<Lang, Words> = { vi: wordsOf('vi'), en: wordsOf('en') };

/** A reply's status or step as the reply screen words it. */
function replyWords(lang: Lang, kind: 'replyStatus' | 'replyAction', name: unknown): string {
  const table = lang === 'en' ? enWords : viWords;
  return (table as Record<string, string | undefined>)[`${kind}.${String(name)}`] ?? String(name);
}

/**
 * The message of a refusal in the screen's language. A code this build does not know (an API newer than the web
 * app) gets a general message that names it.
 */
export function problemMessage(lang: Lang, code: string | null | undefined, args: ProblemArgs = {}): string {
  const message = code ? (problemTables[lang] as Record<string, Message | undefined>)[code] : undefined;
  const w = words[lang];
  if (!message) return fill((lang === 'en' ? enWords : viWords)[unknownKey], { code: code ?? '—' }, w);
  return typeof message === 'function' ? message(args, w) : fill(message, args, w);
}

const unknownKey: MessageKey = 'problem.unknown';

/** Fills {arg} placeholders; one whose arg is missing stays as it is, so a test sees it. */
function fill(template: string, args: ProblemArgs, w: Words) {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (args[name] == null ? whole : w.text(args[name])));
}
