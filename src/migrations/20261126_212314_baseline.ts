import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_sites_modules" AS ENUM('care', 'property', 'office', 'member');
  CREATE TYPE "public"."enum_sites_type" AS ENUM('care-home', 'property', 'office', 'club');
  CREATE TYPE "public"."enum_staff_roles" AS ENUM('admin', 'staff');
  CREATE TYPE "public"."enum_staff_language" AS ENUM('zh', 'zh-TW', 'en');
  CREATE TYPE "public"."enum_scripts_kind" AS ENUM('greeting', 'call', 'six-eight', 'forbidden');
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'delete', 'transition', 'read', 'login');
  CREATE TYPE "public"."enum_audit_log_channel" AS ENUM('admin', 'api', 'email', 'device', 'job', 'system');
  CREATE TYPE "public"."enum_reception_records_type" AS ENUM('phone', 'visit', 'follow-up');
  CREATE TYPE "public"."enum_reception_records_outcome" AS ENUM('inquiry', 'partnership', 'staff-by-name', 'staff-unknown', 'other-business');
  CREATE TYPE "public"."enum_reception_records_source" AS ENUM('internet', 'referral', 'walk-by', 'advert', 'event', 'other');
  CREATE TYPE "public"."enum_reception_records_rating" AS ENUM('impossible', 'normal', 'possible', 'very-likely');
  CREATE TYPE "public"."enum_beds_status" AS ENUM('free', 'held', 'occupied');
  CREATE TYPE "public"."enum_elders_gender" AS ENUM('male', 'female');
  CREATE TYPE "public"."enum_elders_status" AS ENUM('reserved', 'admitted', 'out', 'discharged');
  CREATE TYPE "public"."enum_elders_contract_class" AS ENUM('B', 'C');
  CREATE TYPE "public"."enum_visit_cards_status" AS ENUM('active', 'returned', 'lost');
  CREATE TYPE "public"."enum_visits_kind" AS ENUM('register', 'card');
  CREATE TYPE "public"."enum_visits_purpose" AS ENUM('family', 'tour', 'interview', 'business', 'delivery', 'other');
  CREATE TYPE "public"."enum_visits_interview_for" AS ENUM('caregiver', 'other');
  CREATE TYPE "public"."enum_repair_requests_category" AS ENUM('facility', 'phone', 'tv', 'card-reader', 'cctv', 'gate', 'electrical', 'other');
  CREATE TYPE "public"."enum_repair_requests_status" AS ENUM('open', 'in-progress', 'done', 'cancelled');
  CREATE TABLE "sites_modules" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_sites_modules",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "sites" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"code" varchar NOT NULL,
  	"type" "enum_sites_type" DEFAULT 'care-home' NOT NULL,
  	"address" varchar,
  	"time_zone" varchar DEFAULT 'Asia/Shanghai' NOT NULL,
  	"opens_at" varchar DEFAULT '08:30' NOT NULL,
  	"closes_at" varchar DEFAULT '17:30' NOT NULL,
  	"desk_phone" varchar,
  	"duty_mobile" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "departments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"name" varchar NOT NULL,
  	"head_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "positions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"name_t_w" varchar NOT NULL,
  	"name_en" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "staff_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_staff_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "staff_sites" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL
  );
  
  CREATE TABLE "staff_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "staff" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"department_id" integer,
  	"work_phone" varchar,
  	"mobile" varchar,
  	"language" "enum_staff_language" DEFAULT 'zh' NOT NULL,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "staff_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"positions_id" integer
  );
  
  CREATE TABLE "documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"title" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "scripts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"kind" "enum_scripts_kind" NOT NULL,
  	"title" varchar NOT NULL,
  	"body" varchar NOT NULL,
  	"order" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"collection" varchar NOT NULL,
  	"record_id" varchar NOT NULL,
  	"site_id" integer,
  	"action" "enum_audit_log_action" NOT NULL,
  	"from" varchar,
  	"to" varchar,
  	"actor_id" integer,
  	"actor_name" varchar,
  	"channel" "enum_audit_log_channel" NOT NULL,
  	"changes" jsonb,
  	"back_entry" boolean DEFAULT false,
  	"occurred_at" timestamp(3) with time zone,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "reception_records" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"type" "enum_reception_records_type" DEFAULT 'phone' NOT NULL,
  	"received_at" timestamp(3) with time zone NOT NULL,
  	"outcome" "enum_reception_records_outcome" DEFAULT 'inquiry',
  	"visitor_name" varchar NOT NULL,
  	"visitor_phone" varchar,
  	"relation" varchar,
  	"elder_name" varchar,
  	"elder_age" numeric,
  	"elder_situation" varchar,
  	"needs" varchar,
  	"source" "enum_reception_records_source",
  	"staff_id" integer,
  	"rating" "enum_reception_records_rating",
  	"rating_note" varchar,
  	"notes" varchar,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "buildings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"name" varchar NOT NULL,
  	"floors" numeric DEFAULT 1 NOT NULL,
  	"order" numeric DEFAULT 0,
  	"notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "beds" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"building_id" integer NOT NULL,
  	"floor" numeric NOT NULL,
  	"room" varchar NOT NULL,
  	"bed_no" varchar NOT NULL,
  	"code" varchar,
  	"status" "enum_beds_status" DEFAULT 'free' NOT NULL,
  	"elder_id" integer,
  	"out_of_service" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "elders_contacts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"relation" varchar,
  	"phone" varchar NOT NULL,
  	"sponsor" boolean DEFAULT false
  );
  
  CREATE TABLE "elders" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"name" varchar NOT NULL,
  	"gender" "enum_elders_gender" NOT NULL,
  	"birth_date" timestamp(3) with time zone NOT NULL,
  	"id_number" varchar,
  	"photo_id" integer,
  	"status" "enum_elders_status" DEFAULT 'reserved' NOT NULL,
  	"bed_id" integer,
  	"nursing_fee" numeric,
  	"contract_class" "enum_elders_contract_class",
  	"admitted_at" timestamp(3) with time zone,
  	"discharged_at" timestamp(3) with time zone,
  	"health" varchar,
  	"notes" varchar,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "visit_cards" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"card_number" varchar NOT NULL,
  	"status" "enum_visit_cards_status" DEFAULT 'active' NOT NULL,
  	"elder_id" integer NOT NULL,
  	"holder_name" varchar NOT NULL,
  	"relation" varchar,
  	"holder_phone" varchar,
  	"deposit" numeric DEFAULT 50 NOT NULL,
  	"deposit_receipt" varchar NOT NULL,
  	"issued_at" timestamp(3) with time zone NOT NULL,
  	"closed_at" timestamp(3) with time zone,
  	"notes" varchar,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "visits" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"kind" "enum_visits_kind" DEFAULT 'register' NOT NULL,
  	"purpose" "enum_visits_purpose" DEFAULT 'family' NOT NULL,
  	"visitor_name" varchar NOT NULL,
  	"visitor_phone" varchar,
  	"visitor_count" varchar DEFAULT '1',
  	"host" varchar,
  	"host_staff_id" integer,
  	"elder_id" integer,
  	"phone_confirmed" boolean DEFAULT false,
  	"confirmed_by_id" integer,
  	"interview_for" "enum_visits_interview_for",
  	"hr_confirmed" boolean DEFAULT false,
  	"card_id" integer,
  	"time_in" timestamp(3) with time zone,
  	"time_out" timestamp(3) with time zone,
  	"notes" varchar,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "repair_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"category" "enum_repair_requests_category" DEFAULT 'facility' NOT NULL,
  	"reported_at" timestamp(3) with time zone NOT NULL,
  	"item" varchar NOT NULL,
  	"location" varchar,
  	"description" varchar,
  	"reporter_name" varchar NOT NULL,
  	"reported_by_id" integer,
  	"device" varchar,
  	"repairer_id" integer,
  	"status" "enum_repair_requests_status" DEFAULT 'open' NOT NULL,
  	"done_at" timestamp(3) with time zone,
  	"result" varchar,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"sites_id" integer,
  	"departments_id" integer,
  	"positions_id" integer,
  	"staff_id" integer,
  	"documents_id" integer,
  	"scripts_id" integer,
  	"audit_log_id" integer,
  	"reception_records_id" integer,
  	"buildings_id" integer,
  	"beds_id" integer,
  	"elders_id" integer,
  	"visit_cards_id" integer,
  	"visits_id" integer,
  	"repair_requests_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"staff_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "sites_modules" ADD CONSTRAINT "sites_modules_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "departments" ADD CONSTRAINT "departments_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "departments" ADD CONSTRAINT "departments_head_id_positions_id_fk" FOREIGN KEY ("head_id") REFERENCES "public"."positions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "staff_roles" ADD CONSTRAINT "staff_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."staff"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "staff_sites" ADD CONSTRAINT "staff_sites_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "staff_sites" ADD CONSTRAINT "staff_sites_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."staff"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "staff_sessions" ADD CONSTRAINT "staff_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."staff"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "staff" ADD CONSTRAINT "staff_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "staff_rels" ADD CONSTRAINT "staff_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."staff"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "staff_rels" ADD CONSTRAINT "staff_rels_positions_fk" FOREIGN KEY ("positions_id") REFERENCES "public"."positions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "scripts" ADD CONSTRAINT "scripts_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_staff_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reception_records" ADD CONSTRAINT "reception_records_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reception_records" ADD CONSTRAINT "reception_records_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "buildings" ADD CONSTRAINT "buildings_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "beds" ADD CONSTRAINT "beds_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "beds" ADD CONSTRAINT "beds_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "beds" ADD CONSTRAINT "beds_elder_id_elders_id_fk" FOREIGN KEY ("elder_id") REFERENCES "public"."elders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "elders_contacts" ADD CONSTRAINT "elders_contacts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."elders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "elders" ADD CONSTRAINT "elders_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "elders" ADD CONSTRAINT "elders_photo_id_documents_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "elders" ADD CONSTRAINT "elders_bed_id_beds_id_fk" FOREIGN KEY ("bed_id") REFERENCES "public"."beds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visit_cards" ADD CONSTRAINT "visit_cards_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visit_cards" ADD CONSTRAINT "visit_cards_elder_id_elders_id_fk" FOREIGN KEY ("elder_id") REFERENCES "public"."elders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visits" ADD CONSTRAINT "visits_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visits" ADD CONSTRAINT "visits_host_staff_id_staff_id_fk" FOREIGN KEY ("host_staff_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visits" ADD CONSTRAINT "visits_elder_id_elders_id_fk" FOREIGN KEY ("elder_id") REFERENCES "public"."elders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visits" ADD CONSTRAINT "visits_confirmed_by_id_staff_id_fk" FOREIGN KEY ("confirmed_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visits" ADD CONSTRAINT "visits_card_id_visit_cards_id_fk" FOREIGN KEY ("card_id") REFERENCES "public"."visit_cards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "repair_requests" ADD CONSTRAINT "repair_requests_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "repair_requests" ADD CONSTRAINT "repair_requests_reported_by_id_staff_id_fk" FOREIGN KEY ("reported_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "repair_requests" ADD CONSTRAINT "repair_requests_repairer_id_staff_id_fk" FOREIGN KEY ("repairer_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sites_fk" FOREIGN KEY ("sites_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_departments_fk" FOREIGN KEY ("departments_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_positions_fk" FOREIGN KEY ("positions_id") REFERENCES "public"."positions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_staff_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_scripts_fk" FOREIGN KEY ("scripts_id") REFERENCES "public"."scripts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reception_records_fk" FOREIGN KEY ("reception_records_id") REFERENCES "public"."reception_records"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_buildings_fk" FOREIGN KEY ("buildings_id") REFERENCES "public"."buildings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_beds_fk" FOREIGN KEY ("beds_id") REFERENCES "public"."beds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_elders_fk" FOREIGN KEY ("elders_id") REFERENCES "public"."elders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_visit_cards_fk" FOREIGN KEY ("visit_cards_id") REFERENCES "public"."visit_cards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_visits_fk" FOREIGN KEY ("visits_id") REFERENCES "public"."visits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_repair_requests_fk" FOREIGN KEY ("repair_requests_id") REFERENCES "public"."repair_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_staff_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "sites_modules_order_idx" ON "sites_modules" USING btree ("order");
  CREATE INDEX "sites_modules_parent_idx" ON "sites_modules" USING btree ("parent_id");
  CREATE UNIQUE INDEX "sites_name_idx" ON "sites" USING btree ("name");
  CREATE UNIQUE INDEX "sites_code_idx" ON "sites" USING btree ("code");
  CREATE INDEX "sites_updated_at_idx" ON "sites" USING btree ("updated_at");
  CREATE INDEX "sites_created_at_idx" ON "sites" USING btree ("created_at");
  CREATE INDEX "departments_site_idx" ON "departments" USING btree ("site_id");
  CREATE INDEX "departments_head_idx" ON "departments" USING btree ("head_id");
  CREATE INDEX "departments_updated_at_idx" ON "departments" USING btree ("updated_at");
  CREATE INDEX "departments_created_at_idx" ON "departments" USING btree ("created_at");
  CREATE UNIQUE INDEX "positions_slug_idx" ON "positions" USING btree ("slug");
  CREATE INDEX "positions_updated_at_idx" ON "positions" USING btree ("updated_at");
  CREATE INDEX "positions_created_at_idx" ON "positions" USING btree ("created_at");
  CREATE INDEX "staff_roles_order_idx" ON "staff_roles" USING btree ("order");
  CREATE INDEX "staff_roles_parent_idx" ON "staff_roles" USING btree ("parent_id");
  CREATE INDEX "staff_sites_order_idx" ON "staff_sites" USING btree ("_order");
  CREATE INDEX "staff_sites_parent_id_idx" ON "staff_sites" USING btree ("_parent_id");
  CREATE INDEX "staff_sites_site_idx" ON "staff_sites" USING btree ("site_id");
  CREATE INDEX "staff_sessions_order_idx" ON "staff_sessions" USING btree ("_order");
  CREATE INDEX "staff_sessions_parent_id_idx" ON "staff_sessions" USING btree ("_parent_id");
  CREATE INDEX "staff_department_idx" ON "staff" USING btree ("department_id");
  CREATE INDEX "staff_active_idx" ON "staff" USING btree ("active");
  CREATE INDEX "staff_updated_at_idx" ON "staff" USING btree ("updated_at");
  CREATE INDEX "staff_created_at_idx" ON "staff" USING btree ("created_at");
  CREATE UNIQUE INDEX "staff_email_idx" ON "staff" USING btree ("email");
  CREATE INDEX "staff_rels_order_idx" ON "staff_rels" USING btree ("order");
  CREATE INDEX "staff_rels_parent_idx" ON "staff_rels" USING btree ("parent_id");
  CREATE INDEX "staff_rels_path_idx" ON "staff_rels" USING btree ("path");
  CREATE INDEX "staff_rels_positions_id_idx" ON "staff_rels" USING btree ("positions_id");
  CREATE INDEX "documents_site_idx" ON "documents" USING btree ("site_id");
  CREATE INDEX "documents_updated_at_idx" ON "documents" USING btree ("updated_at");
  CREATE INDEX "documents_created_at_idx" ON "documents" USING btree ("created_at");
  CREATE UNIQUE INDEX "documents_filename_idx" ON "documents" USING btree ("filename");
  CREATE INDEX "scripts_site_idx" ON "scripts" USING btree ("site_id");
  CREATE INDEX "scripts_kind_idx" ON "scripts" USING btree ("kind");
  CREATE INDEX "scripts_updated_at_idx" ON "scripts" USING btree ("updated_at");
  CREATE INDEX "scripts_created_at_idx" ON "scripts" USING btree ("created_at");
  CREATE INDEX "audit_log_collection_idx" ON "audit_log" USING btree ("collection");
  CREATE INDEX "audit_log_site_idx" ON "audit_log" USING btree ("site_id");
  CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  CREATE INDEX "collection_recordId_idx" ON "audit_log" USING btree ("collection","record_id");
  CREATE INDEX "reception_records_site_idx" ON "reception_records" USING btree ("site_id");
  CREATE INDEX "reception_records_received_at_idx" ON "reception_records" USING btree ("received_at");
  CREATE INDEX "reception_records_staff_idx" ON "reception_records" USING btree ("staff_id");
  CREATE INDEX "reception_records_rating_idx" ON "reception_records" USING btree ("rating");
  CREATE INDEX "reception_records_updated_at_idx" ON "reception_records" USING btree ("updated_at");
  CREATE INDEX "reception_records_created_at_idx" ON "reception_records" USING btree ("created_at");
  CREATE INDEX "site_receivedAt_idx" ON "reception_records" USING btree ("site_id","received_at");
  CREATE INDEX "site_rating_idx" ON "reception_records" USING btree ("site_id","rating");
  CREATE INDEX "buildings_site_idx" ON "buildings" USING btree ("site_id");
  CREATE INDEX "buildings_updated_at_idx" ON "buildings" USING btree ("updated_at");
  CREATE INDEX "buildings_created_at_idx" ON "buildings" USING btree ("created_at");
  CREATE INDEX "beds_site_idx" ON "beds" USING btree ("site_id");
  CREATE INDEX "beds_building_idx" ON "beds" USING btree ("building_id");
  CREATE INDEX "beds_status_idx" ON "beds" USING btree ("status");
  CREATE INDEX "beds_elder_idx" ON "beds" USING btree ("elder_id");
  CREATE INDEX "beds_updated_at_idx" ON "beds" USING btree ("updated_at");
  CREATE INDEX "beds_created_at_idx" ON "beds" USING btree ("created_at");
  CREATE INDEX "site_status_idx" ON "beds" USING btree ("site_id","status");
  CREATE UNIQUE INDEX "building_room_bedNo_idx" ON "beds" USING btree ("building_id","room","bed_no");
  CREATE INDEX "elders_contacts_order_idx" ON "elders_contacts" USING btree ("_order");
  CREATE INDEX "elders_contacts_parent_id_idx" ON "elders_contacts" USING btree ("_parent_id");
  CREATE INDEX "elders_site_idx" ON "elders" USING btree ("site_id");
  CREATE INDEX "elders_name_idx" ON "elders" USING btree ("name");
  CREATE INDEX "elders_photo_idx" ON "elders" USING btree ("photo_id");
  CREATE INDEX "elders_status_idx" ON "elders" USING btree ("status");
  CREATE INDEX "elders_bed_idx" ON "elders" USING btree ("bed_id");
  CREATE INDEX "elders_updated_at_idx" ON "elders" USING btree ("updated_at");
  CREATE INDEX "elders_created_at_idx" ON "elders" USING btree ("created_at");
  CREATE INDEX "site_status_1_idx" ON "elders" USING btree ("site_id","status");
  CREATE INDEX "visit_cards_site_idx" ON "visit_cards" USING btree ("site_id");
  CREATE INDEX "visit_cards_card_number_idx" ON "visit_cards" USING btree ("card_number");
  CREATE INDEX "visit_cards_status_idx" ON "visit_cards" USING btree ("status");
  CREATE INDEX "visit_cards_elder_idx" ON "visit_cards" USING btree ("elder_id");
  CREATE INDEX "visit_cards_updated_at_idx" ON "visit_cards" USING btree ("updated_at");
  CREATE INDEX "visit_cards_created_at_idx" ON "visit_cards" USING btree ("created_at");
  CREATE UNIQUE INDEX "site_cardNumber_idx" ON "visit_cards" USING btree ("site_id","card_number");
  CREATE INDEX "visits_site_idx" ON "visits" USING btree ("site_id");
  CREATE INDEX "visits_host_staff_idx" ON "visits" USING btree ("host_staff_id");
  CREATE INDEX "visits_elder_idx" ON "visits" USING btree ("elder_id");
  CREATE INDEX "visits_confirmed_by_idx" ON "visits" USING btree ("confirmed_by_id");
  CREATE INDEX "visits_card_idx" ON "visits" USING btree ("card_id");
  CREATE INDEX "visits_time_in_idx" ON "visits" USING btree ("time_in");
  CREATE INDEX "visits_updated_at_idx" ON "visits" USING btree ("updated_at");
  CREATE INDEX "visits_created_at_idx" ON "visits" USING btree ("created_at");
  CREATE INDEX "site_timeIn_idx" ON "visits" USING btree ("site_id","time_in");
  CREATE INDEX "repair_requests_site_idx" ON "repair_requests" USING btree ("site_id");
  CREATE INDEX "repair_requests_reported_at_idx" ON "repair_requests" USING btree ("reported_at");
  CREATE INDEX "repair_requests_reported_by_idx" ON "repair_requests" USING btree ("reported_by_id");
  CREATE INDEX "repair_requests_repairer_idx" ON "repair_requests" USING btree ("repairer_id");
  CREATE INDEX "repair_requests_status_idx" ON "repair_requests" USING btree ("status");
  CREATE INDEX "repair_requests_updated_at_idx" ON "repair_requests" USING btree ("updated_at");
  CREATE INDEX "repair_requests_created_at_idx" ON "repair_requests" USING btree ("created_at");
  CREATE INDEX "site_status_2_idx" ON "repair_requests" USING btree ("site_id","status");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_sites_id_idx" ON "payload_locked_documents_rels" USING btree ("sites_id");
  CREATE INDEX "payload_locked_documents_rels_departments_id_idx" ON "payload_locked_documents_rels" USING btree ("departments_id");
  CREATE INDEX "payload_locked_documents_rels_positions_id_idx" ON "payload_locked_documents_rels" USING btree ("positions_id");
  CREATE INDEX "payload_locked_documents_rels_staff_id_idx" ON "payload_locked_documents_rels" USING btree ("staff_id");
  CREATE INDEX "payload_locked_documents_rels_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("documents_id");
  CREATE INDEX "payload_locked_documents_rels_scripts_id_idx" ON "payload_locked_documents_rels" USING btree ("scripts_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");
  CREATE INDEX "payload_locked_documents_rels_reception_records_id_idx" ON "payload_locked_documents_rels" USING btree ("reception_records_id");
  CREATE INDEX "payload_locked_documents_rels_buildings_id_idx" ON "payload_locked_documents_rels" USING btree ("buildings_id");
  CREATE INDEX "payload_locked_documents_rels_beds_id_idx" ON "payload_locked_documents_rels" USING btree ("beds_id");
  CREATE INDEX "payload_locked_documents_rels_elders_id_idx" ON "payload_locked_documents_rels" USING btree ("elders_id");
  CREATE INDEX "payload_locked_documents_rels_visit_cards_id_idx" ON "payload_locked_documents_rels" USING btree ("visit_cards_id");
  CREATE INDEX "payload_locked_documents_rels_visits_id_idx" ON "payload_locked_documents_rels" USING btree ("visits_id");
  CREATE INDEX "payload_locked_documents_rels_repair_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("repair_requests_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_staff_id_idx" ON "payload_preferences_rels" USING btree ("staff_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "sites_modules" CASCADE;
  DROP TABLE "sites" CASCADE;
  DROP TABLE "departments" CASCADE;
  DROP TABLE "positions" CASCADE;
  DROP TABLE "staff_roles" CASCADE;
  DROP TABLE "staff_sites" CASCADE;
  DROP TABLE "staff_sessions" CASCADE;
  DROP TABLE "staff" CASCADE;
  DROP TABLE "staff_rels" CASCADE;
  DROP TABLE "documents" CASCADE;
  DROP TABLE "scripts" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "reception_records" CASCADE;
  DROP TABLE "buildings" CASCADE;
  DROP TABLE "beds" CASCADE;
  DROP TABLE "elders_contacts" CASCADE;
  DROP TABLE "elders" CASCADE;
  DROP TABLE "visit_cards" CASCADE;
  DROP TABLE "visits" CASCADE;
  DROP TABLE "repair_requests" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."enum_sites_modules";
  DROP TYPE "public"."enum_sites_type";
  DROP TYPE "public"."enum_staff_roles";
  DROP TYPE "public"."enum_staff_language";
  DROP TYPE "public"."enum_scripts_kind";
  DROP TYPE "public"."enum_audit_log_action";
  DROP TYPE "public"."enum_audit_log_channel";
  DROP TYPE "public"."enum_reception_records_type";
  DROP TYPE "public"."enum_reception_records_outcome";
  DROP TYPE "public"."enum_reception_records_source";
  DROP TYPE "public"."enum_reception_records_rating";
  DROP TYPE "public"."enum_beds_status";
  DROP TYPE "public"."enum_elders_gender";
  DROP TYPE "public"."enum_elders_status";
  DROP TYPE "public"."enum_elders_contract_class";
  DROP TYPE "public"."enum_visit_cards_status";
  DROP TYPE "public"."enum_visits_kind";
  DROP TYPE "public"."enum_visits_purpose";
  DROP TYPE "public"."enum_visits_interview_for";
  DROP TYPE "public"."enum_repair_requests_category";
  DROP TYPE "public"."enum_repair_requests_status";`)
}
