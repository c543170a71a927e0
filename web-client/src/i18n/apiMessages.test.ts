import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiMessage } from './apiMessages';

describe("the API's refusals in Vietnamese", () => {
  it("translate a refused transition as the API words it (its OpenAPI example is the API's own message)", () => {
    const document = readFileSync(resolve(__dirname, '../../openapi.json'), 'utf8');
    const detail = /"detail": "(Cannot \w+ a case that is [^"]+)"/.exec(document)![1];

    expect(apiMessage(detail, 'vi')).toBe(
      'Không thể thực hiện “Ghi nhận kết quả” với nội dung đang ở trạng thái “Đã giao xử lý”; chỉ được khi nội dung ở trạng thái “Đang xử lý”.',
    );
    expect(apiMessage(detail, 'en')).toBe(detail);
  });

  it('name the statuses a reply may cover and the session that closed', () => {
    expect(apiMessage('Case 12 is Received: a reply can cover only Resolved or Referred cases.', 'vi')).toBe(
      'Nội dung số 12 đang ở trạng thái “Đã tiếp nhận”; văn bản trả lời chỉ gồm nội dung ở trạng thái “Đã giải quyết” hoặc “Đã chuyển cơ quan có thẩm quyền”.',
    );
    expect(apiMessage('Session 2026-Q2 is closed: it takes no more petitions.', 'vi')).toBe('Hội nghị 2026-Q2 đã đóng tiếp nhận, không nhận thêm kiến nghị.');
  });
});
