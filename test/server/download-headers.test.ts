import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Fastify from 'fastify';
import { asDownload } from '../../src/api/download.ts';

describe('asDownload', () => {
  it('names the file in ASCII and in RFC 5987 UTF-8, keeping Swedish letters', async () => {
    const app = Fastify();
    app.get('/f', async (_request, reply) => {
      asDownload(reply, 'application/pdf', 'återrapportering "2025".pdf', 'inline');
      return Buffer.from('%PDF');
    });
    const response = await app.inject({ method: 'GET', url: '/f' });
    await app.close();
    assert.equal(response.headers['content-type'], 'application/pdf');
    assert.equal(
      response.headers['content-disposition'],
      `inline; filename="aterrapportering _2025_.pdf"; filename*=UTF-8''%C3%A5terrapportering%20%222025%22.pdf`,
    );
    assert.equal(response.body, '%PDF');
  });
});
