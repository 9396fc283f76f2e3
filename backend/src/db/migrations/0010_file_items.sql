ALTER TYPE "public"."delivery_type" ADD VALUE 'file';--> statement-breakpoint
ALTER TYPE "public"."delivery_type" ADD VALUE 'image';--> statement-breakpoint
ALTER TYPE "public"."import_source" ADD VALUE 'files';--> statement-breakpoint
CREATE TABLE "file_downloads" (
	"nonce" text PRIMARY KEY NOT NULL,
	"item_id" uuid NOT NULL,
	"buyer_id" uuid NOT NULL,
	"used_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "item_file_chunks" (
	"item_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"data" "bytea" NOT NULL,
	CONSTRAINT "item_file_chunks_item_id_seq_pk" PRIMARY KEY("item_id","seq")
);
--> statement-breakpoint
CREATE TABLE "item_files" (
	"item_id" uuid PRIMARY KEY NOT NULL,
	"pool_id" uuid NOT NULL,
	"seller_id" uuid NOT NULL,
	"name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" bigint NOT NULL,
	"has_text" boolean NOT NULL,
	"wrapped_key" "bytea" NOT NULL,
	"key_version" integer NOT NULL,
	"chunk_size" integer NOT NULL,
	"storage" text NOT NULL,
	"object_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- Deferred: an import streams a file's chunks first and writes its item row once the content's
-- fingerprint is known, all in one transaction; the keys are checked at commit.
ALTER TABLE "item_files" ADD CONSTRAINT "item_files_item_fk" FOREIGN KEY ("item_id") REFERENCES "pool_items"("id") ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED;--> statement-breakpoint
ALTER TABLE "item_file_chunks" ADD CONSTRAINT "item_file_chunks_file_fk" FOREIGN KEY ("item_id") REFERENCES "item_files"("item_id") ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED;--> statement-breakpoint
ALTER TABLE "item_files" ADD CONSTRAINT "item_files_storage_ck" CHECK (("storage" = 'db' AND "object_key" IS NULL) OR ("storage" = 's3' AND "object_key" IS NOT NULL));--> statement-breakpoint
-- Ciphertext does not compress: TOAST stores it out of line as it is instead of trying.
ALTER TABLE "item_file_chunks" ALTER COLUMN "data" SET STORAGE EXTERNAL;--> statement-breakpoint
CREATE UNIQUE INDEX "item_files_object_key_uq" ON "item_files" ("object_key") WHERE "object_key" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "file_downloads_expires_idx" ON "file_downloads" ("expires_at");
