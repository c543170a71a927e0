// The API words its validation messages and its refusals (409) in English. Shown next to their fields or in a
// notice, they keep their meaning in Vietnamese through this table; a message not listed is shown as the API wrote it.
import { vi } from './messages';

const exact: Record<string, string> = {
  'Give the ward a code, e.g. trung-hoa.': 'Nhập mã phường, ví dụ: trung-hoa.',
  "A ward code is 2–50 lower-case letters, digits or '-'.": 'Mã phường gồm 2–50 chữ thường không dấu, chữ số hoặc gạch ngang.',
  'Give the ward\'s name as documents print it, e.g. "Phường Trung Hòa".': 'Nhập tên phường như văn bản in, ví dụ “Phường Trung Hòa”.',
  'Give the upper-level Party organisation, e.g. "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI".': 'Nhập Đảng bộ cấp trên, ví dụ “ĐẢNG BỘ THÀNH PHỐ HÀ NỘI”.',
  'A ward needs at least one department.': 'Phường cần ít nhất một phòng, ban.',
  'Each department needs its own code.': 'Mỗi phòng, ban cần một mã riêng.',
  'Choose the session (hội nghị) the petition was raised at.': 'Chọn hội nghị nơi kiến nghị được nêu.',
  'Say who submits the petition.': 'Cho biết ai gửi kiến nghị.',
  "The submitter's name is required.": 'Nhập họ và tên người kiến nghị.',
  "The submitter's name must be at most 200 characters.": 'Họ và tên tối đa 200 ký tự.',
  'The submitter\'s title is required, e.g. "Tổ trưởng TDP số 19".': 'Nhập chức danh, ví dụ “Tổ trưởng TDP số 19”.',
  "The submitter's title must be at most 200 characters.": 'Chức danh tối đa 200 ký tự.',
  'The organisation is required, e.g. "TDP số 19" or "Chi bộ 13".': 'Nhập tổ dân phố hoặc chi bộ, ví dụ “TDP số 19”, “Chi bộ 13”.',
  'The organisation must be at most 200 characters.': 'Tên tổ dân phố, chi bộ tối đa 200 ký tự.',
  'The area must be at most 100 characters.': 'Khu vực tối đa 100 ký tự.',
  'A petition needs at least one item.': 'Kiến nghị cần ít nhất một nội dung.',
  'An item cannot be null.': 'Nội dung không được để trống.',
  'Say what the item asks for.': 'Nhập nội dung kiến nghị.',
  'Location must be at most 300 characters.': 'Địa điểm tối đa 300 ký tự.',
  'Choose the department that will resolve the case.': 'Chọn đơn vị giải quyết.',
  'Name the person who does the work (rõ người).': 'Nêu người thực hiện (rõ người).',
  'Assignee must be at most 200 characters.': 'Người thực hiện tối đa 200 ký tự.',
  'Say what is to be done (rõ việc).': 'Nêu việc cần làm (rõ việc).',
  'Task must be at most 2000 characters.': 'Nhiệm vụ tối đa 2000 ký tự.',
  'Name the head answerable for it (rõ trách nhiệm).': 'Nêu người chịu trách nhiệm (rõ trách nhiệm).',
  'Responsible head must be at most 200 characters.': 'Người chịu trách nhiệm tối đa 200 ký tự.',
  'Say what result is expected (rõ kết quả).': 'Nêu kết quả cần đạt (rõ kết quả).',
  'Expected result must be at most 2000 characters.': 'Kết quả cần đạt tối đa 2000 ký tự.',
  'Say what was done to resolve the case.': 'Nêu việc đã làm để giải quyết.',
  'Say why the case goes back to the dispatcher.': 'Nêu lý do trả lại.',
  'Reason must be at most 2000 characters.': 'Lý do tối đa 2000 ký tự.',
  'Name the agency the case is referred to.': 'Nêu cơ quan tiếp nhận.',
  'Agency must be at most 300 characters.': 'Tên cơ quan tối đa 300 ký tự.',
  'Give the referral letter (number and date).': 'Nêu văn bản chuyển (số, ngày).',
  'Referral letter must be at most 1000 characters.': 'Văn bản chuyển tối đa 1000 ký tự.',
  'Say why the reply does not settle the case.': 'Nêu lý do chưa đồng ý với văn bản trả lời.',
  'Choose the petition the reply answers.': 'Chọn kiến nghị cần trả lời.',
  'A reply must cover at least one case.': 'Văn bản trả lời phải có ít nhất một nội dung.',
  'A case is listed twice.': 'Một nội dung bị chọn hai lần.',
  'Subject must be at most 500 characters.': 'Trích yếu tối đa 500 ký tự.',
  'Body must be at most 20000 characters.': 'Nội dung tối đa 20000 ký tự.',
  'Enter your username.': 'Nhập tên đăng nhập.',
  'Enter your password.': 'Nhập mật khẩu.',
  'Choose a username.': 'Nhập tên đăng nhập.',
  "A username is 3–50 lower-case letters, digits, '.', '_' or '-'.": 'Tên đăng nhập gồm 3–50 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch dưới hoặc gạch ngang.',
  'A password has at most 200 characters.': 'Mật khẩu tối đa 200 ký tự.',
  "Give the user's name as it should appear.": 'Nhập tên hiển thị của người dùng.',
  'The display name must be at most 200 characters.': 'Tên hiển thị tối đa 200 ký tự.',
  'Choose a role.': 'Chọn vai trò.',
  'A department officer needs the department they work in.': 'Cán bộ phòng, ban cần có phòng, ban công tác.',
  'A group leader needs the organisation they speak for, e.g. "TDP số 19".': 'Tổ trưởng cần có tổ dân phố hoặc chi bộ, ví dụ “TDP số 19”.',
  "A ward's administrator creates users of that ward only.": 'Quản trị phường chỉ tạo tài khoản của phường mình.',
  'Give the session a code, e.g. 2026-Q2.': 'Nhập mã hội nghị, ví dụ 2026-Q2.',
  "A session code is 1–50 letters, digits or '-'.": 'Mã hội nghị gồm 1–50 ký tự: chữ cái không dấu, chữ số hoặc gạch ngang.',
  'Give the reply\'s subject (the "V/v …" line).': 'Nhập trích yếu (dòng “V/v …”).',
  'Give the session a title, e.g. "Hội nghị giao ban quý II/2026".': 'Nhập tên hội nghị, ví dụ “Hội nghị giao ban quý II/2026”.',
  'A session title is at most 300 characters.': 'Tên hội nghị tối đa 300 ký tự.',
  'Say on which day the meeting is held.': 'Chọn ngày họp.',
  'The reply deadline comes after the meeting.': 'Hạn trả lời phải sau ngày họp.',
};

