import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { check, password, signIn } from './support';

// Photos and files as each role adds them, in a real browser against the real API, on petitions of their own (sent
// to the session taking petitions, so no other spec's seeded case is touched): the group leader photographs the
// place on the petition form at 360 px and sees the thumbnail on the case page; the department adds a result photo
// and opens it in the viewer; the dispatcher attaches the signed scan to a sent reply and the group leader opens it.
const phone = 360;
const kthtDt = 2;

async function bearer(request: APIRequestContext, username: string) {
  const token = await request.post('/api/auth/token', { data: { username, password } });
  expect(token.status()).toBe(200);
  return { Authorization: `Bearer ${((await token.json()) as { accessToken: string }).accessToken}` };
}

/** The session taking petitions today (Development's demo session for the current quarter), as the form chooses it. */
async function openSession(request: APIRequestContext, headers: Record<string, string>) {
  const sessions = (await (await request.get('/api/sessions', { headers })).json()) as { id: number; takesPetitions: boolean }[];
  const open = sessions.find((s) => s.takesPetitions);
  expect(open, 'a session takes petitions').toBeDefined();
  return open!.id;
}

/** A petition of TDP số 19 with one item, sent by leader19 through the API; its case's id. */
async function newCase(request: APIRequestContext, text: string) {
  const leader = await bearer(request, 'leader19');
  const created = await request.post('/api/petitions', {
    headers: leader,
    data: {
      sessionId: await openSession(request, leader),
      submitter: { name: 'Nguyễn Bảo Bình', title: 'Tổ trưởng TDP số 19', organisation: 'TDP số 19', area: 'Trung Hòa' },
      items: [{ text, category: 'Environment', location: 'Ngõ 20 Yên Hòa' }],
    },
  });
  expect(created.status()).toBe(201);
  const body = (await created.json()) as { id: number; caseIds: number[] };
  return { petitionId: body.id, caseId: body.caseIds[0] };
}

/** Routes the case to KT-HT-ĐT with the six clears, as the dispatcher does. */
async function assign(request: APIRequestContext, caseId: number) {
  const dispatcher = await bearer(request, 'dispatcher');
  const current = await request.get(`/api/cases/${caseId}`, { headers: dispatcher });
  const assigned = await request.post(`/api/cases/${caseId}/assign`, {
    headers: { ...dispatcher, 'If-Match': current.headers()['etag'] },
    data: {
      departmentId: kthtDt, assignee: 'Trần Văn Nam', task: 'Nạo vét rãnh, thu dọn bùn', responsibleHead: 'Trưởng phòng KT-HT-ĐT',
      dueDate: null, expectedResult: 'Rãnh thông thoát, ảnh sau khi xử lý', authority: 'Chủ tịch UBND phường',
    },
  });
  expect(assigned.status()).toBe(200);
}

/**
 * A real JPEG (the browser's own encoder, 640 × 480) carrying an EXIF block with a GPS position (21°0'30" N,
 * 105°47'42" E: Yên Hòa), as a phone's camera writes it.
 */
async function photoWithGps(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 640;
    canvas.height = 480;
    const g = canvas.getContext('2d')!;
    const sky = g.createLinearGradient(0, 0, 0, 480);
    sky.addColorStop(0, '#7fb3d5');
    sky.addColorStop(1, '#5d4037');
    g.fillStyle = sky;
    g.fillRect(0, 0, 640, 480);
    g.fillStyle = '#1b4f72';
    g.fillRect(0, 300, 640, 180);
    const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/jpeg', 0.85));
    let text = '';
    for (const byte of new Uint8Array(await blob.arrayBuffer())) text += String.fromCharCode(byte);
    return btoa(text);
  });
  return withGps(Buffer.from(base64, 'base64'));
}

