CREATE TYPE "public"."supplier_kind" AS ENUM('kinguin', 'seller_server');--> statement-breakpoint
CREATE TYPE "public"."supplier_mode" AS ENUM('on_demand', 'backfill');--> statement-breakpoint
CREATE TYPE "public"."supplier_order_purpose" AS ENUM('sale', 'backfill');--> statement-breakpoint
CREATE TYPE "public"."supplier_order_status" AS ENUM('pending', 'placing', 'processing', 'completed', 'failed', 'canceled');--> statement-breakpoint
CREATE TYPE "public"."supplier_source_status" AS ENUM('active', 'paused');--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'supplier_order_failed';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'supplier_paused';--> statement-breakpoint
ALTER TYPE "public"."request_status" ADD VALUE 'preparing' BEFORE 'delivered';--> statement-breakpoint
CREATE TABLE "supplier_orders" (
	"id" uuid PRIMARY KEY NOT NULL,
	"external_id" uuid NOT NULL,
	"source_id" uuid NOT NULL,
	"pool_id" uuid NOT NULL,
	"seller_id" uuid NOT NULL,
	"purpose" "supplier_order_purpose" NOT NULL,
	"request_id" uuid,
	"quantity" integer NOT NULL,
	"status" "supplier_order_status" DEFAULT 'pending' NOT NULL,
	"supplier_order_id" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"polls" integer DEFAULT 0 NOT NULL,
	"unit_cost" integer,
	"total_cost" integer,
	"currency" text NOT NULL,
	"keys_received" integer DEFAULT 0 NOT NULL,
	"duplicate_keys" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"next_attempt_at" timestamp with time zone,
	"deadline_at" timestamp with time zone,
	"supplier_updated_at" timestamp with time zone,
	"import_batch_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "supplier_sources" (
	"id" uuid PRIMARY KEY NOT NULL,
	"pool_id" uuid NOT NULL,
	"seller_id" uuid NOT NULL,
	"mode" "supplier_mode" NOT NULL,
	"kind" "supplier_kind" NOT NULL,
	"product_id" text NOT NULL,
	"base_url" text NOT NULL,
	"currency" text NOT NULL,
	"max_unit_cost" integer NOT NULL,
	"wait_minutes" integer DEFAULT 15 NOT NULL,
	"backfill_threshold" integer DEFAULT 0 NOT NULL,
	"backfill_quantity" integer DEFAULT 10 NOT NULL,
	"daily_spend_cap" integer DEFAULT 0 NOT NULL,
	"credentials" "bytea",
	"credentials_key_version" integer,
	"webhook_secret_hash" "bytea",
	"status" "supplier_source_status" DEFAULT 'active' NOT NULL,
	"paused_reason" text,
	"paused_at" timestamp with time zone,
	"quote" jsonb,
	"quote_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "purchase_requests" ADD COLUMN "preparing_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "supplier_orders" ADD CONSTRAINT "supplier_orders_source_id_supplier_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."supplier_sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_orders" ADD CONSTRAINT "supplier_orders_pool_id_pools_id_fk" FOREIGN KEY ("pool_id") REFERENCES "public"."pools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_orders" ADD CONSTRAINT "supplier_orders_seller_id_users_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_orders" ADD CONSTRAINT "supplier_orders_request_id_purchase_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."purchase_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_sources" ADD CONSTRAINT "supplier_sources_pool_id_pools_id_fk" FOREIGN KEY ("pool_id") REFERENCES "public"."pools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_sources" ADD CONSTRAINT "supplier_sources_seller_id_users_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "supplier_orders_external_uq" ON "supplier_orders" USING btree ("external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "supplier_orders_request_uq" ON "supplier_orders" USING btree ("request_id") WHERE request_id IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "supplier_orders_backfill_open_uq" ON "supplier_orders" USING btree ("pool_id") WHERE purpose = 'backfill' AND status IN ('pending', 'placing', 'processing');--> statement-breakpoint
CREATE INDEX "supplier_orders_pool_idx" ON "supplier_orders" USING btree ("pool_id","id");--> statement-breakpoint
CREATE INDEX "supplier_orders_source_idx" ON "supplier_orders" USING btree ("source_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "supplier_sources_pool_live_uq" ON "supplier_sources" USING btree ("pool_id") WHERE removed_at IS NULL;--> statement-breakpoint
CREATE INDEX "supplier_sources_seller_idx" ON "supplier_sources" USING btree ("seller_id");