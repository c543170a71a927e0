import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { dispatcher, mockApi, renderPage } from '@/test/render';
import ActivityPage from './ActivityPage';

const overseer = { ...dispatcher, id: 7, username: 'overseer', displayName: 'Ban Kinh tế - Xã hội HĐND', role: 'Overseer' as const };
const departments = [
  { id: 2, code: 'KT-HT-DT', shortName: 'KT-HT-ĐT', name: 'Phòng Kinh tế, Hạ tầng và Đô thị' },
  { id: 5, code: 'CA', shortName: 'Công an phường', name: 'Công an phường' },
];

const entry = (overrides: Record<string, unknown> = {}) => ({
  kind: 'Case', id: 40, at: '2026-04-17T02:30:00+00:00', actor: 'leader19', actorName: 'Nguyễn Bảo Bình', action: 'Close',
  from: 'Replied', to: 'Closed', caseId: 3, caseIds: [3], replyId: null, replyNumber: null, petitionId: 1, stt: 1, sessionId: 1,
  sessionCode: '2026-Q1', subject: 'Đề nghị nạo vét cống thoát nước', departmentId: 2, departmentName: 'KT-HT-ĐT',
  details: { rating: 4, comment: 'Hài lòng.' },
  ...overrides,
});

const register = entry({
  kind: 'Reply', id: 12, actor: 'dispatcher', actorName: 'Văn phòng HĐND và UBND', action: 'Register', from: 'Signed', to: 'Registered',
  caseId: null, replyId: 9, replyNumber: '07/UBND-VP', subject: 'V/v trả lời kiến nghị', departmentId: null, details: null,
});

describe('the activity log', () => {
  it('lists who did what, when, on which case, for the overseer, each cell labelled for a phone', async () => {
    mockApi({ 'GET /api/activity': { body: { items: [entry(), register], nextCursor: null } }, 'GET /api/departments': { body: departments } });
    renderPage(<ActivityPage />, { me: overseer, route: '/activity', path: '/activity' });

    const table = await screen.findByRole('table', { name: 'Nhật ký hoạt động' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    const close = within(rows[0]);
    expect(close.getByText('Chấp nhận, kết thúc')).toBeInTheDocument();
    expect(rows[0]).toHaveTextContent('Đã trả lời → Đã kết thúc');
    expect(rows[0]).toHaveTextContent('Nguyễn Bảo Bình (leader19)');
    expect(close.getByRole('link', { name: '#3' })).toHaveAttribute('href', '/cases/3');
    expect(rows[0]).toHaveTextContent('Kiến nghị STT 1 · 2026-Q1');
    expect(rows[0]).toHaveTextContent('Mức độ hài lòng: 4/5 “Hài lòng.”');
    expect(within(rows[1]).getByRole('link', { name: 'Văn bản số 07/UBND-VP' })).toHaveAttribute('href', '/replies/9');
    expect(rows[1]).toHaveTextContent('Đăng ký, cấp số');
    expect(rows[1]).toHaveTextContent('Đã ký → Đã đăng ký, cấp số');
    expect([...rows[0].querySelectorAll('td')].map((td) => td.dataset.label)).toEqual([
      'Thời gian', 'Người thực hiện', 'Thao tác', 'Nội dung / văn bản', 'Đơn vị', 'Chi tiết',
    ]);
    expect(screen.getByRole('link', { name: 'Tải Excel (.xlsx)' })).toHaveAttribute('href', '/api/activity?format=xlsx');
  });

  it('sends the filters to the API, keeps them in the address and downloads what they find', async () => {
    const { calls } = mockApi({ 'GET /api/activity': { body: { items: [entry()], nextCursor: null } }, 'GET /api/departments': { body: departments } });
    const { router } = renderPage(<ActivityPage />, { me: overseer, route: '/activity', path: '/activity' });
    const user = userEvent.setup();
    await screen.findByRole('table');

    await user.type(screen.getByLabelText('Từ ngày'), '2026-04-13');
    await user.type(screen.getByLabelText('Đến ngày'), '2026-04-17');
    await user.selectOptions(screen.getByLabelText('Thao tác'), 'Case:Close');
    await user.selectOptions(screen.getByLabelText('Đơn vị'), '2');
    await user.type(screen.getByLabelText('Người thực hiện'), 'Bảo Bình');
    await user.click(screen.getByRole('button', { name: 'Lọc' }));

    await waitFor(() => expect(calls.some((c) => new URL(c.url).searchParams.get('action') === 'Close')).toBe(true));
    const query = new URL(calls.at(-1)!.url).searchParams;
    expect(Object.fromEntries(query)).toEqual({ from: '2026-04-13', to: '2026-04-17', kind: 'Case', action: 'Close', departmentId: '2', actor: 'Bảo Bình', limit: '50' });
    expect(router.state.location.search).toContain('action=Close');
    const download = new URL(screen.getByRole('link', { name: 'Tải Excel (.xlsx)' }).getAttribute('href')!, 'http://localhost');
    expect(Object.fromEntries(download.searchParams)).toEqual({ from: '2026-04-13', to: '2026-04-17', kind: 'Case', action: 'Close', departmentId: '2', actor: 'Bảo Bình', format: 'xlsx' });

    await user.click(screen.getByRole('button', { name: 'Xóa bộ lọc' }));
    expect(router.state.location.search).toBe('');
    expect(screen.getByLabelText('Từ ngày')).toHaveValue('');
  });

  it('offers only the chosen kind\'s actions, shows more on request and says when nothing matches, in English too', async () => {
    const { calls } = mockApi({
      'GET /api/activity': (request) => {
        const url = new URL(request.url);
        if (url.searchParams.get('kind') === 'Reply') return { body: { items: [], nextCursor: null } };
        return url.searchParams.get('cursor')
          ? { body: { items: [register], nextCursor: null } }
          : { body: { items: [entry()], nextCursor: 'next' } };
      },
      'GET /api/departments': { body: departments },
    });
    renderPage(<ActivityPage />, { me: overseer, route: '/activity', path: '/activity', lang: 'en' });
    const user = userEvent.setup();
    await screen.findByText('Showing 1+ events');
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await screen.findByText('Showing 2 events')).toBeInTheDocument();
    expect(calls.some((c) => new URL(c.url).searchParams.get('cursor') === 'next')).toBe(true);

    await user.selectOptions(screen.getByLabelText('Kind'), 'Reply');
    const actions = within(screen.getByLabelText('Action')).getAllByRole('option').map((o) => o.textContent);
    expect(actions).toEqual(['Every action', 'Edited', 'Submitted', 'Returned for changes', 'Signed', 'Registered', 'Sent']);
    await user.click(screen.getByRole('button', { name: 'Filter' }));
    expect(await screen.findByText('No activity matches the filters.')).toBeInTheDocument();
  });
});