/** The JPEG with an APP1 "Exif" segment (big-endian TIFF: IFD0 pointing at a GPS IFD) inserted after its APP0. */
function withGps(jpeg: Buffer): Buffer {
  const tiff = Buffer.alloc(128);
  tiff.write('MM', 0, 'ascii');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  tiff.writeUInt16BE(1, 8); // IFD0: one entry, GPSInfo → the GPS IFD at 26
  tiff.writeUInt16BE(0x8825, 10);
  tiff.writeUInt16BE(4, 12);
  tiff.writeUInt32BE(1, 14);
  tiff.writeUInt32BE(26, 18);
  tiff.writeUInt32BE(0, 22);
  tiff.writeUInt16BE(4, 26); // GPS IFD: latitude ref and value, longitude ref and value
  const entry = (at: number, tag: number, type: number, count: number, value: (b: Buffer, at: number) => void) => {
    tiff.writeUInt16BE(tag, at);
    tiff.writeUInt16BE(type, at + 2);
    tiff.writeUInt32BE(count, at + 4);
    value(tiff, at + 8);
  };
  entry(28, 0x0001, 2, 2, (b, at) => b.write('N\0', at, 'ascii'));
  entry(40, 0x0002, 5, 3, (b, at) => b.writeUInt32BE(80, at));
  entry(52, 0x0003, 2, 2, (b, at) => b.write('E\0', at, 'ascii'));
  entry(64, 0x0004, 5, 3, (b, at) => b.writeUInt32BE(104, at));
  tiff.writeUInt32BE(0, 76);
  [21, 1, 0, 1, 3000, 100, 105, 1, 47, 1, 4200, 100].forEach((n, i) => tiff.writeUInt32BE(n, 80 + i * 4));
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff]), payload]);
  const afterApp0 = jpeg[3] === 0xe0 ? 4 + jpeg.readUInt16BE(4) : 2;
  return Buffer.concat([jpeg.subarray(0, afterApp0), app1, jpeg.subarray(afterApp0)]);
}

const exifMarker = Buffer.from('Exif\0\0', 'latin1');

/** A one-page PDF, as a scanner writes the signed, stamped letter. */
function signedScan(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    '<< /Length 44 >>\nstream\nBT /F1 18 Tf 72 770 Td (So 01/UBND-VP) Tj ET\nendstream',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

async function noSideScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
}

/** The image has loaded; its natural width. */
async function loadedWidth(image: Locator) {
  await expect.poll(() => image.evaluate((i: HTMLImageElement) => (i.complete ? i.naturalWidth : 0))).toBeGreaterThan(0);
  return image.evaluate((i: HTMLImageElement) => i.naturalWidth);
}

