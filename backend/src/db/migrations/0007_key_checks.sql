CREATE TABLE "key_checks" (
	"kind" text NOT NULL,
	"version" integer NOT NULL,
	"check_value" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"retired_at" timestamp with time zone,
	CONSTRAINT "key_checks_kind_version_pk" PRIMARY KEY("kind","version"),
	CONSTRAINT "key_checks_kind_ck" CHECK ("key_checks"."kind" IN ('data', 'fingerprint'))
);
