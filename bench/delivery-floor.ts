// The floor of the delivery benchmark: the same two doors (a Bot API webhook update and a signed
// payment webhook) on a bare Express + socket.io server that records the payment in PostgreSQL
// (one INSERT) and emits `delivery-update` to the buyer at once; its reveal answers a fixed body.
// No auth checks, no escrow, no draw, no encryption: what any implementation pays at least.
import http from 'node:http';
import express from 'express';
import pg from 'pg';
import { Server } from 'socket.io';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
await pool.query('CREATE TABLE IF NOT EXISTS floor_payments (id text PRIMARY KEY, request_id text NOT NULL)');

const app = express();
const server = http.createServer(app);
const io = new Server(server);
io.on('connection', (socket) => {
  const initData = String((socket.handshake.auth as { initData?: unknown }).initData ?? '');
  const user = JSON.parse(new URLSearchParams(initData).get('user') ?? '{}') as { id?: number };
  void socket.join(`user:${user.id}`);
});

/** Records the payment, then tells the buyer at once. */
async function paid(res: express.Response, chargeId: string, requestId: string, buyerTelegramId: number) {
  await pool.query('INSERT INTO floor_payments (id, request_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
    chargeId,
    requestId,
  ]);
  io.to(`user:${buyerTelegramId}`).emit('delivery-update', {
    requestId,
    status: 'delivered',
    quantity: 1,
    delivered: 1,
  });
  res.json({ ok: true });
}

app.post('/telegram/webhook', express.json(), async (req, res) => {
  const m = req.body.message;
  await paid(res, m.successful_payment.telegram_payment_charge_id, m.successful_payment.invoice_payload, m.from.id);
});
app.post('/api/payments/webhook/:provider', express.json(), async (req, res) => {
  await paid(res, req.body.id, req.body.request_id, Number(req.get('x-bench-buyer')));
});
app.post('/api/requests/:id/reveal', (req, res) => {
  res.json({
    requestId: req.params.id,
    instructions: '',
    items: [{ id: 'x', fields: [{ name: 'code', value: 'FLOOR' }] }],
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address && typeof address === 'object') process.stdout.write(`PORT ${address.port}\n`);
});