test('a group leader photographs the place on the petition form at 360 px and sees its thumbnail, without GPS, on the case page', async ({ browser }) => {
  const page = await signIn(browser, 'leader19', phone);
  await page.goto('/petitions/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Gửi kiến nghị' })).toBeVisible();
  const photo = await photoWithGps(page);
  expect(photo.includes(exifMarker), 'the photo as taken carries EXIF with GPS').toBe(true);

  await page.getByRole('textbox', { name: /Nội dung \(bắt buộc\)/ }).fill('Đề nghị khơi thông rãnh nước ngõ 20, nước ngập sau mưa (ảnh kèm theo).');
  const camera = page.getByLabel('Thêm ảnh (chụp bằng điện thoại)');
  await expect(camera).toHaveAttribute('accept', 'image/*');
  await expect(camera).toHaveAttribute('capture', 'environment');
  await camera.setInputFiles({ name: 'ngo-20-ngap.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expect(page.getByRole('list', { name: 'Ảnh và tài liệu' })).toContainText('ngo-20-ngap.jpg');
  await check(page, 'attachments-01-leader-form-photo-360');
  await noSideScroll(page);

  await page.getByRole('button', { name: 'Gửi kiến nghị' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Đã gửi kiến nghị số #\d+ gồm 1 nội dung\./ })).toBeVisible();
  await expect(page.getByRole('alert'), 'no photo was refused').toHaveCount(0);
  await page.getByRole('link', { name: /^Kiến nghị số #\d+$/ }).click();
  await page.getByRole('link', { name: /^Mở nội dung số \d+$/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /^Nội dung kiến nghị số \d+$/ })).toBeVisible();

  const files = page.getByRole('region', { name: 'Ảnh và tài liệu' });
  const thumbnail = files.getByRole('img', { name: 'Xem ảnh ngo-20-ngap.jpg' });
  await expect(thumbnail).toBeVisible();
  expect(await loadedWidth(thumbnail), 'the 320 px thumbnail, not the photo').toBe(320);
  await expect(files).toContainText('Ảnh kiến nghị');
  await check(page, 'attachments-02-leader-case-thumbnail-360');
  await noSideScroll(page);

  // What anyone who opens it gets: the photo written again, without the camera's EXIF (and so without the position).
  const original = await page.request.get((await thumbnail.getAttribute('src'))!.replace(/\?variant=Thumbnail$/, ''));
  expect(original.status()).toBe(200);
  expect(original.headers()['content-type']).toBe('image/jpeg');
  const served = await original.body();
  expect(served.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
  expect(served.includes(exifMarker), 'no EXIF, no GPS in the served copy').toBe(false);

  await thumbnail.click();
  const viewer = page.getByRole('dialog', { name: 'Ảnh ngo-20-ngap.jpg' });
  await expect(viewer).toBeVisible();
  expect(await loadedWidth(viewer.getByRole('img', { name: 'ngo-20-ngap.jpg' }))).toBe(640);
  await check(page, 'attachments-03-leader-viewer-360');
  await noSideScroll(page);
  await page.keyboard.press('Escape');
  await expect(viewer).toHaveCount(0);
  await expect(files.getByRole('button', { name: 'Xem ảnh ngo-20-ngap.jpg' }), 'the focus goes back to the thumbnail').toBeFocused();
  await page.context().close();
});

test('the department adds a result photo to a case it works, and it opens in the viewer', async ({ browser, request }) => {
  const { caseId } = await newCase(request, 'Đề nghị nạo vét rãnh thoát nước đầu ngõ 20 bị tắc.');
  await assign(request, caseId);

  const page = await signIn(browser, 'ktht');
  await page.goto(`/cases/${caseId}`);
  await expect(page.getByRole('heading', { level: 1, name: `Nội dung kiến nghị số ${caseId}` })).toBeVisible();
  await page.getByRole('button', { name: 'Bắt đầu xử lý' }).click();
  await expect(page.locator('.case-page__status')).toContainText('Đang xử lý');
  const files = page.getByRole('region', { name: 'Ảnh và tài liệu' });
  await expect(files).toContainText('Chưa có ảnh, tài liệu.');
  await check(page, 'attachments-04-officer-upload-controls');

  const after = files.getByLabel('Thêm ảnh kết quả (sau khi xử lý)');
  await expect(after).toHaveAttribute('capture', 'environment');
  await after.setInputFiles({ name: 'sau-khi-nao-vet.jpg', mimeType: 'image/jpeg', buffer: await photoWithGps(page) });
  const thumbnail = files.getByRole('img', { name: 'Xem ảnh sau-khi-nao-vet.jpg' });
  await expect(thumbnail).toBeVisible();
  await expect(files.getByRole('listitem').filter({ has: page.getByRole('img', { name: 'Xem ảnh sau-khi-nao-vet.jpg' }) })).toContainText('Sau khi xử lý');
  await expect(files.getByRole('alert')).toHaveCount(0);

  await thumbnail.click();
  const viewer = page.getByRole('dialog', { name: 'Ảnh sau-khi-nao-vet.jpg' });
  await expect(viewer).toBeVisible();
  expect(await loadedWidth(viewer.getByRole('img', { name: 'sau-khi-nao-vet.jpg' })), 'the display size').toBe(640);
  await expect(viewer.getByRole('button', { name: 'Đóng' })).toBeFocused();
  await expect(viewer.getByRole('link', { name: 'Tải ảnh gốc' })).toHaveAttribute('href', /^\/api\/attachments\/\d+$/);
  await check(page, 'attachments-05-officer-viewer');
  await viewer.getByRole('button', { name: 'Đóng' }).click();
  await expect(viewer).toHaveCount(0);

  // A file that is no photo is refused, and the officer is told which one and why (from the problem's code).
  await after.setInputFiles({ name: 'ghi-chu.txt', mimeType: 'image/jpeg', buffer: Buffer.from('không phải ảnh') });
  const refused = files.getByRole('alert');
  await expect(refused).toContainText('Chưa gửi được 1 ảnh, tệp:');
  await expect(refused).toContainText('ghi-chu.txt: Chỉ nhận ảnh (JPEG, PNG, WebP, HEIC) hoặc tệp PDF');
  await check(page, 'attachments-06-officer-refused-file');
  await page.context().close();

  const phonePage = await signIn(browser, 'ktht', phone);
  await phonePage.goto(`/cases/${caseId}`);
  await expect(phonePage.getByRole('img', { name: 'Xem ảnh sau-khi-nao-vet.jpg' })).toBeVisible();
  await check(phonePage, 'attachments-07-officer-case-files-360');
  await noSideScroll(phonePage);
  await phonePage.getByRole('img', { name: 'Xem ảnh sau-khi-nao-vet.jpg' }).click();
  await expect(phonePage.getByRole('dialog', { name: 'Ảnh sau-khi-nao-vet.jpg' })).toBeVisible();
  await check(phonePage, 'attachments-08-officer-viewer-360');
  await noSideScroll(phonePage);
  await phonePage.context().close();
});

test('the dispatcher attaches the signed scan to a sent reply, and the group leader opens it from the reply', async ({ browser, request }) => {
  const { petitionId, caseId } = await newCase(request, 'Đề nghị thay nắp hố ga vỡ trước số nhà 8 ngõ 20.');
  await assign(request, caseId);
  const ktht = await bearer(request, 'ktht');
  expect((await request.post(`/api/cases/${caseId}/start`, { headers: ktht })).status()).toBe(200);
  expect((await request.post(`/api/cases/${caseId}/resolve`, { headers: ktht, data: { result: 'Đã thay nắp hố ga mới.' } })).status()).toBe(200);
  const admin = await bearer(request, 'admin');
  const signer = await request.post('/api/signers', { headers: admin, data: { name: 'Đỗ Văn Hùng', position: 'Phó Chủ tịch', form: 'Deputy', disabled: false } });
  expect(signer.status()).toBe(201);
  const dispatcher = await bearer(request, 'dispatcher');
  const draft = await request.post('/api/replies', {
    headers: dispatcher,
    data: { petitionId, caseIds: [caseId], signerId: ((await signer.json()) as { signers: { id: number; name: string }[] }).signers.find((s) => s.name === 'Đỗ Văn Hùng')!.id },
  });
  expect(draft.status()).toBe(201);
  const replyId = ((await draft.json()) as { id: number }).id;
  for (const step of ['submit', 'sign', 'register', 'send']) {
    expect((await request.post(`/api/replies/${replyId}/${step}`, { headers: dispatcher })).status(), step).toBe(200);
  }

  const scan = signedScan();
  const office = await signIn(browser, 'dispatcher');
  await office.goto(`/replies/${replyId}`);
  await expect(office.getByRole('heading', { level: 1, name: 'Văn bản trả lời' })).toBeVisible();
  const files = office.getByRole('region', { name: 'Bản có chữ ký, đóng dấu' });
  await expect(files).toContainText('Chưa có ảnh, tài liệu.');
  await check(office, 'attachments-09-dispatcher-scan-upload');
  await files.getByLabel('Đính kèm bản scan có chữ ký, đóng dấu (PDF hoặc ảnh)').setInputFiles({ name: 'cong-van-ban-ky.pdf', mimeType: 'application/pdf', buffer: scan });
  await expect(files.getByRole('link', { name: 'Tải cong-van-ban-ky.pdf' })).toBeVisible();
  await expect(files).toContainText('Bản scan có chữ ký');
  await check(office, 'attachments-10-dispatcher-scan-attached');
  await office.context().close();

  const page = await signIn(browser, 'leader19', phone);
  await page.goto(`/cases/${caseId}`);
  await page.getByRole('link', { name: 'Đọc văn bản trả lời' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Văn bản trả lời' })).toBeVisible();
  const scanLink = page.getByRole('region', { name: 'Bản có chữ ký, đóng dấu' }).getByRole('link', { name: 'Tải cong-van-ban-ky.pdf' });
  await expect(scanLink).toBeVisible();
  await expect(page.getByLabel('Đính kèm bản scan có chữ ký, đóng dấu (PDF hoặc ảnh)'), 'only the dispatcher attaches').toHaveCount(0);
  await check(page, 'attachments-11-leader-reply-scan-360');
  await noSideScroll(page);

  const downloading = page.waitForEvent('download');
  await scanLink.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('cong-van-ban-ky.pdf');
  expect(readFileSync(await download.path())).toEqual(scan);

  // What the browser was given with it: a download (never shown inline), of the PDF type, never sniffed, nothing run.
  const served = await page.request.get((await scanLink.getAttribute('href'))!);
  expect(served.status()).toBe(200);
  const headers = served.headers();
  expect(headers['content-type']).toBe('application/pdf');
  expect(headers['content-disposition']).toMatch(/^attachment; filename=.*cong-van-ban-ky\.pdf/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['content-security-policy']).toContain('sandbox');
  expect(await served.body()).toEqual(scan);
  await page.context().close();
});
