DROP INDEX "pool_items_pool_status_idx";--> statement-breakpoint
DROP INDEX "pool_items_request_idx";--> statement-breakpoint
CREATE INDEX "pool_items_seller_pool_status_idx" ON "pool_items" USING btree ("seller_id","pool_id","status","id");--> statement-breakpoint
CREATE INDEX "pool_items_request_idx" ON "pool_items" USING btree ("purchase_request_id") WHERE purchase_request_id IS NOT NULL;