-- Every listing becomes a listing with one variant, "Standard", under the listing's own id: its
-- price, pool and per-order maximum move onto it, its requests and watchers point at it, and its
-- sold count is what its funded-and-not-refunded requests hold (SOLD_STATUSES). Caps start
-- unlimited (null): before this migration there were none.
CREATE TYPE "public"."buyer_limit_period" AS ENUM('day', 'week', 'lifetime');--> statement-breakpoint
CREATE TABLE "template_variants" (
	"id" uuid PRIMARY KEY NOT NULL,
	"template_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"title" text NOT NULL,
	"price" integer NOT NULL,
	"pool_id" uuid,
	"max_quantity" integer,
	"sold_count" integer DEFAULT 0 NOT NULL,
	"min_per_order" integer DEFAULT 1 NOT NULL,
	"max_per_order" integer DEFAULT 1 NOT NULL,
	"buyer_limit_count" integer,
	"buyer_limit_period" "buyer_limit_period",
	"active" boolean DEFAULT true NOT NULL,
	"removed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "template_variants_sold_within_cap" CHECK ("template_variants"."sold_count" >= 0 and "template_variants"."sold_count" <= coalesce("template_variants"."max_quantity", "template_variants"."sold_count")),
	CONSTRAINT "template_variants_per_order" CHECK ("template_variants"."min_per_order" >= 1 and "template_variants"."min_per_order" <= "template_variants"."max_per_order"),
	CONSTRAINT "template_variants_limit_whole" CHECK (("template_variants"."buyer_limit_count" is null) = ("template_variants"."buyer_limit_period" is null))
);
--> statement-breakpoint
ALTER TABLE "template_variants" ADD CONSTRAINT "template_variants_template_id_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "template_variants" ADD CONSTRAINT "template_variants_pool_id_pools_id_fk" FOREIGN KEY ("pool_id") REFERENCES "public"."pools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "template_variants_template_idx" ON "template_variants" USING btree ("template_id","position");--> statement-breakpoint
CREATE INDEX "template_variants_pool_idx" ON "template_variants" USING btree ("pool_id");--> statement-breakpoint
INSERT INTO "template_variants" ("id", "template_id", "position", "title", "price", "pool_id", "max_quantity", "sold_count", "min_per_order", "max_per_order", "active", "created_at", "updated_at")
SELECT t."id", t."id", 0, 'Standard', t."price", t."default_pool_id", NULL,
	(SELECT coalesce(sum(r."quantity"), 0) FROM "purchase_requests" r
		WHERE r."template_id" = t."id" AND r."status" IN ('funded', 'awaiting_stock', 'preparing', 'delivered', 'disputed', 'completed')),
	1, t."max_quantity", true, t."created_at", t."updated_at"
FROM "templates" t;--> statement-breakpoint
ALTER TABLE "templates" ADD COLUMN "sold_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
UPDATE "templates" t SET "sold_count" = v."sold_count" FROM "template_variants" v WHERE v."id" = t."id";--> statement-breakpoint
ALTER TABLE "templates" ALTER COLUMN "max_quantity" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "templates" ALTER COLUMN "max_quantity" DROP NOT NULL;--> statement-breakpoint
UPDATE "templates" SET "max_quantity" = NULL;--> statement-breakpoint
ALTER TABLE "templates" ADD CONSTRAINT "templates_sold_within_cap" CHECK ("templates"."sold_count" >= 0 and "templates"."sold_count" <= coalesce("templates"."max_quantity", "templates"."sold_count"));--> statement-breakpoint
ALTER TABLE "purchase_requests" ADD COLUMN "variant_id" uuid;--> statement-breakpoint
UPDATE "purchase_requests" SET "variant_id" = "template_id";--> statement-breakpoint
ALTER TABLE "purchase_requests" ALTER COLUMN "variant_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "purchase_requests" ADD CONSTRAINT "purchase_requests_variant_id_template_variants_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."template_variants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "requests_buyer_variant_idx" ON "purchase_requests" USING btree ("buyer_id","variant_id","funded_at");--> statement-breakpoint
ALTER TABLE "stock_watchers" ADD COLUMN "variant_id" uuid;--> statement-breakpoint
UPDATE "stock_watchers" SET "variant_id" = "template_id";--> statement-breakpoint
ALTER TABLE "stock_watchers" ALTER COLUMN "variant_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "stock_watchers" DROP CONSTRAINT "stock_watchers_template_id_user_id_pk";--> statement-breakpoint
ALTER TABLE "stock_watchers" ADD CONSTRAINT "stock_watchers_variant_id_user_id_pk" PRIMARY KEY("variant_id","user_id");--> statement-breakpoint
ALTER TABLE "stock_watchers" ADD CONSTRAINT "stock_watchers_variant_id_template_variants_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."template_variants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
DROP INDEX "templates_pool_idx";--> statement-breakpoint
ALTER TABLE "templates" DROP CONSTRAINT "templates_default_pool_id_pools_id_fk";--> statement-breakpoint
ALTER TABLE "templates" DROP COLUMN "price";--> statement-breakpoint
ALTER TABLE "templates" DROP COLUMN "default_pool_id";
