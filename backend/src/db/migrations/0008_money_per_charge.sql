ALTER TYPE "public"."escrow_status" ADD VALUE 'refund_manual' BEFORE 'refunded';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'payment_returned';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'refund_requested';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'refund_manual';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'reconcile_mismatch';--> statement-breakpoint
CREATE TABLE "reconciliation_runs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"incoming" integer DEFAULT 0 NOT NULL,
	"outgoing" integer DEFAULT 0 NOT NULL,
	"matched" integer DEFAULT 0 NOT NULL,
	"recovered" integer DEFAULT 0 NOT NULL,
	"refunds_reopened" integer DEFAULT 0 NOT NULL,
	"unknown_refunds" integer DEFAULT 0 NOT NULL,
	"mismatches" integer DEFAULT 0 NOT NULL,
	"star_balance" integer,
	"details" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "star_transactions" (
	"id" text NOT NULL,
	"direction" text NOT NULL,
	"amount" integer NOT NULL,
	"date" timestamp with time zone NOT NULL,
	"user_telegram_id" bigint,
	"invoice_payload" text,
	"escrow_payment_id" uuid,
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "star_transactions_id_direction_pk" PRIMARY KEY("id","direction")
);
--> statement-breakpoint
ALTER TABLE "escrow_payments" DROP CONSTRAINT "escrow_payments_requestId_unique";--> statement-breakpoint
ALTER TABLE "escrow_payments" ALTER COLUMN "request_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "escrow_payments" ADD COLUMN "refund_reason" text;--> statement-breakpoint
ALTER TABLE "star_transactions" ADD CONSTRAINT "star_transactions_escrow_payment_id_escrow_payments_id_fk" FOREIGN KEY ("escrow_payment_id") REFERENCES "public"."escrow_payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "star_tx_escrow_idx" ON "star_transactions" USING btree ("escrow_payment_id");--> statement-breakpoint
CREATE INDEX "escrow_request_idx" ON "escrow_payments" USING btree ("request_id");--> statement-breakpoint
CREATE UNIQUE INDEX "escrow_request_held_uq" ON "escrow_payments" USING btree ("request_id") WHERE status in ('funded', 'released');