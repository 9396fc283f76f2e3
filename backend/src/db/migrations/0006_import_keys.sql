CREATE UNIQUE INDEX "pools_id_seller_uq" ON "pools" USING btree ("id","seller_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pool_items_fingerprint_seller_uq" ON "pool_items" USING btree ("fingerprint","seller_id") WHERE status <> 'withdrawn';--> statement-breakpoint
ALTER TABLE "pool_items" ADD CONSTRAINT "pool_items_pool_id_seller_id_pools_id_seller_id_fk" FOREIGN KEY ("pool_id","seller_id") REFERENCES "public"."pools"("id","seller_id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_items" DROP CONSTRAINT "pool_items_pool_id_pools_id_fk";--> statement-breakpoint
ALTER TABLE "pool_items" DROP CONSTRAINT "pool_items_seller_id_users_id_fk";--> statement-breakpoint
ALTER TABLE "pool_items" DROP CONSTRAINT "pool_items_import_batch_id_import_batches_id_fk";--> statement-breakpoint
DROP INDEX "pool_items_seller_fingerprint_uq";--> statement-breakpoint
DROP INDEX "pool_items_fingerprint_idx";
