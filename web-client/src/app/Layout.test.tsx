import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { withFlash } from '@/lib/flash';
import { mockApi, officer, renderPage } from '@/test/render';
import { Layout } from './Layout';

describe('the layout', () => {
  it('says on the next page what happened to a case the user left, once', async () => {
    mockApi({});
    const { router } = renderPage(<Layout />, { path: '/inbox', route: '/inbox', me: officer });
    expect(screen.queryByRole('status')).not.toBeInTheDocument();

    await act(() => router.navigate('/inbox', withFlash('Đã trả lại nội dung số 5.')));
    expect(screen.getByRole('status')).toHaveTextContent('Đã trả lại nội dung số 5.');

    await act(() => router.navigate('/inbox'));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
