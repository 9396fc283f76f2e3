-- The socket.io PostgreSQL adapter keeps large event payloads here when SOCKET_ADAPTER=postgres.
CREATE TABLE IF NOT EXISTS "socket_io_attachments" (
	"id" bigserial UNIQUE,
	"created_at" timestamptz DEFAULT now(),
	"payload" bytea
);
