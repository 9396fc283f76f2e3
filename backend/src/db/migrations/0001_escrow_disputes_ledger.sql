CREATE TYPE "public"."dispute_reason" AS ENUM('invalid', 'already_used', 'wrong_region', 'other');--> statement-breakpoint
CREATE TYPE "public"."dispute_status" AS ENUM('open', 'replaced', 'refunded');--> statement-breakpoint
CREATE TYPE "public"."ledger_kind" AS ENUM('escrow_release');--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'pool_paused';--> statement-breakpoint
CREATE TABLE "disputes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"request_id" uuid NOT NULL,
	"buyer_id" uuid NOT NULL,
	"seller_id" uuid NOT NULL,
	"reason" "dispute_reason" NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"item_ids" uuid[] NOT NULL,
	"status" "dispute_status" DEFAULT 'open' NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"respond_by" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	"replacement_item_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seller_id" uuid NOT NULL,
	"kind" "ledger_kind" NOT NULL,
	"request_id" uuid NOT NULL,
	"escrow_payment_id" uuid NOT NULL,
	"amount" integer NOT NULL,
	"currency" "currency" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "escrow_payments" ADD COLUMN "payer_telegram_id" bigint;--> statement-breakpoint
ALTER TABLE "escrow_payments" ADD COLUMN "refund_attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "escrow_payments" ADD COLUMN "refund_next_attempt_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "escrow_payments" ADD COLUMN "refund_last_error" text;--> statement-breakpoint
ALTER TABLE "pools" ADD COLUMN "paused_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "pools" ADD COLUMN "paused_reason" text;--> statement-breakpoint
ALTER TABLE "purchase_requests" ADD COLUMN "replacements" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "dispute_window_h" integer;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "dispute_response_h" integer;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "invalid_dispute_limit_pct" integer;--> statement-breakpoint
ALTER TABLE "disputes" ADD CONSTRAINT "disputes_request_id_purchase_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."purchase_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disputes" ADD CONSTRAINT "disputes_buyer_id_users_id_fk" FOREIGN KEY ("buyer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disputes" ADD CONSTRAINT "disputes_seller_id_users_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_seller_id_users_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_request_id_purchase_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."purchase_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_escrow_payment_id_escrow_payments_id_fk" FOREIGN KEY ("escrow_payment_id") REFERENCES "public"."escrow_payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "disputes_open_uq" ON "disputes" USING btree ("request_id") WHERE status = 'open';--> statement-breakpoint
CREATE INDEX "disputes_due_idx" ON "disputes" USING btree ("respond_by") WHERE status = 'open';--> statement-breakpoint
CREATE INDEX "disputes_seller_idx" ON "disputes" USING btree ("seller_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_escrow_kind_uq" ON "ledger_entries" USING btree ("escrow_payment_id","kind");--> statement-breakpoint
CREATE INDEX "ledger_seller_idx" ON "ledger_entries" USING btree ("seller_id","id");--> statement-breakpoint
CREATE INDEX "escrow_refund_due_idx" ON "escrow_payments" USING btree ("refund_next_attempt_at") WHERE status = 'refund_pending';