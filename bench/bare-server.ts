// The baseline of the reveal benchmark: a bare Express route answering a small JSON body.
import express from 'express';

const app = express();
app.post('/bare', (_req, res) => {
  res.json({ requestId: 'bare', instructions: '', items: [{ id: 'x', fields: [{ name: 'code', value: 'BARE' }] }] });
});
const server = app.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address && typeof address === 'object') process.stdout.write(`PORT ${address.port}\n`);
});
