import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { categories, dispatcher, mockApi, renderPage, sessions } from '@/test/render';
import DashboardPage from './DashboardPage';

const summary = {
  total: 4, replied: 2, overdue: 1, onTime: 1,
  byStatus: [{ status: 'InProgress', count: 1 }, { status: 'Replied', count: 2 }, { status: 'Received', count: 1 }],
  byCategory: [{ category: 'Flooding', count: 2 }, { category: 'Security', count: 2 }],
  byDepartment: [{ departmentId: 2, departmentName: 'KT-HT-ĐT', count: 2 }, { departmentId: 5, departmentName: 'Công an phường', count: 1 }, { departmentId: null, departmentName: null, count: 1 }],
  ratings: { count: 0, average: null, distribution: [1, 2, 3, 4, 5].map((rating) => ({ rating, count: 0 })) },
};

describe('the dashboard', () => {
  it('draws the figures the API counted, with their numbers readable as text', async () => {
    const { calls } = mockApi({ 'GET /api/dashboard': { body: summary }, 'GET /api/sessions': { body: sessions }, 'GET /api/categories': { body: categories } });
    renderPage(<DashboardPage />, { me: { ...dispatcher, role: 'PartyOffice' } });
    expect(await screen.findByRole('img', { name: /1\/4 nội dung trả lời trước hạn: 25,0%/ })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Theo lĩnh vực' })).toHaveTextContent('Úng ngập2');
    expect(screen.getByRole('list', { name: 'Theo đơn vị xử lý' })).toHaveTextContent('Chưa giao1');
    expect(calls.filter((c) => new URL(c.url).pathname === '/api/cases'), 'no case is read one by one').toHaveLength(0);
  });

  it('asks for one session when one is chosen, and says so when it has no case', async () => {
    const { calls } = mockApi({
      'GET /api/dashboard': (request) => ({ body: new URL(request.url).searchParams.get('sessionId') === '1' ? { ...summary, total: 0, byStatus: [], byCategory: [], byDepartment: [] } : summary }),
      'GET /api/sessions': { body: sessions },
      'GET /api/categories': { body: categories },
    });
    renderPage(<DashboardPage />, { me: { ...dispatcher, role: 'PartyOffice' } });
    await screen.findByRole('img', { name: /25,0%/ });
    await userEvent.selectOptions(screen.getByLabelText('Hội nghị'), '1');
    await waitFor(() => expect(calls.some((c) => new URL(c.url).searchParams.get('sessionId') === '1')).toBe(true));
    expect(await screen.findByText(/Chưa có nội dung/)).toBeInTheDocument();
  });

  it('shows the satisfaction card: the average, how many rated and how many of each, 5 stars first', async () => {
    const ratings = { count: 3, average: 4.33, distribution: [{ rating: 1, count: 0 }, { rating: 2, count: 0 }, { rating: 3, count: 0 }, { rating: 4, count: 2 }, { rating: 5, count: 1 }] };
    mockApi({ 'GET /api/dashboard': { body: { ...summary, ratings } }, 'GET /api/sessions': { body: sessions }, 'GET /api/categories': { body: categories } });
    renderPage(<DashboardPage />, { me: { ...dispatcher, role: 'Overseer' } });
    expect(await screen.findByText('4,3/5')).toBeInTheDocument();
    expect(screen.getByText(/Bình quân 4,3\/5 từ 3 đánh giá/)).toBeInTheDocument();
    const bars = screen.getByRole('list', { name: 'Mức độ hài lòng' });
    expect([...bars.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['5 sao1', '4 sao2', '3 sao0', '2 sao0', '1 sao0']);
  });

  it('says there is no rating yet, and draws no distribution of nothing', async () => {
    mockApi({ 'GET /api/dashboard': { body: summary }, 'GET /api/sessions': { body: sessions }, 'GET /api/categories': { body: categories } });
    renderPage(<DashboardPage />, { me: { ...dispatcher, role: 'Overseer' }, lang: 'en' });
    expect(await screen.findByText(/No ratings yet\./)).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Satisfaction' })).not.toBeInTheDocument();
  });
});