const patterns: Array<[RegExp, (m: RegExpMatchArray) => string]> = [
  [/^Item text must be at most (\d+) characters \(it has (\d+)\)\.$/, (m) => `Nội dung tối đa ${m[1]} ký tự (hiện có ${m[2]}).`],
  [/^Result must be at most (\d+) characters \(it has (\d+)\)\.$/, (m) => `Kết quả tối đa ${m[1]} ký tự (hiện có ${m[2]}).`],
  [/^A petition may have at most (\d+) items \(it has (\d+)\)\.$/, (m) => `Một kiến nghị tối đa ${m[1]} nội dung (hiện có ${m[2]}).`],
  [/^The due date \(rõ tiến độ\) cannot be in the past; today is (\d{4})-(\d{2})-(\d{2})\.$/, (m) => `Thời hạn (rõ tiến độ) không được trước hôm nay (${m[3]}/${m[2]}/${m[1]}).`],
  [/^Session (\d+) does not exist in this ward\.$/, () => 'Hội nghị này không có ở phường.'],
  [/^Department (\d+) does not exist in this ward\.$/, () => 'Đơn vị này không có ở phường.'],
  [/^Department (\d+) does not exist in the user's ward\.$/, () => 'Phòng, ban này không có ở phường của người dùng.'],
  [/^A password has at least (\d+) characters\.$/, (m) => `Mật khẩu có ít nhất ${m[1]} ký tự.`],
  [/^A (\w+) works in a ward: choose one\.$/, () => 'Vai trò này làm việc tại một phường: chọn phường.'],
  // Refusals (409): someone else got there first, or the session changed meanwhile.
  [/^Cannot (\w+) a case that is (\w+): \w+ is allowed only from (.+)\.$/, (m) => `Không thể thực hiện “${action(m[1])}” với nội dung đang ở trạng thái “${status(m[2])}”; chỉ được khi nội dung ở trạng thái ${statuses(m[3])}.`],
  [/^Session (.+) is closed: it takes no more petitions\.$/, (m) => `Hội nghị ${m[1]} đã đóng tiếp nhận, không nhận thêm kiến nghị.`],
  [/^Session (.+) was marked reported on (\S+) by (.+)\.$/, (m) => `Hội nghị ${m[1]} đã được đánh dấu báo cáo ngày ${m[2]} (${m[3]}).`],
  [/^Session (.+) has just been marked reported\.$/, (m) => `Hội nghị ${m[1]} vừa được đánh dấu đã báo cáo.`],
  [/^This ward already has a session (.+)\.$/, (m) => `Phường đã có hội nghị mã ${m[1]}.`],
  [/^There is already a user called (.+)\.$/, (m) => `Đã có tài khoản ${m[1]}.`],
  [/^Reply (\d+) has already been issued; an issued reply is not changed\.$/, () => 'Văn bản trả lời này đã được ban hành; văn bản đã ban hành không sửa được.'],
  [/^Reply (\d+) has already been issued; a reply is issued once\.$/, () => 'Văn bản trả lời này đã được ban hành; mỗi văn bản chỉ ban hành một lần.'],
  [/^Case (\d+) is (\w+): a reply can cover only (.+) cases\.$/, (m) => `Nội dung số ${m[1]} đang ở trạng thái “${status(m[2])}”; văn bản trả lời chỉ gồm nội dung ở trạng thái ${statuses(m[3])}.`],
  [/^Cannot close case (\d+): it was referred out and no reply has told the petitioner yet\. Issue a reply first\.$/, (m) => `Chưa thể kết thúc nội dung số ${m[1]}: nội dung đã chuyển cơ quan có thẩm quyền nhưng chưa có văn bản trả lời cho người kiến nghị.`],
];

const statusLabels = vi as Record<string, string>;
const status = (name: string) => statusLabels[`status.${name}`] ?? name;
const statuses = (list: string) => list.split(' or ').map((name) => `“${status(name)}”`).join(' hoặc ');
const action = (verb: string) => statusLabels[`action.${verb.charAt(0).toUpperCase()}${verb.slice(1)}`] ?? verb;

export function apiMessage(message: string, lang: 'vi' | 'en'): string {
  if (lang === 'en') return message;
  if (exact[message]) return exact[message];
  for (const [pattern, render] of patterns) {
    const match = message.match(pattern);
    if (match) return render(match);
  }
  return message;
}
