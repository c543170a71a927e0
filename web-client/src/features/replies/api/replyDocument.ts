/** GET /api/replies/{id}/document: the letter as Word (a download), or printable HTML. Links, not fetches. */
export const replyDocumentUrl = (id: number, format: 'docx' | 'html' = 'docx') =>
  `/api/replies/${id}/document${format === 'html' ? '?format=html' : ''}`;
