CREATE TABLE "job_runs" (
	"job" text NOT NULL,
	"tick" timestamp with time zone NOT NULL,
	"runner" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"result" jsonb,
	"error" text,
	CONSTRAINT "job_runs_job_tick_pk" PRIMARY KEY("job","tick")
);
