import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_reception_records_type" AS ENUM('phone', 'visit', 'follow-up');
  CREATE TYPE "public"."enum_reception_records_outcome" AS ENUM('inquiry', 'partnership', 'staff-by-name', 'staff-unknown', 'other-business');
  CREATE TYPE "public"."enum_reception_records_source" AS ENUM('internet', 'referral', 'walk-by', 'advert', 'event', 'other');
  CREATE TYPE "public"."enum_reception_records_rating" AS ENUM('impossible', 'normal', 'possible', 'very-likely');
  CREATE TYPE "public"."enum_visits_kind" AS ENUM('register', 'card');
  CREATE TYPE "public"."enum_visits_purpose" AS ENUM('family', 'tour', 'interview', 'business', 'delivery', 'other');
  CREATE TYPE "public"."enum_visits_interview_for" AS ENUM('caregiver', 'other');
  CREATE TYPE "public"."enum_reservations_status" AS ENUM('pending', 'held', 'confirmed', 'admitted', 'cancelled');
  CREATE TYPE "public"."enum_outings_kind" AS ENUM('leave', 'same-day');
  CREATE TYPE "public"."enum_outings_status" AS ENUM('out', 'returned');
  CREATE TYPE "public"."enum_parcels_for_whom" AS ENUM('elder', 'staff');
  CREATE TYPE "public"."enum_beds_status" AS ENUM('free', 'held', 'occupied');
  CREATE TYPE "public"."enum_elders_gender" AS ENUM('male', 'female');
  CREATE TYPE "public"."enum_elders_status" AS ENUM('reserved', 'admitted', 'out', 'discharged');
  CREATE TYPE "public"."enum_elders_contract_class" AS ENUM('B', 'C');
  CREATE TYPE "public"."enum_fee_changes_approval_status" AS ENUM('pending', 'approved', 'rejected', 'withdrawn');
  CREATE TYPE "public"."enum_bed_changes_approval_status" AS ENUM('pending', 'approved', 'rejected', 'withdrawn');
  CREATE TYPE "public"."enum_visit_cards_status" AS ENUM('active', 'returned', 'lost');
  CREATE TYPE "public"."enum_repair_requests_category" AS ENUM('facility', 'phone', 'tv', 'card-reader', 'cctv', 'gate', 'electrical', 'other');
  CREATE TYPE "public"."enum_repair_requests_status" AS ENUM('open', 'in-progress', 'done', 'cancelled');
  CREATE TYPE "public"."enum_waitlist_status" AS ENUM('waiting', 'called', 'reserved', 'withdrawn');
  CREATE TYPE "public"."enum_admission_preps_status" AS ENUM('preparing', 'admitted', 'cancelled');
  CREATE TYPE "public"."enum_admissions_contract_class" AS ENUM('B', 'C');
  CREATE TYPE "public"."enum_admissions_status" AS ENUM('admitted', 'filed');
  CREATE TYPE "public"."enum_discharges_status" AS ENUM('notice', 'approved', 'done');
  CREATE TYPE "public"."enum_discharges_approval_status" AS ENUM('pending', 'approved', 'rejected', 'withdrawn');
  CREATE TYPE "public"."enum_meal_orders_purpose" AS ENUM('family', 'tour', 'gathering', 'other');
  CREATE TYPE "public"."enum_meal_orders_status" AS ENUM('ordered', 'cancelled');
  CREATE TYPE "public"."enum_gatherings_package" AS ENUM('A', 'B');
  CREATE TYPE "public"."enum_gatherings_status" AS ENUM('booked', 'cancelled');
  CREATE TYPE "public"."enum_complaints_channel" AS ENUM('visit', 'phone', 'letter', 'message', 'other');
  CREATE TYPE "public"."enum_complaints_status" AS ENUM('open', 'handled', 'closed');
  CREATE TYPE "public"."enum_complaints_late_entry" AS ENUM('no', 'yes');
  CREATE TYPE "public"."enum_sms_notices_kind" AS ENUM('notice', 'greeting');
  CREATE TYPE "public"."enum_sms_notices_approval_status" AS ENUM('pending', 'approved', 'rejected', 'withdrawn');
  CREATE TYPE "public"."enum_sms_kind" AS ENUM('route', 'parcel', 'notice', 'greeting', 'itinerary');
  CREATE TYPE "public"."enum_sms_status" AS ENUM('queued', 'sent', 'failed');
  CREATE TYPE "public"."enum_archive_grants_status" AS ENUM('requested', 'registered', 'closed', 'expired');
  CREATE TYPE "public"."enum_archive_grants_approval_status" AS ENUM('pending', 'approved', 'rejected', 'withdrawn');
  CREATE TYPE "public"."enum_owner_complaints_channel" AS ENUM('phone', 'visit', 'letter', 'other');
  CREATE TYPE "public"."enum_owner_complaints_category" AS ENUM('repair', 'security', 'cleaning', 'landscape', 'fees', 'attitude', 'neighbours', 'parking', 'other');
  CREATE TYPE "public"."enum_owner_complaints_severity" AS ENUM('major', 'important', 'ordinary');
  CREATE TYPE "public"."enum_owner_complaints_told_how" AS ENUM('phone', 'visit');
  CREATE TYPE "public"."enum_owner_complaints_status" AS ENUM('received', 'routed', 'reported', 'told', 'closed', 'cancelled');
  CREATE TYPE "public"."enum_follow_ups_kind" AS ENUM('complaint', 'repair', 'special', 'emergency', 'publication', 'help');
  CREATE TYPE "public"."enum_follow_ups_stage" AS ENUM('mid', 'end');
  CREATE TYPE "public"."enum_follow_ups_method" AS ENUM('visit', 'site', 'phone');
  CREATE TYPE "public"."enum_follow_ups_work_quality" AS ENUM('good', 'fair', 'poor');
  CREATE TYPE "public"."enum_follow_ups_attitude" AS ENUM('good', 'fair', 'poor');
  CREATE TYPE "public"."enum_follow_ups_satisfaction" AS ENUM('very-satisfied', 'satisfied', 'basic', 'unsatisfied');
  CREATE TYPE "public"."enum_follow_ups_status" AS ENUM('planned', 'done', 'reviewed', 'cancelled');
  CREATE TYPE "public"."enum_key_loans_borrower_kind" AS ENUM('staff', 'contractor', 'owner');
  CREATE TYPE "public"."enum_key_loans_status" AS ENUM('out', 'overdue', 'returned', 'lost');
  CREATE TYPE "public"."enum_owners_status" AS ENUM('current', 'former');
  CREATE TYPE "public"."enum_unit_history_kind" AS ENUM('owner', 'phone', 'name', 'idNumber', 'unit');
  CREATE TYPE "public"."enum_owner_files_items_document" AS ENUM('sign-off', 'fire-safety', 'owner-info', 'unit-info', 'household', 'management-agreement', 'undertaking', 'handover', 'repair-records', 'renovation-application', 'renovation-agreement', 'air-conditioning', 'duplex-terrace', 'rectification', 'id-copies', 'authorisation', 'transfer', 'maintenance-log', 'other');
  CREATE TYPE "public"."enum_arrears_follow_ups_way" AS ENUM('phone', 'visit', 'notice', 'message');
  CREATE TYPE "public"."enum_arrears_fee_type" AS ENUM('management', 'utility', 'other');
  CREATE TYPE "public"."enum_complaint_settings_limits_category" AS ENUM('repair', 'security', 'cleaning', 'landscape', 'fees', 'attitude', 'neighbours', 'parking', 'other');
  CREATE TYPE "public"."enum_complaint_settings_limits_severity" AS ENUM('major', 'important', 'ordinary');
  CREATE TYPE "public"."enum_keys_source" AS ENUM('contractor', 'developer', 'other');
  CREATE TYPE "public"."enum_keys_status" AS ENUM('in', 'out', 'overdue', 'lost', 'handed');
  CREATE TYPE "public"."enum_key_handovers_relation" AS ENUM('owner', 'family', 'resident', 'agent');
  CREATE TYPE "public"."enum_key_handovers_id_type" AS ENUM('id-card', 'passport', 'hk-macau', 'deed', 'other');
  CREATE TYPE "public"."enum_key_memos_kind" AS ENUM('lost', 'damaged');
  CREATE TYPE "public"."enum_key_memos_measure" AS ENUM('recut', 'lock');
  CREATE TYPE "public"."enum_key_memos_status" AS ENUM('reported', 'handling', 'closed');
  CREATE TYPE "public"."enum_key_counts_rows_label" AS ENUM('ok', 'renewed');
  CREATE TYPE "public"."enum_key_counts_status" AS ENUM('counting', 'reported');
  CREATE TYPE "public"."enum_phone_log_outcome" AS ENUM('answered', 'missed');
  CREATE TYPE "public"."enum_phone_log_ring_check" AS ENUM('within', 'late', 'missed');
  CREATE TYPE "public"."enum_visitor_log_purpose" AS ENUM('business', 'interview', 'delivery', 'other');
  CREATE TYPE "public"."enum_visitor_log_appointment" AS ENUM('yes', 'no');
  CREATE TYPE "public"."enum_visitor_log_host_told" AS ENUM('phone', 'message', 'email');
  CREATE TYPE "public"."enum_visitor_log_decision" AS ENUM('go-in', 'wait');
  CREATE TYPE "public"."enum_visitor_log_status" AS ENUM('expected', 'in', 'out', 'cancelled');
  CREATE TYPE "public"."enum_office_parcels_status" AS ENUM('arrived', 'held', 'collected');
  CREATE TYPE "public"."enum_meetings_equipment_item" AS ENUM('projector', 'microphone', 'led', 'laptop', 'video', 'whiteboard', 'camera', 'other');
  CREATE TYPE "public"."enum_meetings_refreshments" AS ENUM('tea', 'drinks', 'fruit', 'snacks', 'napkins');
  CREATE TYPE "public"."enum_meetings_status" AS ENUM('planned', 'ready', 'ended', 'cancelled');
  CREATE TYPE "public"."enum_travel_requests_kind" AS ENUM('train', 'flight', 'hotel');
  CREATE TYPE "public"."enum_travel_requests_preferences_train_seat" AS ENUM('second', 'first', 'business');
  CREATE TYPE "public"."enum_travel_requests_preferences_seat_side" AS ENUM('window', 'aisle');
  CREATE TYPE "public"."enum_travel_requests_preferences_plane_zone" AS ENUM('front', 'middle', 'back');
  CREATE TYPE "public"."enum_travel_requests_preferences_check_in" AS ENUM('desk', 'self');
  CREATE TYPE "public"."enum_travel_requests_funding" AS ENUM('advance', 'reimburse');
  CREATE TYPE "public"."enum_travel_requests_status" AS ENUM('requested', 'booked', 'settled', 'cancelled');
  CREATE TYPE "public"."enum_travel_requests_preferences_from" AS ENUM('profile', 'saved');
  CREATE TYPE "public"."enum_archives_type" AS ENUM('contract', 'outgoing', 'incoming', 'minutes', 'finance', 'licence', 'admin', 'other');
  CREATE TYPE "public"."enum_archives_status" AS ENUM('filed', 'void');
  CREATE TYPE "public"."enum_access_cards_kind" AS ENUM('access', 'elevator', 'both');
  CREATE TYPE "public"."enum_access_cards_status" AS ENUM('issued', 'returned', 'lost');
  CREATE TYPE "public"."enum_leaving_checklists_items_kind" AS ENUM('key', 'equipment', 'other');
  CREATE TYPE "public"."enum_leaving_checklists_status" AS ENUM('open', 'completed', 'cancelled');
  CREATE TYPE "public"."enum_attendance_reason" AS ENUM('screen-down', 'power', 'network', 'other');
  CREATE TYPE "public"."enum_leave_slips_kind" AS ENUM('personal', 'sick', 'annual', 'time-off', 'marriage', 'bereavement', 'maternity');
  CREATE TYPE "public"."enum_leave_slips_approval_status" AS ENUM('pending', 'approved', 'rejected', 'withdrawn');
  CREATE TYPE "public"."enum_travel_preferences_train_seat" AS ENUM('second', 'first', 'business');
  CREATE TYPE "public"."enum_travel_preferences_seat_side" AS ENUM('window', 'aisle');
  CREATE TYPE "public"."enum_travel_preferences_plane_zone" AS ENUM('front', 'middle', 'back');
  CREATE TYPE "public"."enum_travel_preferences_check_in" AS ENUM('desk', 'self');
  CREATE TYPE "public"."enum_supply_plans_status" AS ENUM('submitted', 'consolidated', 'approved');
  CREATE TYPE "public"."enum_supply_purchases_status" AS ENUM('to-buy', 'purchased');
  CREATE TYPE "public"."enum_supply_purchases_approval_status" AS ENUM('pending', 'approved', 'rejected', 'withdrawn');
  CREATE TYPE "public"."enum_personnel_files_documents_document" AS ENUM('application', 'staff-info', 'id-copy', 'diplomas', 'contract', 'medical', 'appraisal', 'leaving', 'other');
  CREATE TYPE "public"."enum_appointments_status" AS ENUM('booked', 'arrived', 'no-show', 'cancelled');
  CREATE TYPE "public"."enum_consultations_outcome" AS ENUM('closed', 'not-closed');
  CREATE TYPE "public"."enum_daily_reports_status" AS ENUM('draft', 'sent');
  CREATE TYPE "public"."enum_members_gender" AS ENUM('female', 'male');
  CREATE TYPE "public"."enum_members_language" AS ENUM('zh', 'zh-TW', 'en');
  CREATE TYPE "public"."enum_members_tier_source" AS ENUM('spending', 'override');
  CREATE TYPE "public"."enum_timetables_entries_weekday" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'daily');
  CREATE TYPE "public"."enum_timetables_kind" AS ENUM('classes', 'services');
  CREATE TYPE "public"."enum_timetables_language" AS ENUM('zh', 'zh-TW', 'en');
  CREATE TYPE "public"."enum_acknowledgements_script_kind" AS ENUM('greeting', 'call', 'six-eight', 'forbidden');
  CREATE TYPE "public"."enum_acknowledgements_status" AS ENUM('pending', 'acknowledged', 'superseded');
  CREATE TYPE "public"."enum_scripts_kind" AS ENUM('greeting', 'call', 'six-eight', 'forbidden');
  CREATE TYPE "public"."enum_messages_status" AS ENUM('open', 'done', 'withdrawn');
  CREATE TYPE "public"."enum_message_receipts_state" AS ENUM('unread', 'read', 'confirmed');
  CREATE TYPE "public"."enum_approvals_decision" AS ENUM('approved', 'rejected');
  CREATE TYPE "public"."enum_approvals_channel" AS ENUM('email', 'admin', 'api');
  CREATE TYPE "public"."enum_call_tasks_status" AS ENUM('open', 'done', 'cancelled');
  CREATE TYPE "public"."enum_routine_checks_actions" AS ENUM('forwarding-off', 'forwarding-on', 'tv-on', 'tv-off');
  CREATE TYPE "public"."enum_routine_checks_kind" AS ENUM('manual', 'device');
  CREATE TYPE "public"."enum_routine_checks_status" AS ENUM('pending', 'done', 'late', 'missed', 'failed');
  CREATE TYPE "public"."enum_devices_kind" AS ENUM('gate', 'reader', 'phone', 'camera', 'tv', 'bridge');
  CREATE TYPE "public"."enum_devices_driver" AS ENUM('simulator', 'modbus', 'zkteco', 'serial', 'wedge', 'ami', 'snapshot-url');
  CREATE TYPE "public"."enum_devices_status" AS ENUM('unknown', 'up', 'down');
  CREATE TYPE "public"."enum_device_commands_action" AS ENUM('open', 'close', 'stop', 'forwarding-on', 'forwarding-off', 'tv-on', 'tv-off');
  CREATE TYPE "public"."enum_device_commands_state" AS ENUM('queued', 'sent', 'done', 'failed');
  CREATE TYPE "public"."enum_calls_direction" AS ENUM('in', 'out');
  CREATE TYPE "public"."enum_calls_status" AS ENUM('ringing', 'answered', 'ended', 'missed');
  CREATE TYPE "public"."enum_calls_ring_check" AS ENUM('within', 'late', 'missed');
  CREATE TYPE "public"."enum_sites_modules" AS ENUM('care', 'property', 'office', 'member');
  CREATE TYPE "public"."enum_sites_type" AS ENUM('care-home', 'property', 'office', 'club');
  CREATE TYPE "public"."enum_staff_roles" AS ENUM('admin', 'staff');
  CREATE TYPE "public"."enum_staff_language" AS ENUM('zh', 'zh-TW', 'en');
  CREATE TYPE "public"."enum_calendar_days_kind" AS ENUM('holiday', 'workday');
  CREATE TYPE "public"."enum_routines_items_actions" AS ENUM('forwarding-off', 'forwarding-on', 'tv-on', 'tv-off');
  CREATE TYPE "public"."enum_routines_items_kind" AS ENUM('manual', 'device');
  CREATE TYPE "public"."enum_routines_days" AS ENUM('working', 'every');
  CREATE TYPE "public"."enum_digest_settings_kind" AS ENUM('daily-reception', 'archive-monthly');
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'delete', 'transition', 'read', 'login');
  CREATE TYPE "public"."enum_audit_log_channel" AS ENUM('admin', 'api', 'email', 'device', 'job', 'system');
  CREATE TYPE "public"."enum_mail_outbox_status" AS ENUM('queued', 'sending', 'sent', 'retrying', 'failed');
  CREATE TYPE "public"."enum_schedule_ticks_status" AS ENUM('queued', 'running', 'done', 'failed');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'tick');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'tick');
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
  	"follow_up_of_id" integer,
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
  	"card_id" integer,
  	"time_in" timestamp(3) with time zone,
  	"time_out" timestamp(3) with time zone,
  	"notes" varchar,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "reservations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"reception_record_id" integer,
  	"elder_id" integer,
  	"bed_id" integer NOT NULL,
  	"family_name" varchar NOT NULL,
  	"family_phone" varchar NOT NULL,
  	"deposit" numeric DEFAULT 500 NOT NULL,
  	"deposit_receipt" varchar,
  	"deposit_paid_at" timestamp(3) with time zone,
  	"expected_arrival" timestamp(3) with time zone,
  	"status" "enum_reservations_status" DEFAULT 'pending' NOT NULL,
  	"family_confirmed" boolean DEFAULT false,
  	"cancel_requested" boolean DEFAULT false,
  	"confirmed_at" timestamp(3) with time zone,
  	"cancelled_at" timestamp(3) with time zone,
  	"cancel_reason" varchar,
  	"notes" varchar,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"hold_due_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "outings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"elder_id" integer NOT NULL,
  	"left_at" timestamp(3) with time zone NOT NULL,
  	"expected_return" timestamp(3) with time zone NOT NULL,
  	"companion" varchar NOT NULL,
  	"relation" varchar,
  	"companion_phone" varchar NOT NULL,
  	"destination" varchar,
  	"reason" varchar,
  	"signed" boolean DEFAULT false,
  	"returned_at" timestamp(3) with time zone,
  	"kind" "enum_outings_kind",
  	"status" "enum_outings_status" DEFAULT 'out',
  	"overdue" boolean DEFAULT false,
  	"elder_name" varchar,
  	"left_at_text" varchar,
  	"return_text" varchar,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"return_due_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "parcels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"received_at" timestamp(3) with time zone NOT NULL,
  	"for_whom" "enum_parcels_for_whom" DEFAULT 'elder' NOT NULL,
  	"elder_id" integer,
  	"family_name" varchar,
  	"family_phone" varchar,
  	"staff_id" integer,
  	"carrier" varchar,
  	"tracking_no" varchar,
  	"postage_due" boolean DEFAULT false,
  	"postage" numeric,
  	"collected_at" timestamp(3) with time zone,
  	"collected_by" varchar,
  	"notes" varchar,
  	"notified" boolean DEFAULT false,
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
  	"picker_label" varchar,
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
  	"birth_date" timestamp(3) with time zone,
  	"birth_date_approximate" boolean DEFAULT false,
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
  	"picker_label" varchar,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "fee_changes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"elder_id" integer NOT NULL,
  	"requested_at" timestamp(3) with time zone NOT NULL,
  	"elder_name" varchar,
  	"current_fee" numeric,
  	"new_fee" numeric NOT NULL,
  	"effective_from" timestamp(3) with time zone,
  	"reason" varchar NOT NULL,
  	"family_member" varchar,
  	"family_phone" varchar,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"approval_status" "enum_fee_changes_approval_status",
  	"approval_position" varchar,
  	"approval_step" numeric DEFAULT 0,
  	"approval_round" numeric DEFAULT 1,
  	"approval_version" numeric DEFAULT 1,
  	"submitted_by_id" integer,
  	"return_reason" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "bed_changes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"elder_id" integer NOT NULL,
  	"requested_at" timestamp(3) with time zone NOT NULL,
  	"elder_name" varchar,
  	"from_bed_id" integer,
  	"to_bed_id" integer NOT NULL,
  	"reason" varchar NOT NULL,
  	"family_member" varchar,
  	"family_phone" varchar,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"approval_status" "enum_bed_changes_approval_status",
  	"approval_position" varchar,
  	"approval_step" numeric DEFAULT 0,
  	"approval_round" numeric DEFAULT 1,
  	"approval_version" numeric DEFAULT 1,
  	"submitted_by_id" integer,
  	"return_reason" varchar,
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
  	"status" "enum_repair_requests_status" DEFAULT 'open',
  	"done_at" timestamp(3) with time zone,
  	"result" varchar,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "waitlist" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"registered_at" timestamp(3) with time zone NOT NULL,
  	"family_name" varchar NOT NULL,
  	"family_phone" varchar NOT NULL,
  	"elder_name" varchar NOT NULL,
  	"wanted" varchar,
  	"status" "enum_waitlist_status" DEFAULT 'waiting' NOT NULL,
  	"call_notes" varchar,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "admission_preps" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"reservation_id" integer NOT NULL,
  	"arrival_date" timestamp(3) with time zone NOT NULL,
  	"health_cert_date" timestamp(3) with time zone NOT NULL,
  	"health_cert_photo_id" integer,
  	"health_cert_original" boolean DEFAULT false,
  	"notes" varchar,
  	"status" "enum_admission_preps_status" DEFAULT 'preparing' NOT NULL,
  	"elder_id" integer,
  	"original_pending" boolean DEFAULT false,
  	"elder_name" varchar,
  	"bed_code" varchar,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "admissions_contacts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"relation" varchar,
  	"phone" varchar NOT NULL,
  	"sponsor" boolean DEFAULT false
  );
  
  CREATE TABLE "admissions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"prep_id" integer NOT NULL,
  	"admitted_at" timestamp(3) with time zone NOT NULL,
  	"assessment" varchar NOT NULL,
  	"contract_class" "enum_admissions_contract_class" NOT NULL,
  	"docs_contract" boolean DEFAULT false,
  	"docs_room_facilities" boolean DEFAULT false,
  	"docs_risk_notice" boolean DEFAULT false,
  	"docs_assessment" boolean DEFAULT false,
  	"docs_rules" boolean DEFAULT false,
  	"docs_proxy" boolean DEFAULT false,
  	"docs_escort" boolean DEFAULT false,
  	"docs_guide" boolean DEFAULT false,
  	"docs_supplement" boolean DEFAULT false,
  	"docs_id_copies" boolean DEFAULT false,
  	"docs_outing_consent" boolean DEFAULT false,
  	"photo_id" integer NOT NULL,
  	"fees_nursing_fee" numeric NOT NULL,
  	"fees_bed_fee" numeric DEFAULT 0,
  	"fees_meal_fee" numeric DEFAULT 0,
  	"fees_deposit" numeric DEFAULT 0,
  	"fees_other" numeric DEFAULT 0,
  	"fees_reservation_deposit" numeric DEFAULT 0,
  	"health_cert_original_received" boolean DEFAULT false,
  	"filing_complete" boolean DEFAULT false,
  	"fee_total" numeric,
  	"status" "enum_admissions_status" DEFAULT 'admitted' NOT NULL,
  	"filing_late" boolean DEFAULT false,
  	"elder_id" integer,
  	"elder_name" varchar,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"filing_due_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "discharges_fees" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"item" varchar NOT NULL,
  	"amount" numeric NOT NULL
  );
  
  CREATE TABLE "discharges" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"elder_id" integer NOT NULL,
  	"notice_at" timestamp(3) with time zone NOT NULL,
  	"discharge_date" timestamp(3) with time zone NOT NULL,
  	"family_name" varchar NOT NULL,
  	"family_phone" varchar NOT NULL,
  	"reason" varchar,
  	"fees_checked" boolean DEFAULT false,
  	"fees_check_due" boolean DEFAULT false,
  	"notes" varchar,
  	"fee_total" numeric,
  	"short_notice" boolean DEFAULT false,
  	"status" "enum_discharges_status" DEFAULT 'notice',
  	"discharged_at" timestamp(3) with time zone,
  	"elder_name" varchar,
  	"bed_code" varchar,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"approval_status" "enum_discharges_approval_status",
  	"approval_position" varchar,
  	"approval_step" numeric DEFAULT 0,
  	"approval_round" numeric DEFAULT 1,
  	"approval_version" numeric DEFAULT 1,
  	"submitted_by_id" integer,
  	"return_reason" varchar,
  	"leave_due_at" timestamp(3) with time zone,
  	"fees_check_due_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "meal_orders_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"dish" varchar NOT NULL,
  	"quantity" numeric DEFAULT 1 NOT NULL,
  	"unit_price" numeric NOT NULL,
  	"amount" numeric
  );
  
  CREATE TABLE "meal_orders" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"guest_name" varchar NOT NULL,
  	"guests" numeric DEFAULT 1 NOT NULL,
  	"meal_time" timestamp(3) with time zone NOT NULL,
  	"elder_id" integer,
  	"purpose" "enum_meal_orders_purpose" DEFAULT 'family' NOT NULL,
  	"free" boolean DEFAULT false,
  	"notes" varchar,
  	"status" "enum_meal_orders_status" DEFAULT 'ordered',
  	"gathering_id" integer,
  	"total" numeric,
  	"order_text" varchar,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "gatherings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"elder_id" integer NOT NULL,
  	"family_name" varchar NOT NULL,
  	"family_phone" varchar NOT NULL,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"head_count" numeric NOT NULL,
  	"package" "enum_gatherings_package" NOT NULL,
  	"status" "enum_gatherings_status" DEFAULT 'booked' NOT NULL,
  	"meal_order_id" integer,
  	"notes" varchar,
  	"elder_name" varchar,
  	"starts_at_text" varchar,
  	"package_name" varchar,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "complaints" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"received_at" timestamp(3) with time zone NOT NULL,
  	"channel" "enum_complaints_channel" DEFAULT 'visit' NOT NULL,
  	"complainant" varchar NOT NULL,
  	"relation" varchar,
  	"phone" varchar,
  	"elder_id" integer,
  	"about" varchar,
  	"content" varchar NOT NULL,
  	"handling" varchar,
  	"result" varchar,
  	"status" "enum_complaints_status" DEFAULT 'open' NOT NULL,
  	"entered_at" timestamp(3) with time zone,
  	"late_entry" "enum_complaints_late_entry",
  	"paper_recorded_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "business_trips" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"staff_id" integer NOT NULL,
  	"destination" varchar NOT NULL,
  	"work_order_no" varchar,
  	"task" varchar NOT NULL,
  	"assigned_by_id" integer,
  	"left_at" timestamp(3) with time zone NOT NULL,
  	"expected_return" timestamp(3) with time zone NOT NULL,
  	"returned_at" timestamp(3) with time zone,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sms_notices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"kind" "enum_sms_notices_kind" DEFAULT 'notice' NOT NULL,
  	"text" varchar NOT NULL,
  	"numbers" varchar NOT NULL,
  	"approval_status" "enum_sms_notices_approval_status",
  	"approval_position" varchar,
  	"approval_step" numeric DEFAULT 0,
  	"approval_round" numeric DEFAULT 1,
  	"approval_version" numeric DEFAULT 1,
  	"submitted_by_id" integer,
  	"return_reason" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sms" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"kind" "enum_sms_kind" DEFAULT 'route' NOT NULL,
  	"to" varchar NOT NULL,
  	"text" varchar NOT NULL,
  	"elder_id" integer,
  	"notice_id" integer,
  	"status" "enum_sms_status" DEFAULT 'queued',
  	"sent_at" timestamp(3) with time zone,
  	"attempts" numeric DEFAULT 0,
  	"retry_at" timestamp(3) with time zone,
  	"provider_id" varchar,
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "archive_grants" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"archive_id" integer NOT NULL,
  	"archive_title" varchar,
  	"reader_id" integer,
  	"reason" varchar NOT NULL,
  	"working_days" numeric DEFAULT 1 NOT NULL,
  	"status" "enum_archive_grants_status" DEFAULT 'requested',
  	"registered_by_id" integer,
  	"registered_at" timestamp(3) with time zone,
  	"valid_from" timestamp(3) with time zone,
  	"valid_until" timestamp(3) with time zone,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"approval_status" "enum_archive_grants_approval_status",
  	"approval_position" varchar,
  	"approval_step" numeric DEFAULT 0,
  	"approval_round" numeric DEFAULT 1,
  	"approval_version" numeric DEFAULT 1,
  	"submitted_by_id" integer,
  	"return_reason" varchar,
  	"expiry_due_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "household_censuses" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"unit_id" integer NOT NULL,
  	"census_on" timestamp(3) with time zone NOT NULL,
  	"by_id" integer,
  	"residents" numeric,
  	"phone_checked" boolean DEFAULT false,
  	"members_checked" boolean DEFAULT false,
  	"changes" varchar,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "owner_complaints" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"received_at" timestamp(3) with time zone NOT NULL,
  	"channel" "enum_owner_complaints_channel" DEFAULT 'phone' NOT NULL,
  	"received_by_id" integer,
  	"unit_id" integer NOT NULL,
  	"complainant" varchar NOT NULL,
  	"phone" varchar,
  	"category" "enum_owner_complaints_category" NOT NULL,
  	"severity" "enum_owner_complaints_severity" DEFAULT 'ordinary' NOT NULL,
  	"content" varchar NOT NULL,
  	"department_id" integer,
  	"handling" varchar,
  	"director_opinion" varchar,
  	"told_how" "enum_owner_complaints_told_how",
  	"told_at" timestamp(3) with time zone,
  	"owner_response" varchar,
  	"status" "enum_owner_complaints_status" DEFAULT 'received',
  	"unit_code" varchar,
  	"department_name" varchar,
  	"head_slug" varchar,
  	"routed_at" timestamp(3) with time zone,
  	"limit_hours" numeric,
  	"handle_by" timestamp(3) with time zone,
  	"reported_at" timestamp(3) with time zone,
  	"closed_at" timestamp(3) with time zone,
  	"handling_overdue" boolean DEFAULT false,
  	"told_late" boolean DEFAULT false,
  	"reopen_count" numeric DEFAULT 0,
  	"follow_up_id" integer,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"handle_due_at" timestamp(3) with time zone,
  	"tell_due_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "follow_ups" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"kind" "enum_follow_ups_kind" NOT NULL,
  	"stage" "enum_follow_ups_stage",
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"contract_from" timestamp(3) with time zone,
  	"contract_to" timestamp(3) with time zone,
  	"complaint_id" integer,
  	"unit_id" integer,
  	"owner_name" varchar,
  	"phone" varchar,
  	"subject" varchar NOT NULL,
  	"repair_item" varchar,
  	"followed_at" timestamp(3) with time zone,
  	"method" "enum_follow_ups_method" DEFAULT 'visit',
  	"followed_by_id" integer,
  	"work_quality" "enum_follow_ups_work_quality",
  	"attitude" "enum_follow_ups_attitude",
  	"satisfaction" "enum_follow_ups_satisfaction",
  	"service_effect" varchar,
  	"good_points" varchar,
  	"shortfalls" varchar,
  	"suggestions" varchar,
  	"owner_signature_id" integer,
  	"paper_scan_id" integer,
  	"status" "enum_follow_ups_status" DEFAULT 'planned',
  	"follower_position_id" integer,
  	"follower_slug" varchar,
  	"with_assistant" boolean DEFAULT false,
  	"overdue" boolean DEFAULT false,
  	"unit_code" varchar,
  	"review_comment" varchar,
  	"reviewed_by_id" integer,
  	"reviewed_at" timestamp(3) with time zone,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"complaint_due_at" timestamp(3) with time zone,
  	"complaint_from_at" timestamp(3) with time zone,
  	"repair_due_at" timestamp(3) with time zone,
  	"repair_from_at" timestamp(3) with time zone,
  	"special_due_at" timestamp(3) with time zone,
  	"special_from_at" timestamp(3) with time zone,
  	"emergency_due_at" timestamp(3) with time zone,
  	"emergency_from_at" timestamp(3) with time zone,
  	"publication_due_at" timestamp(3) with time zone,
  	"publication_from_at" timestamp(3) with time zone,
  	"help_due_at" timestamp(3) with time zone,
  	"help_from_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "key_loans" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"lent_at" timestamp(3) with time zone NOT NULL,
  	"key_id" integer NOT NULL,
  	"quantity" numeric DEFAULT 1 NOT NULL,
  	"borrower_kind" "enum_key_loans_borrower_kind" DEFAULT 'staff' NOT NULL,
  	"borrower_name" varchar NOT NULL,
  	"work_id" varchar,
  	"department_id" integer,
  	"contractor" varchar,
  	"agent_id" integer,
  	"purpose" varchar,
  	"borrower_signed" boolean DEFAULT false,
  	"returned_at" timestamp(3) with time zone,
  	"returned_quantity" numeric,
  	"receiver_id" integer,
  	"status" "enum_key_loans_status" DEFAULT 'out',
  	"overdue" boolean DEFAULT false,
  	"key_number" varchar,
  	"unit_code" varchar,
  	"department_name" varchar,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"due_due_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "estate_buildings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"name" varchar NOT NULL,
  	"floors" numeric,
  	"order" numeric DEFAULT 0,
  	"notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "units" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"building_id" integer NOT NULL,
  	"code" varchar NOT NULL,
  	"floor" numeric NOT NULL,
  	"area" numeric,
  	"occupied" boolean DEFAULT false,
  	"notes" varchar,
  	"last_census_on" timestamp(3) with time zone,
  	"census_from" timestamp(3) with time zone,
  	"census_due" boolean DEFAULT false,
  	"census_due_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "owners_members" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"relation" varchar,
  	"phone" varchar,
  	"note" varchar
  );
  
  CREATE TABLE "owners" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"title" varchar,
  	"unit_id" integer NOT NULL,
  	"name" varchar NOT NULL,
  	"phone" varchar,
  	"id_number" varchar,
  	"moved_in_on" timestamp(3) with time zone,
  	"status" "enum_owners_status" DEFAULT 'current',
  	"notes" varchar,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "unit_history" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"unit_id" integer NOT NULL,
  	"owner_id" integer,
  	"kind" "enum_unit_history_kind" NOT NULL,
  	"from" varchar,
  	"to" varchar,
  	"by_id" integer,
  	"at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "owner_files_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"document" "enum_owner_files_items_document" NOT NULL,
  	"present" boolean DEFAULT false,
  	"filed_on" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "owner_files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"unit_id" integer NOT NULL,
  	"title" varchar,
  	"present" numeric DEFAULT 0,
  	"missing" numeric DEFAULT 0,
  	"owner_id" integer,
  	"notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "owner_files_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"archive_scans_id" integer
  );
  
  CREATE TABLE "arrears_follow_ups" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"way" "enum_arrears_follow_ups_way" NOT NULL,
  	"by_id" integer,
  	"result" varchar NOT NULL
  );
  
  CREATE TABLE "arrears" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"unit_id" integer NOT NULL,
  	"owner_id" integer,
  	"fee_type" "enum_arrears_fee_type" NOT NULL,
  	"amount" numeric NOT NULL,
  	"since" timestamp(3) with time zone NOT NULL,
  	"source" varchar,
  	"settled" boolean DEFAULT false,
  	"settled_on" timestamp(3) with time zone,
  	"notes" varchar,
  	"title" varchar,
  	"since_text" varchar,
  	"last_follow_up_at" timestamp(3) with time zone,
  	"follow_up_from" timestamp(3) with time zone,
  	"follow_up_overdue" boolean DEFAULT false,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"follow_up_due_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "archive_scans" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"archive_id" integer NOT NULL,
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
  
  CREATE TABLE "complaint_settings_limits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"category" "enum_complaint_settings_limits_category",
  	"severity" "enum_complaint_settings_limits_severity" NOT NULL,
  	"hours" numeric NOT NULL
  );
  
  CREATE TABLE "complaint_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"targets_complaint" numeric DEFAULT 100,
  	"targets_repair" numeric DEFAULT 95,
  	"targets_special" numeric DEFAULT 95,
  	"targets_emergency" numeric DEFAULT 95,
  	"targets_publication" numeric DEFAULT 90,
  	"targets_help" numeric DEFAULT 95,
  	"reports_active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "complaint_settings_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"positions_id" integer
  );
  
  CREATE TABLE "keys" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"unit_id" integer NOT NULL,
  	"key_number" varchar NOT NULL,
  	"quantity" numeric DEFAULT 1 NOT NULL,
  	"cabinet" varchar DEFAULT '1号柜' NOT NULL,
  	"slot" varchar NOT NULL,
  	"source" "enum_keys_source" DEFAULT 'other',
  	"notes" varchar,
  	"status" "enum_keys_status" DEFAULT 'in',
  	"handed_over_at" timestamp(3) with time zone,
  	"unit_code" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "key_acceptances" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"accepted_at" timestamp(3) with time zone NOT NULL,
  	"contractor" varchar NOT NULL,
  	"handed_by" varchar NOT NULL,
  	"engineer_id" integer,
  	"unit_id" integer NOT NULL,
  	"key_number" varchar NOT NULL,
  	"quantity" numeric NOT NULL,
  	"received" numeric NOT NULL,
  	"matched" boolean DEFAULT false,
  	"remark" varchar,
  	"cabinet" varchar DEFAULT '1号柜' NOT NULL,
  	"slot" varchar NOT NULL,
  	"contractor_signed" boolean DEFAULT false,
  	"receiver_signed" boolean DEFAULT false,
  	"signatures_id" integer,
  	"receiver_id" integer,
  	"key_id" integer,
  	"unit_code" varchar,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "key_entrustments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"received_at" timestamp(3) with time zone NOT NULL,
  	"developer" varchar NOT NULL,
  	"handed_by" varchar NOT NULL,
  	"unit_id" integer NOT NULL,
  	"key_number" varchar NOT NULL,
  	"quantity" numeric NOT NULL,
  	"cabinet" varchar DEFAULT '1号柜' NOT NULL,
  	"slot" varchar NOT NULL,
  	"notes" varchar,
  	"hander_signed" boolean DEFAULT false,
  	"receiver_signed" boolean DEFAULT false,
  	"signatures_id" integer,
  	"receiver_id" integer,
  	"key_id" integer,
  	"unit_code" varchar,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "key_handovers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"handed_at" timestamp(3) with time zone NOT NULL,
  	"key_id" integer NOT NULL,
  	"quantity" numeric NOT NULL,
  	"owner_id" integer,
  	"collector_name" varchar NOT NULL,
  	"relation" "enum_key_handovers_relation" DEFAULT 'owner' NOT NULL,
  	"id_type" "enum_key_handovers_id_type" DEFAULT 'id-card' NOT NULL,
  	"id_number" varchar,
  	"id_checked" boolean DEFAULT false,
  	"owner_signed" boolean DEFAULT false,
  	"signature_id" integer,
  	"notes" varchar,
  	"handed_by_id" integer,
  	"key_number" varchar,
  	"unit_code" varchar,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "key_reminders" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"loan_id" integer NOT NULL,
  	"issued_at" timestamp(3) with time zone NOT NULL,
  	"round" numeric,
  	"days_out" numeric,
  	"key_number" varchar,
  	"unit_code" varchar,
  	"quantity" numeric,
  	"borrower_name" varchar,
  	"work_id" varchar,
  	"contractor" varchar,
  	"department_id" integer,
  	"department_name" varchar,
  	"lent_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "key_memos" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"occurred_at" timestamp(3) with time zone NOT NULL,
  	"kind" "enum_key_memos_kind" DEFAULT 'lost' NOT NULL,
  	"key_id" integer NOT NULL,
  	"loan_id" integer,
  	"reported_by" varchar NOT NULL,
  	"what_happened" varchar NOT NULL,
  	"owner_name" varchar,
  	"owner_consent" boolean DEFAULT false,
  	"consent_at" timestamp(3) with time zone,
  	"measure" "enum_key_memos_measure",
  	"outcome" varchar,
  	"status" "enum_key_memos_status" DEFAULT 'reported',
  	"closed_at" timestamp(3) with time zone,
  	"key_number" varchar,
  	"unit_code" varchar,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "key_counts_rows" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key_id" integer,
  	"slot" varchar,
  	"key_number" varchar,
  	"expected" numeric,
  	"note" varchar,
  	"counted" numeric,
  	"difference" numeric,
  	"label" "enum_key_counts_rows_label",
  	"explanation" varchar
  );
  
  CREATE TABLE "key_counts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"counted_on" timestamp(3) with time zone NOT NULL,
  	"counter_id" integer,
  	"month" varchar,
  	"due_on" timestamp(3) with time zone,
  	"notes" varchar,
  	"status" "enum_key_counts_status" DEFAULT 'counting',
  	"late" boolean DEFAULT false,
  	"expected_total" numeric,
  	"counted_total" numeric,
  	"differences" numeric,
  	"difference_text" varchar,
  	"reported_at" timestamp(3) with time zone,
  	"reported_by_id" integer,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"report_due_at" timestamp(3) with time zone,
  	"next_due_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "phone_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"received_at" timestamp(3) with time zone NOT NULL,
  	"outcome" "enum_phone_log_outcome" DEFAULT 'answered' NOT NULL,
  	"taken_by_id" integer,
  	"caller_name" varchar,
  	"company" varchar,
  	"phone" varchar,
  	"purpose" varchar,
  	"message_for_id" integer,
  	"message" varchar,
  	"call_id" integer,
  	"ring_seconds" numeric,
  	"ring_check" "enum_phone_log_ring_check",
  	"paper_recorded_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "visitor_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"purpose" "enum_visitor_log_purpose" DEFAULT 'business' NOT NULL,
  	"appointment" "enum_visitor_log_appointment" DEFAULT 'no' NOT NULL,
  	"pre_registered" boolean DEFAULT false,
  	"visitor_name" varchar NOT NULL,
  	"company" varchar,
  	"visitor_phone" varchar,
  	"visitor_count" varchar DEFAULT '1',
  	"expected_at" timestamp(3) with time zone,
  	"reason" varchar,
  	"host_id" integer NOT NULL,
  	"host_told" "enum_visitor_log_host_told" DEFAULT 'phone' NOT NULL,
  	"decision" "enum_visitor_log_decision" DEFAULT 'go-in',
  	"position" varchar,
  	"interview_at" timestamp(3) with time zone,
  	"interviewer_id" integer,
  	"cv_id" integer,
  	"time_in" timestamp(3) with time zone,
  	"time_out" timestamp(3) with time zone,
  	"received_by_id" integer,
  	"notes" varchar,
  	"status" "enum_visitor_log_status" DEFAULT 'expected',
  	"still_in" boolean DEFAULT false,
  	"host_name" varchar,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"closing_due_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "office_parcels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"received_at" timestamp(3) with time zone NOT NULL,
  	"recipient_id" integer NOT NULL,
  	"carrier" varchar,
  	"tracking_no" varchar,
  	"signed_at" timestamp(3) with time zone,
  	"signed_by_id" integer,
  	"postage_paid" boolean DEFAULT false,
  	"postage" numeric,
  	"reimbursed_at" timestamp(3) with time zone,
  	"collected_at" timestamp(3) with time zone,
  	"collected_by" varchar,
  	"notes" varchar,
  	"status" "enum_office_parcels_status" DEFAULT 'arrived',
  	"received_by_id" integer,
  	"recipient_name" varchar,
  	"reminders" numeric DEFAULT 0,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"remind_due_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "meetings_equipment" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"item" "enum_meetings_equipment_item" NOT NULL,
  	"checked" boolean DEFAULT false,
  	"note" varchar
  );
  
  CREATE TABLE "meetings_refreshments" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_meetings_refreshments",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "meetings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"title" varchar NOT NULL,
  	"start_at" timestamp(3) with time zone NOT NULL,
  	"end_at" timestamp(3) with time zone NOT NULL,
  	"room" varchar NOT NULL,
  	"head_count" numeric NOT NULL,
  	"organiser_id" integer,
  	"important_guests" boolean DEFAULT false,
  	"led_text" varchar,
  	"notes" varchar,
  	"status" "enum_meetings_status" DEFAULT 'planned',
  	"not_ready" boolean DEFAULT false,
  	"checked_at" timestamp(3) with time zone,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"check_due_at" timestamp(3) with time zone,
  	"end_due_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "travel_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"leader_id" integer NOT NULL,
  	"kind" "enum_travel_requests_kind" DEFAULT 'train' NOT NULL,
  	"head_count" numeric DEFAULT 1 NOT NULL,
  	"origin" varchar,
  	"destination" varchar NOT NULL,
  	"depart_at" timestamp(3) with time zone NOT NULL,
  	"return_at" timestamp(3) with time zone,
  	"travellers" varchar,
  	"preferences_train_seat" "enum_travel_requests_preferences_train_seat",
  	"preferences_seat_side" "enum_travel_requests_preferences_seat_side",
  	"preferences_plane_zone" "enum_travel_requests_preferences_plane_zone",
  	"preferences_check_in" "enum_travel_requests_preferences_check_in",
  	"preferences_hotel" varchar,
  	"special" varchar,
  	"booking_ref" varchar,
  	"seat" varchar,
  	"funding" "enum_travel_requests_funding" DEFAULT 'reimburse' NOT NULL,
  	"amount" numeric,
  	"note" varchar,
  	"status" "enum_travel_requests_status" DEFAULT 'requested',
  	"itinerary" varchar,
  	"sms_id" integer,
  	"booked_at" timestamp(3) with time zone,
  	"settle_overdue" boolean DEFAULT false,
  	"settled_at" timestamp(3) with time zone,
  	"settled_by_id" integer,
  	"preferences_from" "enum_travel_requests_preferences_from",
  	"leader_name" varchar,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"settle_due_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "supply_issues_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"item" varchar NOT NULL,
  	"unit" varchar,
  	"quantity" numeric NOT NULL
  );
  
  CREATE TABLE "supply_issues" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"quarter" varchar NOT NULL,
  	"department_id" integer NOT NULL,
  	"issued_at" timestamp(3) with time zone NOT NULL,
  	"received_by" varchar,
  	"note" varchar,
  	"department_name" varchar,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "archives" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"number" varchar,
  	"title" varchar NOT NULL,
  	"type" "enum_archives_type" NOT NULL,
  	"year" numeric,
  	"document_date" timestamp(3) with time zone,
  	"department_id" integer,
  	"keeper" varchar,
  	"location" varchar,
  	"pages" numeric,
  	"keywords" varchar,
  	"note" varchar,
  	"status" "enum_archives_status" DEFAULT 'filed',
  	"voided_at" timestamp(3) with time zone,
  	"seq" numeric,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "access_cards" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"card_number" varchar NOT NULL,
  	"kind" "enum_access_cards_kind" DEFAULT 'access' NOT NULL,
  	"holder_id" integer NOT NULL,
  	"issued_at" timestamp(3) with time zone NOT NULL,
  	"holder_signed" boolean DEFAULT false,
  	"signature_id" integer,
  	"note" varchar,
  	"returned_at" timestamp(3) with time zone,
  	"received_by_id" integer,
  	"status" "enum_access_cards_status" DEFAULT 'issued',
  	"department_id" integer,
  	"left_at" timestamp(3) with time zone,
  	"leaver_outstanding" boolean DEFAULT false,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"leaver_due_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "leaving_checklists_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_leaving_checklists_items_kind" DEFAULT 'key' NOT NULL,
  	"description" varchar NOT NULL,
  	"returned" boolean DEFAULT false,
  	"returned_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "leaving_checklists" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"person_id" integer NOT NULL,
  	"leaving_date" timestamp(3) with time zone NOT NULL,
  	"reason" varchar,
  	"leaver_signed" boolean DEFAULT false,
  	"status" "enum_leaving_checklists_status" DEFAULT 'open',
  	"department_id" integer,
  	"person_name" varchar,
  	"personnel_file_id" integer,
  	"completed_at" timestamp(3) with time zone,
  	"completed_by_id" integer,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "attendance" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"person_id" integer NOT NULL,
  	"signed_in_at" timestamp(3) with time zone NOT NULL,
  	"signed_out_at" timestamp(3) with time zone,
  	"reason" "enum_attendance_reason" DEFAULT 'screen-down' NOT NULL,
  	"note" varchar,
  	"day" varchar,
  	"person_name" varchar,
  	"department_id" integer,
  	"late" boolean DEFAULT false,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "leave_slips" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"person_id" integer NOT NULL,
  	"kind" "enum_leave_slips_kind" DEFAULT 'personal' NOT NULL,
  	"from_day" timestamp(3) with time zone NOT NULL,
  	"to_day" timestamp(3) with time zone NOT NULL,
  	"days" numeric,
  	"reason" varchar NOT NULL,
  	"person_name" varchar,
  	"department_id" integer,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"approval_status" "enum_leave_slips_approval_status",
  	"approval_position" varchar,
  	"approval_step" numeric DEFAULT 0,
  	"approval_round" numeric DEFAULT 1,
  	"approval_version" numeric DEFAULT 1,
  	"submitted_by_id" integer,
  	"return_reason" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "parcel_consents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"employee_id" integer NOT NULL,
  	"given_at" timestamp(3) with time zone NOT NULL,
  	"postage" boolean DEFAULT true,
  	"signed" boolean DEFAULT false,
  	"ended_at" timestamp(3) with time zone,
  	"notes" varchar,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "travel_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"staff_id" integer NOT NULL,
  	"train_seat" "enum_travel_preferences_train_seat",
  	"seat_side" "enum_travel_preferences_seat_side",
  	"plane_zone" "enum_travel_preferences_plane_zone",
  	"check_in" "enum_travel_preferences_check_in",
  	"hotel" varchar,
  	"notes" varchar,
  	"staff_name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "supply_plans_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"item" varchar NOT NULL,
  	"unit" varchar,
  	"quantity" numeric NOT NULL
  );
  
  CREATE TABLE "supply_plans" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"quarter" varchar NOT NULL,
  	"department_id" integer NOT NULL,
  	"contact_id" integer,
  	"note" varchar,
  	"status" "enum_supply_plans_status" DEFAULT 'submitted',
  	"purchase_id" integer,
  	"title" varchar,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "supply_purchases_totals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"item" varchar,
  	"unit" varchar,
  	"quantity" numeric
  );
  
  CREATE TABLE "supply_purchases_lines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"department_id" integer,
  	"department_name" varchar,
  	"item" varchar,
  	"unit" varchar,
  	"quantity" numeric
  );
  
  CREATE TABLE "supply_purchases" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"quarter" varchar NOT NULL,
  	"note" varchar,
  	"status" "enum_supply_purchases_status" DEFAULT 'to-buy',
  	"purchased_at" timestamp(3) with time zone,
  	"purchased_by_id" integer,
  	"purchase_note" varchar,
  	"title" varchar,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"approval_status" "enum_supply_purchases_approval_status",
  	"approval_position" varchar,
  	"approval_step" numeric DEFAULT 0,
  	"approval_round" numeric DEFAULT 1,
  	"approval_version" numeric DEFAULT 1,
  	"submitted_by_id" integer,
  	"return_reason" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "supply_purchases_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"supply_plans_id" integer
  );
  
  CREATE TABLE "archive_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"pattern" varchar DEFAULT '{类型}-{年份}-{序号:3}' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "personnel_files_documents" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"document" "enum_personnel_files_documents_document" NOT NULL,
  	"present" boolean DEFAULT false,
  	"note" varchar
  );
  
  CREATE TABLE "personnel_files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"person_id" integer NOT NULL,
  	"department_id" integer,
  	"file_number" varchar,
  	"cabinet" varchar,
  	"id_number" varchar,
  	"hired_on" timestamp(3) with time zone,
  	"contract_until" timestamp(3) with time zone,
  	"emergency_contact" varchar,
  	"notes" varchar,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "directory_editions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"month" varchar NOT NULL,
  	"published_at" timestamp(3) with time zone,
  	"people" numeric,
  	"recipients" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "appointments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"member_id" integer NOT NULL,
  	"staff_id" integer NOT NULL,
  	"start_at" timestamp(3) with time zone NOT NULL,
  	"minutes" numeric DEFAULT 60,
  	"service" varchar,
  	"notes" varchar,
  	"status" "enum_appointments_status" DEFAULT 'booked',
  	"arrived_at" timestamp(3) with time zone,
  	"reminded" boolean DEFAULT false,
  	"member_name" varchar,
  	"member_phone" varchar,
  	"day_key" varchar,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"remind_due_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "consultations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"at" timestamp(3) with time zone NOT NULL,
  	"member_id" integer,
  	"customer_name" varchar,
  	"staff_id" integer,
  	"item" varchar NOT NULL,
  	"outcome" "enum_consultations_outcome" NOT NULL,
  	"amount" numeric,
  	"lost_reason_id" integer,
  	"lost_note" varchar,
  	"good_case" boolean DEFAULT false,
  	"case_note" varchar,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "daily_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"day" timestamp(3) with time zone NOT NULL,
  	"customers" numeric DEFAULT 0,
  	"deals" numeric DEFAULT 0,
  	"deal_amount" numeric DEFAULT 0,
  	"not_closed" numeric DEFAULT 0,
  	"no_shows" numeric DEFAULT 0,
  	"tomorrow_booked" numeric DEFAULT 0,
  	"tomorrow_target" numeric DEFAULT 0,
  	"analysis" varchar,
  	"good_cases" varchar,
  	"plan" varchar,
  	"status" "enum_daily_reports_status" DEFAULT 'draft',
  	"filled_by_id" integer,
  	"sent_at" timestamp(3) with time zone,
  	"day_key" varchar,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"send_due_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "daily_targets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"day" timestamp(3) with time zone NOT NULL,
  	"staff_id" integer NOT NULL,
  	"target" numeric NOT NULL,
  	"note" varchar,
  	"day_key" varchar,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "members" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"name" varchar NOT NULL,
  	"phone" varchar,
  	"gender" "enum_members_gender",
  	"birthday" timestamp(3) with time zone,
  	"language" "enum_members_language" DEFAULT 'zh',
  	"responsible_staff_id" integer,
  	"package_name" varchar,
  	"sessions_left" numeric,
  	"contract_ends" timestamp(3) with time zone,
  	"since" timestamp(3) with time zone,
  	"notes" varchar,
  	"tier_id" integer,
  	"spending" numeric DEFAULT 0,
  	"tier_source" "enum_members_tier_source" DEFAULT 'spending',
  	"tier_override_id" integer,
  	"override_reason" varchar,
  	"override_by_id" integer,
  	"override_at" timestamp(3) with time zone,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"retier_due_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "birthday_gifts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"member_id" integer NOT NULL,
  	"given_at" timestamp(3) with time zone NOT NULL,
  	"gift" varchar,
  	"note" varchar,
  	"year" numeric,
  	"tier_name" varchar,
  	"given_by_id" integer,
  	"member_name" varchar,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "timetables_entries" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"weekday" "enum_timetables_entries_weekday",
  	"start_time" varchar,
  	"end_time" varchar,
  	"name" varchar NOT NULL,
  	"teacher" varchar,
  	"room" varchar,
  	"price" varchar,
  	"description" varchar
  );
  
  CREATE TABLE "timetables" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"title" varchar NOT NULL,
  	"kind" "enum_timetables_kind" DEFAULT 'classes' NOT NULL,
  	"language" "enum_timetables_language" DEFAULT 'zh',
  	"intro" varchar,
  	"contact" varchar,
  	"paper_recorded_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "acknowledgements" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"staff_id" integer NOT NULL,
  	"script_id" integer NOT NULL,
  	"version" numeric NOT NULL,
  	"script_title" varchar,
  	"script_kind" "enum_acknowledgements_script_kind",
  	"status" "enum_acknowledgements_status" DEFAULT 'pending',
  	"asked_at" timestamp(3) with time zone,
  	"acknowledged_at" timestamp(3) with time zone,
  	"reminders" numeric DEFAULT 0,
  	"overdue" boolean DEFAULT false,
  	"remind_due_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "member_tiers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"name" varchar NOT NULL,
  	"min_spend" numeric DEFAULT 0 NOT NULL,
  	"birthday_gift" varchar,
  	"perks" varchar,
  	"order" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "lost_reasons" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"name" varchar NOT NULL,
  	"order" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "member_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"tier_months" numeric DEFAULT 12 NOT NULL,
  	"contract_warn_days" numeric DEFAULT 30 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "member_settings_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"positions_id" integer
  );
  
  CREATE TABLE "scripts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"kind" "enum_scripts_kind" NOT NULL,
  	"title" varchar NOT NULL,
  	"body" varchar NOT NULL,
  	"order" numeric DEFAULT 0,
  	"version" numeric DEFAULT 1,
  	"versioned_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "messages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"title" varchar NOT NULL,
  	"body" varchar,
  	"gated" boolean DEFAULT false,
  	"sender_id" integer,
  	"status" "enum_messages_status" DEFAULT 'open',
  	"related_collection" varchar,
  	"related_id" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "messages_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"positions_id" integer,
  	"staff_id" integer
  );
  
  CREATE TABLE "message_receipts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"message_id" integer NOT NULL,
  	"title" varchar,
  	"sender_id" integer,
  	"recipient_id" integer NOT NULL,
  	"state" "enum_message_receipts_state" DEFAULT 'unread' NOT NULL,
  	"read_at" timestamp(3) with time zone,
  	"confirmed_at" timestamp(3) with time zone,
  	"reminders" numeric DEFAULT 0,
  	"reminded_at" timestamp(3) with time zone,
  	"chase_from" timestamp(3) with time zone,
  	"chase_due_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "approvals" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"form" varchar NOT NULL,
  	"record_id" varchar NOT NULL,
  	"form_title" varchar,
  	"round" numeric NOT NULL,
  	"step" numeric NOT NULL,
  	"version" numeric,
  	"position_id" integer NOT NULL,
  	"signer_id" integer NOT NULL,
  	"decision" "enum_approvals_decision" NOT NULL,
  	"comment" varchar,
  	"channel" "enum_approvals_channel" NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "approval_tokens" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"hash" varchar NOT NULL,
  	"approver_id" integer NOT NULL,
  	"form" varchar NOT NULL,
  	"record_id" varchar NOT NULL,
  	"round" numeric NOT NULL,
  	"step" numeric NOT NULL,
  	"version" numeric NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"used_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "call_tasks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"title" varchar NOT NULL,
  	"titles" jsonb,
  	"callee_id" integer,
  	"phone" varchar,
  	"due_at" timestamp(3) with time zone NOT NULL,
  	"status" "enum_call_tasks_status" DEFAULT 'open' NOT NULL,
  	"note" varchar,
  	"overdue" boolean DEFAULT false,
  	"done_at" timestamp(3) with time zone,
  	"related_collection" varchar,
  	"related_id" varchar,
  	"call_due_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "routine_checks_actions" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_routine_checks_actions",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "routine_checks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"day" varchar NOT NULL,
  	"from" varchar,
  	"to" varchar,
  	"title" varchar NOT NULL,
  	"kind" "enum_routine_checks_kind" DEFAULT 'manual',
  	"routine_id" integer,
  	"item" varchar NOT NULL,
  	"window_start" timestamp(3) with time zone NOT NULL,
  	"window_end" timestamp(3) with time zone NOT NULL,
  	"done" boolean DEFAULT false,
  	"status" "enum_routine_checks_status" DEFAULT 'pending',
  	"done_by_id" integer,
  	"done_at" timestamp(3) with time zone,
  	"result" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "devices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"name" varchar NOT NULL,
  	"kind" "enum_devices_kind" NOT NULL,
  	"driver" "enum_devices_driver" DEFAULT 'simulator' NOT NULL,
  	"bridge_id" integer,
  	"connection_address" varchar,
  	"connection_unit_id" numeric,
  	"connection_serial_number" varchar,
  	"connection_serial_path" varchar,
  	"connection_snapshot_url" varchar,
  	"connection_camera_id" integer,
  	"connection_ami_user" varchar,
  	"connection_ami_secret" varchar,
  	"connection_extension" varchar,
  	"connection_forward_to" varchar,
  	"connection_recordings_url" varchar,
  	"connection_allowed_address" varchar,
  	"status" "enum_devices_status" DEFAULT 'unknown',
  	"last_seen_at" timestamp(3) with time zone,
  	"down_since" timestamp(3) with time zone,
  	"repair_request" numeric,
  	"state" varchar,
  	"enabled" boolean DEFAULT true,
  	"key_id" varchar,
  	"key_issued_at" timestamp(3) with time zone,
  	"key_cipher" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "device_commands" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"device_id" integer NOT NULL,
  	"action" "enum_device_commands_action" NOT NULL,
  	"reason" varchar,
  	"requested_by_id" integer,
  	"requested_by_name" varchar,
  	"state" "enum_device_commands_state" DEFAULT 'queued',
  	"result" varchar,
  	"sent_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "calls" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"direction" "enum_calls_direction" DEFAULT 'in',
  	"started_at" timestamp(3) with time zone NOT NULL,
  	"status" "enum_calls_status" DEFAULT 'ended',
  	"caller_number" varchar,
  	"caller_name" varchar,
  	"company" varchar,
  	"known_as" varchar,
  	"purpose" varchar,
  	"message_for_id" integer,
  	"note" varchar,
  	"answered_at" timestamp(3) with time zone,
  	"ended_at" timestamp(3) with time zone,
  	"seconds" numeric,
  	"recording" varchar,
  	"device_id" integer,
  	"pbx_id" varchar,
  	"answered_by_id" integer,
  	"ring_seconds" numeric,
  	"ring_check" "enum_calls_ring_check",
  	"paper_recorded_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "device_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event_id" varchar NOT NULL,
  	"device_id" integer,
  	"kind" varchar,
  	"occurred_at" timestamp(3) with time zone,
  	"result" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "device_nonces" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key_id" varchar NOT NULL,
  	"nonce" varchar NOT NULL,
  	"seen_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
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
  	"meal_prices_package_a" numeric,
  	"meal_prices_package_b" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "departments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"name" varchar NOT NULL,
  	"head_id" integer,
  	"head_staff_id" integer,
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
  	"picker_label" varchar,
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
  
  CREATE TABLE "calendar_days" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"day" varchar NOT NULL,
  	"kind" "enum_calendar_days_kind" DEFAULT 'holiday' NOT NULL,
  	"name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "routines_items_actions" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_routines_items_actions",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "routines_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from" varchar NOT NULL,
  	"to" varchar NOT NULL,
  	"title" varchar NOT NULL,
  	"kind" "enum_routines_items_kind" DEFAULT 'manual' NOT NULL
  );
  
  CREATE TABLE "routines" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"name" varchar NOT NULL,
  	"days" "enum_routines_days" DEFAULT 'working' NOT NULL,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "digest_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"kind" "enum_digest_settings_kind" DEFAULT 'daily-reception' NOT NULL,
  	"send_at" varchar DEFAULT '17:40' NOT NULL,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "digest_settings_rels" (
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
  	"prefix" varchar DEFAULT '',
  	"_objectkey" varchar,
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
  
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
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
  
  CREATE TABLE "mail_outbox" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"to" varchar NOT NULL,
  	"cc" varchar,
  	"subject" varchar NOT NULL,
  	"text" varchar NOT NULL,
  	"html" varchar,
  	"attachments" jsonb,
  	"related_collection" varchar,
  	"related_id" varchar,
  	"site_id" integer,
  	"status" "enum_mail_outbox_status" DEFAULT 'queued' NOT NULL,
  	"attempts" numeric DEFAULT 0,
  	"next_attempt_at" timestamp(3) with time zone,
  	"locked_until" timestamp(3) with time zone,
  	"last_error" varchar,
  	"sent_at" timestamp(3) with time zone,
  	"message_id" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "schedule_ticks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"schedule" varchar NOT NULL,
  	"tick_at" timestamp(3) with time zone NOT NULL,
  	"catch_up" boolean DEFAULT false,
  	"status" "enum_schedule_ticks_status" DEFAULT 'queued',
  	"runs" numeric DEFAULT 0,
  	"owner" varchar,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"result" jsonb,
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sign_in_limits" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"count" numeric DEFAULT 0 NOT NULL,
  	"reset_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
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
  	"reception_records_id" integer,
  	"visits_id" integer,
  	"reservations_id" integer,
  	"outings_id" integer,
  	"parcels_id" integer,
  	"buildings_id" integer,
  	"beds_id" integer,
  	"elders_id" integer,
  	"fee_changes_id" integer,
  	"bed_changes_id" integer,
  	"visit_cards_id" integer,
  	"repair_requests_id" integer,
  	"waitlist_id" integer,
  	"admission_preps_id" integer,
  	"admissions_id" integer,
  	"discharges_id" integer,
  	"meal_orders_id" integer,
  	"gatherings_id" integer,
  	"complaints_id" integer,
  	"business_trips_id" integer,
  	"sms_notices_id" integer,
  	"sms_id" integer,
  	"archive_grants_id" integer,
  	"household_censuses_id" integer,
  	"owner_complaints_id" integer,
  	"follow_ups_id" integer,
  	"key_loans_id" integer,
  	"estate_buildings_id" integer,
  	"units_id" integer,
  	"owners_id" integer,
  	"unit_history_id" integer,
  	"owner_files_id" integer,
  	"arrears_id" integer,
  	"archive_scans_id" integer,
  	"complaint_settings_id" integer,
  	"keys_id" integer,
  	"key_acceptances_id" integer,
  	"key_entrustments_id" integer,
  	"key_handovers_id" integer,
  	"key_reminders_id" integer,
  	"key_memos_id" integer,
  	"key_counts_id" integer,
  	"phone_log_id" integer,
  	"visitor_log_id" integer,
  	"office_parcels_id" integer,
  	"meetings_id" integer,
  	"travel_requests_id" integer,
  	"supply_issues_id" integer,
  	"archives_id" integer,
  	"access_cards_id" integer,
  	"leaving_checklists_id" integer,
  	"attendance_id" integer,
  	"leave_slips_id" integer,
  	"parcel_consents_id" integer,
  	"travel_preferences_id" integer,
  	"supply_plans_id" integer,
  	"supply_purchases_id" integer,
  	"archive_settings_id" integer,
  	"personnel_files_id" integer,
  	"directory_editions_id" integer,
  	"appointments_id" integer,
  	"consultations_id" integer,
  	"daily_reports_id" integer,
  	"daily_targets_id" integer,
  	"members_id" integer,
  	"birthday_gifts_id" integer,
  	"timetables_id" integer,
  	"acknowledgements_id" integer,
  	"member_tiers_id" integer,
  	"lost_reasons_id" integer,
  	"member_settings_id" integer,
  	"scripts_id" integer,
  	"messages_id" integer,
  	"message_receipts_id" integer,
  	"approvals_id" integer,
  	"approval_tokens_id" integer,
  	"call_tasks_id" integer,
  	"routine_checks_id" integer,
  	"devices_id" integer,
  	"device_commands_id" integer,
  	"calls_id" integer,
  	"device_events_id" integer,
  	"device_nonces_id" integer,
  	"sites_id" integer,
  	"departments_id" integer,
  	"positions_id" integer,
  	"staff_id" integer,
  	"calendar_days_id" integer,
  	"routines_id" integer,
  	"digest_settings_id" integer,
  	"documents_id" integer,
  	"audit_log_id" integer,
  	"mail_outbox_id" integer,
  	"schedule_ticks_id" integer,
  	"sign_in_limits_id" integer
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
  
  ALTER TABLE "reception_records" ADD CONSTRAINT "reception_records_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reception_records" ADD CONSTRAINT "reception_records_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reception_records" ADD CONSTRAINT "reception_records_follow_up_of_id_reception_records_id_fk" FOREIGN KEY ("follow_up_of_id") REFERENCES "public"."reception_records"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visits" ADD CONSTRAINT "visits_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visits" ADD CONSTRAINT "visits_host_staff_id_staff_id_fk" FOREIGN KEY ("host_staff_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visits" ADD CONSTRAINT "visits_elder_id_elders_id_fk" FOREIGN KEY ("elder_id") REFERENCES "public"."elders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visits" ADD CONSTRAINT "visits_confirmed_by_id_staff_id_fk" FOREIGN KEY ("confirmed_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visits" ADD CONSTRAINT "visits_card_id_visit_cards_id_fk" FOREIGN KEY ("card_id") REFERENCES "public"."visit_cards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reservations" ADD CONSTRAINT "reservations_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reservations" ADD CONSTRAINT "reservations_reception_record_id_reception_records_id_fk" FOREIGN KEY ("reception_record_id") REFERENCES "public"."reception_records"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reservations" ADD CONSTRAINT "reservations_elder_id_elders_id_fk" FOREIGN KEY ("elder_id") REFERENCES "public"."elders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reservations" ADD CONSTRAINT "reservations_bed_id_beds_id_fk" FOREIGN KEY ("bed_id") REFERENCES "public"."beds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "outings" ADD CONSTRAINT "outings_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "outings" ADD CONSTRAINT "outings_elder_id_elders_id_fk" FOREIGN KEY ("elder_id") REFERENCES "public"."elders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "parcels" ADD CONSTRAINT "parcels_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "parcels" ADD CONSTRAINT "parcels_elder_id_elders_id_fk" FOREIGN KEY ("elder_id") REFERENCES "public"."elders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "parcels" ADD CONSTRAINT "parcels_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "buildings" ADD CONSTRAINT "buildings_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "beds" ADD CONSTRAINT "beds_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "beds" ADD CONSTRAINT "beds_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "beds" ADD CONSTRAINT "beds_elder_id_elders_id_fk" FOREIGN KEY ("elder_id") REFERENCES "public"."elders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "elders_contacts" ADD CONSTRAINT "elders_contacts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."elders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "elders" ADD CONSTRAINT "elders_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "elders" ADD CONSTRAINT "elders_photo_id_documents_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "elders" ADD CONSTRAINT "elders_bed_id_beds_id_fk" FOREIGN KEY ("bed_id") REFERENCES "public"."beds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "fee_changes" ADD CONSTRAINT "fee_changes_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "fee_changes" ADD CONSTRAINT "fee_changes_elder_id_elders_id_fk" FOREIGN KEY ("elder_id") REFERENCES "public"."elders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "fee_changes" ADD CONSTRAINT "fee_changes_submitted_by_id_staff_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bed_changes" ADD CONSTRAINT "bed_changes_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bed_changes" ADD CONSTRAINT "bed_changes_elder_id_elders_id_fk" FOREIGN KEY ("elder_id") REFERENCES "public"."elders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bed_changes" ADD CONSTRAINT "bed_changes_from_bed_id_beds_id_fk" FOREIGN KEY ("from_bed_id") REFERENCES "public"."beds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bed_changes" ADD CONSTRAINT "bed_changes_to_bed_id_beds_id_fk" FOREIGN KEY ("to_bed_id") REFERENCES "public"."beds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bed_changes" ADD CONSTRAINT "bed_changes_submitted_by_id_staff_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visit_cards" ADD CONSTRAINT "visit_cards_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visit_cards" ADD CONSTRAINT "visit_cards_elder_id_elders_id_fk" FOREIGN KEY ("elder_id") REFERENCES "public"."elders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "repair_requests" ADD CONSTRAINT "repair_requests_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "repair_requests" ADD CONSTRAINT "repair_requests_reported_by_id_staff_id_fk" FOREIGN KEY ("reported_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "repair_requests" ADD CONSTRAINT "repair_requests_repairer_id_staff_id_fk" FOREIGN KEY ("repairer_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "waitlist" ADD CONSTRAINT "waitlist_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "admission_preps" ADD CONSTRAINT "admission_preps_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "admission_preps" ADD CONSTRAINT "admission_preps_reservation_id_reservations_id_fk" FOREIGN KEY ("reservation_id") REFERENCES "public"."reservations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "admission_preps" ADD CONSTRAINT "admission_preps_health_cert_photo_id_documents_id_fk" FOREIGN KEY ("health_cert_photo_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "admission_preps" ADD CONSTRAINT "admission_preps_elder_id_elders_id_fk" FOREIGN KEY ("elder_id") REFERENCES "public"."elders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "admissions_contacts" ADD CONSTRAINT "admissions_contacts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."admissions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "admissions" ADD CONSTRAINT "admissions_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "admissions" ADD CONSTRAINT "admissions_prep_id_admission_preps_id_fk" FOREIGN KEY ("prep_id") REFERENCES "public"."admission_preps"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "admissions" ADD CONSTRAINT "admissions_photo_id_documents_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "admissions" ADD CONSTRAINT "admissions_elder_id_elders_id_fk" FOREIGN KEY ("elder_id") REFERENCES "public"."elders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "discharges_fees" ADD CONSTRAINT "discharges_fees_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."discharges"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "discharges" ADD CONSTRAINT "discharges_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "discharges" ADD CONSTRAINT "discharges_elder_id_elders_id_fk" FOREIGN KEY ("elder_id") REFERENCES "public"."elders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "discharges" ADD CONSTRAINT "discharges_submitted_by_id_staff_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meal_orders_items" ADD CONSTRAINT "meal_orders_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."meal_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meal_orders" ADD CONSTRAINT "meal_orders_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meal_orders" ADD CONSTRAINT "meal_orders_elder_id_elders_id_fk" FOREIGN KEY ("elder_id") REFERENCES "public"."elders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meal_orders" ADD CONSTRAINT "meal_orders_gathering_id_gatherings_id_fk" FOREIGN KEY ("gathering_id") REFERENCES "public"."gatherings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "gatherings" ADD CONSTRAINT "gatherings_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "gatherings" ADD CONSTRAINT "gatherings_elder_id_elders_id_fk" FOREIGN KEY ("elder_id") REFERENCES "public"."elders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "gatherings" ADD CONSTRAINT "gatherings_meal_order_id_meal_orders_id_fk" FOREIGN KEY ("meal_order_id") REFERENCES "public"."meal_orders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaints" ADD CONSTRAINT "complaints_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaints" ADD CONSTRAINT "complaints_elder_id_elders_id_fk" FOREIGN KEY ("elder_id") REFERENCES "public"."elders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "business_trips" ADD CONSTRAINT "business_trips_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "business_trips" ADD CONSTRAINT "business_trips_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "business_trips" ADD CONSTRAINT "business_trips_assigned_by_id_staff_id_fk" FOREIGN KEY ("assigned_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sms_notices" ADD CONSTRAINT "sms_notices_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sms_notices" ADD CONSTRAINT "sms_notices_submitted_by_id_staff_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sms" ADD CONSTRAINT "sms_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sms" ADD CONSTRAINT "sms_elder_id_elders_id_fk" FOREIGN KEY ("elder_id") REFERENCES "public"."elders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sms" ADD CONSTRAINT "sms_notice_id_sms_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."sms_notices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "archive_grants" ADD CONSTRAINT "archive_grants_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "archive_grants" ADD CONSTRAINT "archive_grants_archive_id_owner_files_id_fk" FOREIGN KEY ("archive_id") REFERENCES "public"."owner_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "archive_grants" ADD CONSTRAINT "archive_grants_reader_id_staff_id_fk" FOREIGN KEY ("reader_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "archive_grants" ADD CONSTRAINT "archive_grants_registered_by_id_staff_id_fk" FOREIGN KEY ("registered_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "archive_grants" ADD CONSTRAINT "archive_grants_submitted_by_id_staff_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "household_censuses" ADD CONSTRAINT "household_censuses_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "household_censuses" ADD CONSTRAINT "household_censuses_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "household_censuses" ADD CONSTRAINT "household_censuses_by_id_staff_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "owner_complaints" ADD CONSTRAINT "owner_complaints_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "owner_complaints" ADD CONSTRAINT "owner_complaints_received_by_id_staff_id_fk" FOREIGN KEY ("received_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "owner_complaints" ADD CONSTRAINT "owner_complaints_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "owner_complaints" ADD CONSTRAINT "owner_complaints_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "owner_complaints" ADD CONSTRAINT "owner_complaints_follow_up_id_follow_ups_id_fk" FOREIGN KEY ("follow_up_id") REFERENCES "public"."follow_ups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_complaint_id_owner_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."owner_complaints"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_followed_by_id_staff_id_fk" FOREIGN KEY ("followed_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_owner_signature_id_documents_id_fk" FOREIGN KEY ("owner_signature_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_paper_scan_id_documents_id_fk" FOREIGN KEY ("paper_scan_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_follower_position_id_positions_id_fk" FOREIGN KEY ("follower_position_id") REFERENCES "public"."positions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_reviewed_by_id_staff_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "key_loans" ADD CONSTRAINT "key_loans_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "key_loans" ADD CONSTRAINT "key_loans_key_id_keys_id_fk" FOREIGN KEY ("key_id") REFERENCES "public"."keys"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "key_loans" ADD CONSTRAINT "key_loans_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "key_loans" ADD CONSTRAINT "key_loans_agent_id_staff_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "key_loans" ADD CONSTRAINT "key_loans_receiver_id_staff_id_fk" FOREIGN KEY ("receiver_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "estate_buildings" ADD CONSTRAINT "estate_buildings_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "units" ADD CONSTRAINT "units_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "units" ADD CONSTRAINT "units_building_id_estate_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."estate_buildings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "owners_members" ADD CONSTRAINT "owners_members_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."owners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "owners" ADD CONSTRAINT "owners_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "owners" ADD CONSTRAINT "owners_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "unit_history" ADD CONSTRAINT "unit_history_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "unit_history" ADD CONSTRAINT "unit_history_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "unit_history" ADD CONSTRAINT "unit_history_owner_id_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."owners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "unit_history" ADD CONSTRAINT "unit_history_by_id_staff_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "owner_files_items" ADD CONSTRAINT "owner_files_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."owner_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "owner_files" ADD CONSTRAINT "owner_files_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "owner_files" ADD CONSTRAINT "owner_files_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "owner_files" ADD CONSTRAINT "owner_files_owner_id_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."owners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "owner_files_rels" ADD CONSTRAINT "owner_files_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."owner_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "owner_files_rels" ADD CONSTRAINT "owner_files_rels_archive_scans_fk" FOREIGN KEY ("archive_scans_id") REFERENCES "public"."archive_scans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "arrears_follow_ups" ADD CONSTRAINT "arrears_follow_ups_by_id_staff_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "arrears_follow_ups" ADD CONSTRAINT "arrears_follow_ups_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."arrears"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "arrears" ADD CONSTRAINT "arrears_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "arrears" ADD CONSTRAINT "arrears_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "arrears" ADD CONSTRAINT "arrears_owner_id_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."owners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "archive_scans" ADD CONSTRAINT "archive_scans_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "archive_scans" ADD CONSTRAINT "archive_scans_archive_id_owner_files_id_fk" FOREIGN KEY ("archive_id") REFERENCES "public"."owner_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaint_settings_limits" ADD CONSTRAINT "complaint_settings_limits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."complaint_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "complaint_settings" ADD CONSTRAINT "complaint_settings_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaint_settings_rels" ADD CONSTRAINT "complaint_settings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."complaint_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "complaint_settings_rels" ADD CONSTRAINT "complaint_settings_rels_positions_fk" FOREIGN KEY ("positions_id") REFERENCES "public"."positions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "keys" ADD CONSTRAINT "keys_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "keys" ADD CONSTRAINT "keys_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "key_acceptances" ADD CONSTRAINT "key_acceptances_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "key_acceptances" ADD CONSTRAINT "key_acceptances_engineer_id_staff_id_fk" FOREIGN KEY ("engineer_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "key_acceptances" ADD CONSTRAINT "key_acceptances_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "key_acceptances" ADD CONSTRAINT "key_acceptances_signatures_id_documents_id_fk" FOREIGN KEY ("signatures_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "key_acceptances" ADD CONSTRAINT "key_acceptances_receiver_id_staff_id_fk" FOREIGN KEY ("receiver_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "key_acceptances" ADD CONSTRAINT "key_acceptances_key_id_keys_id_fk" FOREIGN KEY ("key_id") REFERENCES "public"."keys"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "key_entrustments" ADD CONSTRAINT "key_entrustments_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "key_entrustments" ADD CONSTRAINT "key_entrustments_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "key_entrustments" ADD CONSTRAINT "key_entrustments_signatures_id_documents_id_fk" FOREIGN KEY ("signatures_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "key_entrustments" ADD CONSTRAINT "key_entrustments_receiver_id_staff_id_fk" FOREIGN KEY ("receiver_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "key_entrustments" ADD CONSTRAINT "key_entrustments_key_id_keys_id_fk" FOREIGN KEY ("key_id") REFERENCES "public"."keys"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "key_handovers" ADD CONSTRAINT "key_handovers_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "key_handovers" ADD CONSTRAINT "key_handovers_key_id_keys_id_fk" FOREIGN KEY ("key_id") REFERENCES "public"."keys"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "key_handovers" ADD CONSTRAINT "key_handovers_owner_id_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."owners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "key_handovers" ADD CONSTRAINT "key_handovers_signature_id_documents_id_fk" FOREIGN KEY ("signature_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "key_handovers" ADD CONSTRAINT "key_handovers_handed_by_id_staff_id_fk" FOREIGN KEY ("handed_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "key_reminders" ADD CONSTRAINT "key_reminders_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "key_reminders" ADD CONSTRAINT "key_reminders_loan_id_key_loans_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."key_loans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "key_reminders" ADD CONSTRAINT "key_reminders_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "key_memos" ADD CONSTRAINT "key_memos_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "key_memos" ADD CONSTRAINT "key_memos_key_id_keys_id_fk" FOREIGN KEY ("key_id") REFERENCES "public"."keys"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "key_memos" ADD CONSTRAINT "key_memos_loan_id_key_loans_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."key_loans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "key_counts_rows" ADD CONSTRAINT "key_counts_rows_key_id_keys_id_fk" FOREIGN KEY ("key_id") REFERENCES "public"."keys"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "key_counts_rows" ADD CONSTRAINT "key_counts_rows_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."key_counts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "key_counts" ADD CONSTRAINT "key_counts_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "key_counts" ADD CONSTRAINT "key_counts_counter_id_staff_id_fk" FOREIGN KEY ("counter_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "key_counts" ADD CONSTRAINT "key_counts_reported_by_id_staff_id_fk" FOREIGN KEY ("reported_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "phone_log" ADD CONSTRAINT "phone_log_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "phone_log" ADD CONSTRAINT "phone_log_taken_by_id_staff_id_fk" FOREIGN KEY ("taken_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "phone_log" ADD CONSTRAINT "phone_log_message_for_id_staff_id_fk" FOREIGN KEY ("message_for_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "phone_log" ADD CONSTRAINT "phone_log_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visitor_log" ADD CONSTRAINT "visitor_log_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visitor_log" ADD CONSTRAINT "visitor_log_host_id_staff_id_fk" FOREIGN KEY ("host_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visitor_log" ADD CONSTRAINT "visitor_log_interviewer_id_staff_id_fk" FOREIGN KEY ("interviewer_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visitor_log" ADD CONSTRAINT "visitor_log_cv_id_documents_id_fk" FOREIGN KEY ("cv_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visitor_log" ADD CONSTRAINT "visitor_log_received_by_id_staff_id_fk" FOREIGN KEY ("received_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "office_parcels" ADD CONSTRAINT "office_parcels_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "office_parcels" ADD CONSTRAINT "office_parcels_recipient_id_staff_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "office_parcels" ADD CONSTRAINT "office_parcels_signed_by_id_staff_id_fk" FOREIGN KEY ("signed_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "office_parcels" ADD CONSTRAINT "office_parcels_received_by_id_staff_id_fk" FOREIGN KEY ("received_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meetings_equipment" ADD CONSTRAINT "meetings_equipment_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meetings_refreshments" ADD CONSTRAINT "meetings_refreshments_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meetings" ADD CONSTRAINT "meetings_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meetings" ADD CONSTRAINT "meetings_organiser_id_staff_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "travel_requests" ADD CONSTRAINT "travel_requests_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "travel_requests" ADD CONSTRAINT "travel_requests_leader_id_staff_id_fk" FOREIGN KEY ("leader_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "travel_requests" ADD CONSTRAINT "travel_requests_sms_id_sms_id_fk" FOREIGN KEY ("sms_id") REFERENCES "public"."sms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "travel_requests" ADD CONSTRAINT "travel_requests_settled_by_id_staff_id_fk" FOREIGN KEY ("settled_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "supply_issues_items" ADD CONSTRAINT "supply_issues_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."supply_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "supply_issues" ADD CONSTRAINT "supply_issues_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "supply_issues" ADD CONSTRAINT "supply_issues_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "archives" ADD CONSTRAINT "archives_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "archives" ADD CONSTRAINT "archives_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "access_cards" ADD CONSTRAINT "access_cards_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "access_cards" ADD CONSTRAINT "access_cards_holder_id_staff_id_fk" FOREIGN KEY ("holder_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "access_cards" ADD CONSTRAINT "access_cards_signature_id_documents_id_fk" FOREIGN KEY ("signature_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "access_cards" ADD CONSTRAINT "access_cards_received_by_id_staff_id_fk" FOREIGN KEY ("received_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "access_cards" ADD CONSTRAINT "access_cards_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leaving_checklists_items" ADD CONSTRAINT "leaving_checklists_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."leaving_checklists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "leaving_checklists" ADD CONSTRAINT "leaving_checklists_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leaving_checklists" ADD CONSTRAINT "leaving_checklists_person_id_staff_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leaving_checklists" ADD CONSTRAINT "leaving_checklists_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leaving_checklists" ADD CONSTRAINT "leaving_checklists_personnel_file_id_personnel_files_id_fk" FOREIGN KEY ("personnel_file_id") REFERENCES "public"."personnel_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leaving_checklists" ADD CONSTRAINT "leaving_checklists_completed_by_id_staff_id_fk" FOREIGN KEY ("completed_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "attendance" ADD CONSTRAINT "attendance_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "attendance" ADD CONSTRAINT "attendance_person_id_staff_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "attendance" ADD CONSTRAINT "attendance_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leave_slips" ADD CONSTRAINT "leave_slips_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leave_slips" ADD CONSTRAINT "leave_slips_person_id_staff_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leave_slips" ADD CONSTRAINT "leave_slips_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leave_slips" ADD CONSTRAINT "leave_slips_submitted_by_id_staff_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "parcel_consents" ADD CONSTRAINT "parcel_consents_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "parcel_consents" ADD CONSTRAINT "parcel_consents_employee_id_staff_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "travel_preferences" ADD CONSTRAINT "travel_preferences_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "travel_preferences" ADD CONSTRAINT "travel_preferences_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "supply_plans_items" ADD CONSTRAINT "supply_plans_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."supply_plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "supply_plans" ADD CONSTRAINT "supply_plans_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "supply_plans" ADD CONSTRAINT "supply_plans_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "supply_plans" ADD CONSTRAINT "supply_plans_contact_id_staff_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "supply_plans" ADD CONSTRAINT "supply_plans_purchase_id_supply_purchases_id_fk" FOREIGN KEY ("purchase_id") REFERENCES "public"."supply_purchases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "supply_purchases_totals" ADD CONSTRAINT "supply_purchases_totals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."supply_purchases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "supply_purchases_lines" ADD CONSTRAINT "supply_purchases_lines_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "supply_purchases_lines" ADD CONSTRAINT "supply_purchases_lines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."supply_purchases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "supply_purchases" ADD CONSTRAINT "supply_purchases_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "supply_purchases" ADD CONSTRAINT "supply_purchases_purchased_by_id_staff_id_fk" FOREIGN KEY ("purchased_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "supply_purchases" ADD CONSTRAINT "supply_purchases_submitted_by_id_staff_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "supply_purchases_rels" ADD CONSTRAINT "supply_purchases_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."supply_purchases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "supply_purchases_rels" ADD CONSTRAINT "supply_purchases_rels_supply_plans_fk" FOREIGN KEY ("supply_plans_id") REFERENCES "public"."supply_plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "archive_settings" ADD CONSTRAINT "archive_settings_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "personnel_files_documents" ADD CONSTRAINT "personnel_files_documents_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."personnel_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "personnel_files" ADD CONSTRAINT "personnel_files_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "personnel_files" ADD CONSTRAINT "personnel_files_person_id_staff_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "personnel_files" ADD CONSTRAINT "personnel_files_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "directory_editions" ADD CONSTRAINT "directory_editions_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "appointments" ADD CONSTRAINT "appointments_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "appointments" ADD CONSTRAINT "appointments_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "appointments" ADD CONSTRAINT "appointments_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consultations" ADD CONSTRAINT "consultations_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consultations" ADD CONSTRAINT "consultations_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consultations" ADD CONSTRAINT "consultations_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consultations" ADD CONSTRAINT "consultations_lost_reason_id_lost_reasons_id_fk" FOREIGN KEY ("lost_reason_id") REFERENCES "public"."lost_reasons"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "daily_reports" ADD CONSTRAINT "daily_reports_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "daily_reports" ADD CONSTRAINT "daily_reports_filled_by_id_staff_id_fk" FOREIGN KEY ("filled_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "daily_targets" ADD CONSTRAINT "daily_targets_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "daily_targets" ADD CONSTRAINT "daily_targets_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "members" ADD CONSTRAINT "members_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "members" ADD CONSTRAINT "members_responsible_staff_id_staff_id_fk" FOREIGN KEY ("responsible_staff_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "members" ADD CONSTRAINT "members_tier_id_member_tiers_id_fk" FOREIGN KEY ("tier_id") REFERENCES "public"."member_tiers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "members" ADD CONSTRAINT "members_tier_override_id_member_tiers_id_fk" FOREIGN KEY ("tier_override_id") REFERENCES "public"."member_tiers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "members" ADD CONSTRAINT "members_override_by_id_staff_id_fk" FOREIGN KEY ("override_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "birthday_gifts" ADD CONSTRAINT "birthday_gifts_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "birthday_gifts" ADD CONSTRAINT "birthday_gifts_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "birthday_gifts" ADD CONSTRAINT "birthday_gifts_given_by_id_staff_id_fk" FOREIGN KEY ("given_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "timetables_entries" ADD CONSTRAINT "timetables_entries_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."timetables"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "timetables" ADD CONSTRAINT "timetables_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "acknowledgements" ADD CONSTRAINT "acknowledgements_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "acknowledgements" ADD CONSTRAINT "acknowledgements_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "acknowledgements" ADD CONSTRAINT "acknowledgements_script_id_scripts_id_fk" FOREIGN KEY ("script_id") REFERENCES "public"."scripts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "member_tiers" ADD CONSTRAINT "member_tiers_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lost_reasons" ADD CONSTRAINT "lost_reasons_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "member_settings" ADD CONSTRAINT "member_settings_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "member_settings_rels" ADD CONSTRAINT "member_settings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."member_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "member_settings_rels" ADD CONSTRAINT "member_settings_rels_positions_fk" FOREIGN KEY ("positions_id") REFERENCES "public"."positions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "scripts" ADD CONSTRAINT "scripts_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_sender_id_staff_id_fk" FOREIGN KEY ("sender_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages_rels" ADD CONSTRAINT "messages_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "messages_rels" ADD CONSTRAINT "messages_rels_positions_fk" FOREIGN KEY ("positions_id") REFERENCES "public"."positions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "messages_rels" ADD CONSTRAINT "messages_rels_staff_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "message_receipts" ADD CONSTRAINT "message_receipts_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "message_receipts" ADD CONSTRAINT "message_receipts_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "message_receipts" ADD CONSTRAINT "message_receipts_sender_id_staff_id_fk" FOREIGN KEY ("sender_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "message_receipts" ADD CONSTRAINT "message_receipts_recipient_id_staff_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "approvals" ADD CONSTRAINT "approvals_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "approvals" ADD CONSTRAINT "approvals_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "approvals" ADD CONSTRAINT "approvals_signer_id_staff_id_fk" FOREIGN KEY ("signer_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "approval_tokens" ADD CONSTRAINT "approval_tokens_approver_id_staff_id_fk" FOREIGN KEY ("approver_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "call_tasks" ADD CONSTRAINT "call_tasks_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "call_tasks" ADD CONSTRAINT "call_tasks_callee_id_staff_id_fk" FOREIGN KEY ("callee_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "routine_checks_actions" ADD CONSTRAINT "routine_checks_actions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."routine_checks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "routine_checks" ADD CONSTRAINT "routine_checks_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "routine_checks" ADD CONSTRAINT "routine_checks_routine_id_routines_id_fk" FOREIGN KEY ("routine_id") REFERENCES "public"."routines"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "routine_checks" ADD CONSTRAINT "routine_checks_done_by_id_staff_id_fk" FOREIGN KEY ("done_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "devices" ADD CONSTRAINT "devices_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "devices" ADD CONSTRAINT "devices_bridge_id_devices_id_fk" FOREIGN KEY ("bridge_id") REFERENCES "public"."devices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "devices" ADD CONSTRAINT "devices_connection_camera_id_devices_id_fk" FOREIGN KEY ("connection_camera_id") REFERENCES "public"."devices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "device_commands" ADD CONSTRAINT "device_commands_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "device_commands" ADD CONSTRAINT "device_commands_device_id_devices_id_fk" FOREIGN KEY ("device_id") REFERENCES "public"."devices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "device_commands" ADD CONSTRAINT "device_commands_requested_by_id_staff_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "calls" ADD CONSTRAINT "calls_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "calls" ADD CONSTRAINT "calls_message_for_id_staff_id_fk" FOREIGN KEY ("message_for_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "calls" ADD CONSTRAINT "calls_device_id_devices_id_fk" FOREIGN KEY ("device_id") REFERENCES "public"."devices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "calls" ADD CONSTRAINT "calls_answered_by_id_staff_id_fk" FOREIGN KEY ("answered_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "device_events" ADD CONSTRAINT "device_events_device_id_devices_id_fk" FOREIGN KEY ("device_id") REFERENCES "public"."devices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sites_modules" ADD CONSTRAINT "sites_modules_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "departments" ADD CONSTRAINT "departments_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "departments" ADD CONSTRAINT "departments_head_id_positions_id_fk" FOREIGN KEY ("head_id") REFERENCES "public"."positions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "departments" ADD CONSTRAINT "departments_head_staff_id_staff_id_fk" FOREIGN KEY ("head_staff_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "staff_roles" ADD CONSTRAINT "staff_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."staff"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "staff_sites" ADD CONSTRAINT "staff_sites_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "staff_sites" ADD CONSTRAINT "staff_sites_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."staff"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "staff_sessions" ADD CONSTRAINT "staff_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."staff"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "staff" ADD CONSTRAINT "staff_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "staff_rels" ADD CONSTRAINT "staff_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."staff"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "staff_rels" ADD CONSTRAINT "staff_rels_positions_fk" FOREIGN KEY ("positions_id") REFERENCES "public"."positions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "calendar_days" ADD CONSTRAINT "calendar_days_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "routines_items_actions" ADD CONSTRAINT "routines_items_actions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."routines_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "routines_items" ADD CONSTRAINT "routines_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."routines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "routines" ADD CONSTRAINT "routines_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "digest_settings" ADD CONSTRAINT "digest_settings_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "digest_settings_rels" ADD CONSTRAINT "digest_settings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."digest_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "digest_settings_rels" ADD CONSTRAINT "digest_settings_rels_positions_fk" FOREIGN KEY ("positions_id") REFERENCES "public"."positions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_staff_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reception_records_fk" FOREIGN KEY ("reception_records_id") REFERENCES "public"."reception_records"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_visits_fk" FOREIGN KEY ("visits_id") REFERENCES "public"."visits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reservations_fk" FOREIGN KEY ("reservations_id") REFERENCES "public"."reservations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_outings_fk" FOREIGN KEY ("outings_id") REFERENCES "public"."outings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parcels_fk" FOREIGN KEY ("parcels_id") REFERENCES "public"."parcels"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_buildings_fk" FOREIGN KEY ("buildings_id") REFERENCES "public"."buildings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_beds_fk" FOREIGN KEY ("beds_id") REFERENCES "public"."beds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_elders_fk" FOREIGN KEY ("elders_id") REFERENCES "public"."elders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_fee_changes_fk" FOREIGN KEY ("fee_changes_id") REFERENCES "public"."fee_changes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bed_changes_fk" FOREIGN KEY ("bed_changes_id") REFERENCES "public"."bed_changes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_visit_cards_fk" FOREIGN KEY ("visit_cards_id") REFERENCES "public"."visit_cards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_repair_requests_fk" FOREIGN KEY ("repair_requests_id") REFERENCES "public"."repair_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_waitlist_fk" FOREIGN KEY ("waitlist_id") REFERENCES "public"."waitlist"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_admission_preps_fk" FOREIGN KEY ("admission_preps_id") REFERENCES "public"."admission_preps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_admissions_fk" FOREIGN KEY ("admissions_id") REFERENCES "public"."admissions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_discharges_fk" FOREIGN KEY ("discharges_id") REFERENCES "public"."discharges"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_meal_orders_fk" FOREIGN KEY ("meal_orders_id") REFERENCES "public"."meal_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_gatherings_fk" FOREIGN KEY ("gatherings_id") REFERENCES "public"."gatherings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_complaints_fk" FOREIGN KEY ("complaints_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_business_trips_fk" FOREIGN KEY ("business_trips_id") REFERENCES "public"."business_trips"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sms_notices_fk" FOREIGN KEY ("sms_notices_id") REFERENCES "public"."sms_notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sms_fk" FOREIGN KEY ("sms_id") REFERENCES "public"."sms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_archive_grants_fk" FOREIGN KEY ("archive_grants_id") REFERENCES "public"."archive_grants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_household_censuses_fk" FOREIGN KEY ("household_censuses_id") REFERENCES "public"."household_censuses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_owner_complaints_fk" FOREIGN KEY ("owner_complaints_id") REFERENCES "public"."owner_complaints"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_follow_ups_fk" FOREIGN KEY ("follow_ups_id") REFERENCES "public"."follow_ups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_key_loans_fk" FOREIGN KEY ("key_loans_id") REFERENCES "public"."key_loans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_estate_buildings_fk" FOREIGN KEY ("estate_buildings_id") REFERENCES "public"."estate_buildings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_owners_fk" FOREIGN KEY ("owners_id") REFERENCES "public"."owners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_unit_history_fk" FOREIGN KEY ("unit_history_id") REFERENCES "public"."unit_history"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_owner_files_fk" FOREIGN KEY ("owner_files_id") REFERENCES "public"."owner_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_arrears_fk" FOREIGN KEY ("arrears_id") REFERENCES "public"."arrears"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_archive_scans_fk" FOREIGN KEY ("archive_scans_id") REFERENCES "public"."archive_scans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_complaint_settings_fk" FOREIGN KEY ("complaint_settings_id") REFERENCES "public"."complaint_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_keys_fk" FOREIGN KEY ("keys_id") REFERENCES "public"."keys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_key_acceptances_fk" FOREIGN KEY ("key_acceptances_id") REFERENCES "public"."key_acceptances"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_key_entrustments_fk" FOREIGN KEY ("key_entrustments_id") REFERENCES "public"."key_entrustments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_key_handovers_fk" FOREIGN KEY ("key_handovers_id") REFERENCES "public"."key_handovers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_key_reminders_fk" FOREIGN KEY ("key_reminders_id") REFERENCES "public"."key_reminders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_key_memos_fk" FOREIGN KEY ("key_memos_id") REFERENCES "public"."key_memos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_key_counts_fk" FOREIGN KEY ("key_counts_id") REFERENCES "public"."key_counts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_phone_log_fk" FOREIGN KEY ("phone_log_id") REFERENCES "public"."phone_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_visitor_log_fk" FOREIGN KEY ("visitor_log_id") REFERENCES "public"."visitor_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_office_parcels_fk" FOREIGN KEY ("office_parcels_id") REFERENCES "public"."office_parcels"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_meetings_fk" FOREIGN KEY ("meetings_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_travel_requests_fk" FOREIGN KEY ("travel_requests_id") REFERENCES "public"."travel_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_supply_issues_fk" FOREIGN KEY ("supply_issues_id") REFERENCES "public"."supply_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_archives_fk" FOREIGN KEY ("archives_id") REFERENCES "public"."archives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_access_cards_fk" FOREIGN KEY ("access_cards_id") REFERENCES "public"."access_cards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_leaving_checklists_fk" FOREIGN KEY ("leaving_checklists_id") REFERENCES "public"."leaving_checklists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_attendance_fk" FOREIGN KEY ("attendance_id") REFERENCES "public"."attendance"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_leave_slips_fk" FOREIGN KEY ("leave_slips_id") REFERENCES "public"."leave_slips"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parcel_consents_fk" FOREIGN KEY ("parcel_consents_id") REFERENCES "public"."parcel_consents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_travel_preferences_fk" FOREIGN KEY ("travel_preferences_id") REFERENCES "public"."travel_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_supply_plans_fk" FOREIGN KEY ("supply_plans_id") REFERENCES "public"."supply_plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_supply_purchases_fk" FOREIGN KEY ("supply_purchases_id") REFERENCES "public"."supply_purchases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_archive_settings_fk" FOREIGN KEY ("archive_settings_id") REFERENCES "public"."archive_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_personnel_files_fk" FOREIGN KEY ("personnel_files_id") REFERENCES "public"."personnel_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_directory_editions_fk" FOREIGN KEY ("directory_editions_id") REFERENCES "public"."directory_editions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_appointments_fk" FOREIGN KEY ("appointments_id") REFERENCES "public"."appointments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_consultations_fk" FOREIGN KEY ("consultations_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_daily_reports_fk" FOREIGN KEY ("daily_reports_id") REFERENCES "public"."daily_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_daily_targets_fk" FOREIGN KEY ("daily_targets_id") REFERENCES "public"."daily_targets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_members_fk" FOREIGN KEY ("members_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_birthday_gifts_fk" FOREIGN KEY ("birthday_gifts_id") REFERENCES "public"."birthday_gifts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_timetables_fk" FOREIGN KEY ("timetables_id") REFERENCES "public"."timetables"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_acknowledgements_fk" FOREIGN KEY ("acknowledgements_id") REFERENCES "public"."acknowledgements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_member_tiers_fk" FOREIGN KEY ("member_tiers_id") REFERENCES "public"."member_tiers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_lost_reasons_fk" FOREIGN KEY ("lost_reasons_id") REFERENCES "public"."lost_reasons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_member_settings_fk" FOREIGN KEY ("member_settings_id") REFERENCES "public"."member_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_scripts_fk" FOREIGN KEY ("scripts_id") REFERENCES "public"."scripts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_messages_fk" FOREIGN KEY ("messages_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_message_receipts_fk" FOREIGN KEY ("message_receipts_id") REFERENCES "public"."message_receipts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_approvals_fk" FOREIGN KEY ("approvals_id") REFERENCES "public"."approvals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_approval_tokens_fk" FOREIGN KEY ("approval_tokens_id") REFERENCES "public"."approval_tokens"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_call_tasks_fk" FOREIGN KEY ("call_tasks_id") REFERENCES "public"."call_tasks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_routine_checks_fk" FOREIGN KEY ("routine_checks_id") REFERENCES "public"."routine_checks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_devices_fk" FOREIGN KEY ("devices_id") REFERENCES "public"."devices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_device_commands_fk" FOREIGN KEY ("device_commands_id") REFERENCES "public"."device_commands"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_calls_fk" FOREIGN KEY ("calls_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_device_events_fk" FOREIGN KEY ("device_events_id") REFERENCES "public"."device_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_device_nonces_fk" FOREIGN KEY ("device_nonces_id") REFERENCES "public"."device_nonces"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sites_fk" FOREIGN KEY ("sites_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_departments_fk" FOREIGN KEY ("departments_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_positions_fk" FOREIGN KEY ("positions_id") REFERENCES "public"."positions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_staff_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_calendar_days_fk" FOREIGN KEY ("calendar_days_id") REFERENCES "public"."calendar_days"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_routines_fk" FOREIGN KEY ("routines_id") REFERENCES "public"."routines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_digest_settings_fk" FOREIGN KEY ("digest_settings_id") REFERENCES "public"."digest_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_mail_outbox_fk" FOREIGN KEY ("mail_outbox_id") REFERENCES "public"."mail_outbox"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_schedule_ticks_fk" FOREIGN KEY ("schedule_ticks_id") REFERENCES "public"."schedule_ticks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sign_in_limits_fk" FOREIGN KEY ("sign_in_limits_id") REFERENCES "public"."sign_in_limits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_staff_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "reception_records_site_idx" ON "reception_records" USING btree ("site_id");
  CREATE INDEX "reception_records_received_at_idx" ON "reception_records" USING btree ("received_at");
  CREATE INDEX "reception_records_staff_idx" ON "reception_records" USING btree ("staff_id");
  CREATE INDEX "reception_records_rating_idx" ON "reception_records" USING btree ("rating");
  CREATE INDEX "reception_records_follow_up_of_idx" ON "reception_records" USING btree ("follow_up_of_id");
  CREATE INDEX "reception_records_updated_at_idx" ON "reception_records" USING btree ("updated_at");
  CREATE INDEX "reception_records_created_at_idx" ON "reception_records" USING btree ("created_at");
  CREATE INDEX "site_receivedAt_idx" ON "reception_records" USING btree ("site_id","received_at");
  CREATE INDEX "site_rating_idx" ON "reception_records" USING btree ("site_id","rating");
  CREATE INDEX "site_type_staff_receivedAt_idx" ON "reception_records" USING btree ("site_id","type","staff_id","received_at");
  CREATE INDEX "visits_site_idx" ON "visits" USING btree ("site_id");
  CREATE INDEX "visits_host_staff_idx" ON "visits" USING btree ("host_staff_id");
  CREATE INDEX "visits_elder_idx" ON "visits" USING btree ("elder_id");
  CREATE INDEX "visits_confirmed_by_idx" ON "visits" USING btree ("confirmed_by_id");
  CREATE INDEX "visits_card_idx" ON "visits" USING btree ("card_id");
  CREATE INDEX "visits_time_in_idx" ON "visits" USING btree ("time_in");
  CREATE INDEX "visits_updated_at_idx" ON "visits" USING btree ("updated_at");
  CREATE INDEX "visits_created_at_idx" ON "visits" USING btree ("created_at");
  CREATE INDEX "site_timeIn_idx" ON "visits" USING btree ("site_id","time_in");
  CREATE INDEX "reservations_site_idx" ON "reservations" USING btree ("site_id");
  CREATE INDEX "reservations_reception_record_idx" ON "reservations" USING btree ("reception_record_id");
  CREATE INDEX "reservations_elder_idx" ON "reservations" USING btree ("elder_id");
  CREATE INDEX "reservations_bed_idx" ON "reservations" USING btree ("bed_id");
  CREATE INDEX "reservations_status_idx" ON "reservations" USING btree ("status");
  CREATE INDEX "reservations_hold_due_at_idx" ON "reservations" USING btree ("hold_due_at");
  CREATE INDEX "reservations_updated_at_idx" ON "reservations" USING btree ("updated_at");
  CREATE INDEX "reservations_created_at_idx" ON "reservations" USING btree ("created_at");
  CREATE INDEX "site_status_idx" ON "reservations" USING btree ("site_id","status");
  CREATE INDEX "outings_site_idx" ON "outings" USING btree ("site_id");
  CREATE INDEX "outings_elder_idx" ON "outings" USING btree ("elder_id");
  CREATE INDEX "outings_expected_return_idx" ON "outings" USING btree ("expected_return");
  CREATE INDEX "outings_status_idx" ON "outings" USING btree ("status");
  CREATE INDEX "outings_overdue_idx" ON "outings" USING btree ("overdue");
  CREATE INDEX "outings_return_due_at_idx" ON "outings" USING btree ("return_due_at");
  CREATE INDEX "outings_updated_at_idx" ON "outings" USING btree ("updated_at");
  CREATE INDEX "outings_created_at_idx" ON "outings" USING btree ("created_at");
  CREATE INDEX "status_overdue_expectedReturn_idx" ON "outings" USING btree ("status","overdue","expected_return");
  CREATE INDEX "parcels_site_idx" ON "parcels" USING btree ("site_id");
  CREATE INDEX "parcels_received_at_idx" ON "parcels" USING btree ("received_at");
  CREATE INDEX "parcels_elder_idx" ON "parcels" USING btree ("elder_id");
  CREATE INDEX "parcels_staff_idx" ON "parcels" USING btree ("staff_id");
  CREATE INDEX "parcels_updated_at_idx" ON "parcels" USING btree ("updated_at");
  CREATE INDEX "parcels_created_at_idx" ON "parcels" USING btree ("created_at");
  CREATE INDEX "buildings_site_idx" ON "buildings" USING btree ("site_id");
  CREATE INDEX "buildings_updated_at_idx" ON "buildings" USING btree ("updated_at");
  CREATE INDEX "buildings_created_at_idx" ON "buildings" USING btree ("created_at");
  CREATE INDEX "beds_site_idx" ON "beds" USING btree ("site_id");
  CREATE INDEX "beds_building_idx" ON "beds" USING btree ("building_id");
  CREATE INDEX "beds_status_idx" ON "beds" USING btree ("status");
  CREATE INDEX "beds_elder_idx" ON "beds" USING btree ("elder_id");
  CREATE INDEX "beds_updated_at_idx" ON "beds" USING btree ("updated_at");
  CREATE INDEX "beds_created_at_idx" ON "beds" USING btree ("created_at");
  CREATE INDEX "site_status_1_idx" ON "beds" USING btree ("site_id","status");
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
  CREATE INDEX "site_status_2_idx" ON "elders" USING btree ("site_id","status");
  CREATE INDEX "fee_changes_site_idx" ON "fee_changes" USING btree ("site_id");
  CREATE INDEX "fee_changes_elder_idx" ON "fee_changes" USING btree ("elder_id");
  CREATE INDEX "fee_changes_approval_status_idx" ON "fee_changes" USING btree ("approval_status");
  CREATE INDEX "fee_changes_approval_position_idx" ON "fee_changes" USING btree ("approval_position");
  CREATE INDEX "fee_changes_submitted_by_idx" ON "fee_changes" USING btree ("submitted_by_id");
  CREATE INDEX "fee_changes_updated_at_idx" ON "fee_changes" USING btree ("updated_at");
  CREATE INDEX "fee_changes_created_at_idx" ON "fee_changes" USING btree ("created_at");
  CREATE INDEX "bed_changes_site_idx" ON "bed_changes" USING btree ("site_id");
  CREATE INDEX "bed_changes_elder_idx" ON "bed_changes" USING btree ("elder_id");
  CREATE INDEX "bed_changes_from_bed_idx" ON "bed_changes" USING btree ("from_bed_id");
  CREATE INDEX "bed_changes_to_bed_idx" ON "bed_changes" USING btree ("to_bed_id");
  CREATE INDEX "bed_changes_approval_status_idx" ON "bed_changes" USING btree ("approval_status");
  CREATE INDEX "bed_changes_approval_position_idx" ON "bed_changes" USING btree ("approval_position");
  CREATE INDEX "bed_changes_submitted_by_idx" ON "bed_changes" USING btree ("submitted_by_id");
  CREATE INDEX "bed_changes_updated_at_idx" ON "bed_changes" USING btree ("updated_at");
  CREATE INDEX "bed_changes_created_at_idx" ON "bed_changes" USING btree ("created_at");
  CREATE INDEX "visit_cards_site_idx" ON "visit_cards" USING btree ("site_id");
  CREATE INDEX "visit_cards_card_number_idx" ON "visit_cards" USING btree ("card_number");
  CREATE INDEX "visit_cards_status_idx" ON "visit_cards" USING btree ("status");
  CREATE INDEX "visit_cards_elder_idx" ON "visit_cards" USING btree ("elder_id");
  CREATE INDEX "visit_cards_updated_at_idx" ON "visit_cards" USING btree ("updated_at");
  CREATE INDEX "visit_cards_created_at_idx" ON "visit_cards" USING btree ("created_at");
  CREATE UNIQUE INDEX "site_cardNumber_idx" ON "visit_cards" USING btree ("site_id","card_number");
  CREATE INDEX "repair_requests_site_idx" ON "repair_requests" USING btree ("site_id");
  CREATE INDEX "repair_requests_reported_at_idx" ON "repair_requests" USING btree ("reported_at");
  CREATE INDEX "repair_requests_reported_by_idx" ON "repair_requests" USING btree ("reported_by_id");
  CREATE INDEX "repair_requests_repairer_idx" ON "repair_requests" USING btree ("repairer_id");
  CREATE INDEX "repair_requests_status_idx" ON "repair_requests" USING btree ("status");
  CREATE INDEX "repair_requests_updated_at_idx" ON "repair_requests" USING btree ("updated_at");
  CREATE INDEX "repair_requests_created_at_idx" ON "repair_requests" USING btree ("created_at");
  CREATE INDEX "site_status_3_idx" ON "repair_requests" USING btree ("site_id","status");
  CREATE INDEX "waitlist_site_idx" ON "waitlist" USING btree ("site_id");
  CREATE INDEX "waitlist_registered_at_idx" ON "waitlist" USING btree ("registered_at");
  CREATE INDEX "waitlist_status_idx" ON "waitlist" USING btree ("status");
  CREATE INDEX "waitlist_updated_at_idx" ON "waitlist" USING btree ("updated_at");
  CREATE INDEX "waitlist_created_at_idx" ON "waitlist" USING btree ("created_at");
  CREATE INDEX "site_status_registeredAt_idx" ON "waitlist" USING btree ("site_id","status","registered_at");
  CREATE INDEX "admission_preps_site_idx" ON "admission_preps" USING btree ("site_id");
  CREATE UNIQUE INDEX "admission_preps_reservation_idx" ON "admission_preps" USING btree ("reservation_id");
  CREATE INDEX "admission_preps_health_cert_photo_idx" ON "admission_preps" USING btree ("health_cert_photo_id");
  CREATE INDEX "admission_preps_status_idx" ON "admission_preps" USING btree ("status");
  CREATE INDEX "admission_preps_elder_idx" ON "admission_preps" USING btree ("elder_id");
  CREATE INDEX "admission_preps_original_pending_idx" ON "admission_preps" USING btree ("original_pending");
  CREATE INDEX "admission_preps_updated_at_idx" ON "admission_preps" USING btree ("updated_at");
  CREATE INDEX "admission_preps_created_at_idx" ON "admission_preps" USING btree ("created_at");
  CREATE INDEX "site_arrivalDate_idx" ON "admission_preps" USING btree ("site_id","arrival_date");
  CREATE INDEX "admissions_contacts_order_idx" ON "admissions_contacts" USING btree ("_order");
  CREATE INDEX "admissions_contacts_parent_id_idx" ON "admissions_contacts" USING btree ("_parent_id");
  CREATE INDEX "admissions_site_idx" ON "admissions" USING btree ("site_id");
  CREATE UNIQUE INDEX "admissions_prep_idx" ON "admissions" USING btree ("prep_id");
  CREATE INDEX "admissions_photo_idx" ON "admissions" USING btree ("photo_id");
  CREATE INDEX "admissions_status_idx" ON "admissions" USING btree ("status");
  CREATE INDEX "admissions_filing_late_idx" ON "admissions" USING btree ("filing_late");
  CREATE INDEX "admissions_elder_idx" ON "admissions" USING btree ("elder_id");
  CREATE INDEX "admissions_filing_due_at_idx" ON "admissions" USING btree ("filing_due_at");
  CREATE INDEX "admissions_updated_at_idx" ON "admissions" USING btree ("updated_at");
  CREATE INDEX "admissions_created_at_idx" ON "admissions" USING btree ("created_at");
  CREATE INDEX "status_filingLate_filingDueAt_idx" ON "admissions" USING btree ("status","filing_late","filing_due_at");
  CREATE INDEX "discharges_fees_order_idx" ON "discharges_fees" USING btree ("_order");
  CREATE INDEX "discharges_fees_parent_id_idx" ON "discharges_fees" USING btree ("_parent_id");
  CREATE INDEX "discharges_site_idx" ON "discharges" USING btree ("site_id");
  CREATE INDEX "discharges_elder_idx" ON "discharges" USING btree ("elder_id");
  CREATE INDEX "discharges_fees_check_due_idx" ON "discharges" USING btree ("fees_check_due");
  CREATE INDEX "discharges_short_notice_idx" ON "discharges" USING btree ("short_notice");
  CREATE INDEX "discharges_status_idx" ON "discharges" USING btree ("status");
  CREATE INDEX "discharges_approval_status_idx" ON "discharges" USING btree ("approval_status");
  CREATE INDEX "discharges_approval_position_idx" ON "discharges" USING btree ("approval_position");
  CREATE INDEX "discharges_submitted_by_idx" ON "discharges" USING btree ("submitted_by_id");
  CREATE INDEX "discharges_leave_due_at_idx" ON "discharges" USING btree ("leave_due_at");
  CREATE INDEX "discharges_fees_check_due_at_idx" ON "discharges" USING btree ("fees_check_due_at");
  CREATE INDEX "discharges_updated_at_idx" ON "discharges" USING btree ("updated_at");
  CREATE INDEX "discharges_created_at_idx" ON "discharges" USING btree ("created_at");
  CREATE INDEX "status_dischargeDate_idx" ON "discharges" USING btree ("status","discharge_date");
  CREATE INDEX "meal_orders_items_order_idx" ON "meal_orders_items" USING btree ("_order");
  CREATE INDEX "meal_orders_items_parent_id_idx" ON "meal_orders_items" USING btree ("_parent_id");
  CREATE INDEX "meal_orders_site_idx" ON "meal_orders" USING btree ("site_id");
  CREATE INDEX "meal_orders_meal_time_idx" ON "meal_orders" USING btree ("meal_time");
  CREATE INDEX "meal_orders_elder_idx" ON "meal_orders" USING btree ("elder_id");
  CREATE INDEX "meal_orders_gathering_idx" ON "meal_orders" USING btree ("gathering_id");
  CREATE INDEX "meal_orders_updated_at_idx" ON "meal_orders" USING btree ("updated_at");
  CREATE INDEX "meal_orders_created_at_idx" ON "meal_orders" USING btree ("created_at");
  CREATE INDEX "site_mealTime_idx" ON "meal_orders" USING btree ("site_id","meal_time");
  CREATE INDEX "gatherings_site_idx" ON "gatherings" USING btree ("site_id");
  CREATE INDEX "gatherings_elder_idx" ON "gatherings" USING btree ("elder_id");
  CREATE INDEX "gatherings_starts_at_idx" ON "gatherings" USING btree ("starts_at");
  CREATE INDEX "gatherings_meal_order_idx" ON "gatherings" USING btree ("meal_order_id");
  CREATE INDEX "gatherings_updated_at_idx" ON "gatherings" USING btree ("updated_at");
  CREATE INDEX "gatherings_created_at_idx" ON "gatherings" USING btree ("created_at");
  CREATE INDEX "complaints_site_idx" ON "complaints" USING btree ("site_id");
  CREATE INDEX "complaints_elder_idx" ON "complaints" USING btree ("elder_id");
  CREATE INDEX "complaints_status_idx" ON "complaints" USING btree ("status");
  CREATE INDEX "complaints_late_entry_idx" ON "complaints" USING btree ("late_entry");
  CREATE INDEX "complaints_updated_at_idx" ON "complaints" USING btree ("updated_at");
  CREATE INDEX "complaints_created_at_idx" ON "complaints" USING btree ("created_at");
  CREATE INDEX "site_receivedAt_1_idx" ON "complaints" USING btree ("site_id","received_at");
  CREATE INDEX "site_lateEntry_idx" ON "complaints" USING btree ("site_id","late_entry");
  CREATE INDEX "business_trips_site_idx" ON "business_trips" USING btree ("site_id");
  CREATE INDEX "business_trips_staff_idx" ON "business_trips" USING btree ("staff_id");
  CREATE INDEX "business_trips_assigned_by_idx" ON "business_trips" USING btree ("assigned_by_id");
  CREATE INDEX "business_trips_left_at_idx" ON "business_trips" USING btree ("left_at");
  CREATE INDEX "business_trips_updated_at_idx" ON "business_trips" USING btree ("updated_at");
  CREATE INDEX "business_trips_created_at_idx" ON "business_trips" USING btree ("created_at");
  CREATE INDEX "sms_notices_site_idx" ON "sms_notices" USING btree ("site_id");
  CREATE INDEX "sms_notices_approval_status_idx" ON "sms_notices" USING btree ("approval_status");
  CREATE INDEX "sms_notices_approval_position_idx" ON "sms_notices" USING btree ("approval_position");
  CREATE INDEX "sms_notices_submitted_by_idx" ON "sms_notices" USING btree ("submitted_by_id");
  CREATE INDEX "sms_notices_updated_at_idx" ON "sms_notices" USING btree ("updated_at");
  CREATE INDEX "sms_notices_created_at_idx" ON "sms_notices" USING btree ("created_at");
  CREATE INDEX "sms_site_idx" ON "sms" USING btree ("site_id");
  CREATE INDEX "sms_elder_idx" ON "sms" USING btree ("elder_id");
  CREATE INDEX "sms_notice_idx" ON "sms" USING btree ("notice_id");
  CREATE INDEX "sms_status_idx" ON "sms" USING btree ("status");
  CREATE INDEX "sms_updated_at_idx" ON "sms" USING btree ("updated_at");
  CREATE INDEX "sms_created_at_idx" ON "sms" USING btree ("created_at");
  CREATE INDEX "status_retryAt_idx" ON "sms" USING btree ("status","retry_at");
  CREATE INDEX "archive_grants_site_idx" ON "archive_grants" USING btree ("site_id");
  CREATE INDEX "archive_grants_archive_idx" ON "archive_grants" USING btree ("archive_id");
  CREATE INDEX "archive_grants_reader_idx" ON "archive_grants" USING btree ("reader_id");
  CREATE INDEX "archive_grants_status_idx" ON "archive_grants" USING btree ("status");
  CREATE INDEX "archive_grants_registered_by_idx" ON "archive_grants" USING btree ("registered_by_id");
  CREATE INDEX "archive_grants_valid_from_idx" ON "archive_grants" USING btree ("valid_from");
  CREATE INDEX "archive_grants_valid_until_idx" ON "archive_grants" USING btree ("valid_until");
  CREATE INDEX "archive_grants_approval_status_idx" ON "archive_grants" USING btree ("approval_status");
  CREATE INDEX "archive_grants_approval_position_idx" ON "archive_grants" USING btree ("approval_position");
  CREATE INDEX "archive_grants_submitted_by_idx" ON "archive_grants" USING btree ("submitted_by_id");
  CREATE INDEX "archive_grants_expiry_due_at_idx" ON "archive_grants" USING btree ("expiry_due_at");
  CREATE INDEX "archive_grants_updated_at_idx" ON "archive_grants" USING btree ("updated_at");
  CREATE INDEX "archive_grants_created_at_idx" ON "archive_grants" USING btree ("created_at");
  CREATE INDEX "reader_status_validUntil_idx" ON "archive_grants" USING btree ("reader_id","status","valid_until");
  CREATE INDEX "household_censuses_site_idx" ON "household_censuses" USING btree ("site_id");
  CREATE INDEX "household_censuses_unit_idx" ON "household_censuses" USING btree ("unit_id");
  CREATE INDEX "household_censuses_by_idx" ON "household_censuses" USING btree ("by_id");
  CREATE INDEX "household_censuses_updated_at_idx" ON "household_censuses" USING btree ("updated_at");
  CREATE INDEX "household_censuses_created_at_idx" ON "household_censuses" USING btree ("created_at");
  CREATE INDEX "owner_complaints_site_idx" ON "owner_complaints" USING btree ("site_id");
  CREATE INDEX "owner_complaints_received_at_idx" ON "owner_complaints" USING btree ("received_at");
  CREATE INDEX "owner_complaints_received_by_idx" ON "owner_complaints" USING btree ("received_by_id");
  CREATE INDEX "owner_complaints_unit_idx" ON "owner_complaints" USING btree ("unit_id");
  CREATE INDEX "owner_complaints_category_idx" ON "owner_complaints" USING btree ("category");
  CREATE INDEX "owner_complaints_department_idx" ON "owner_complaints" USING btree ("department_id");
  CREATE INDEX "owner_complaints_status_idx" ON "owner_complaints" USING btree ("status");
  CREATE INDEX "owner_complaints_handling_overdue_idx" ON "owner_complaints" USING btree ("handling_overdue");
  CREATE INDEX "owner_complaints_told_late_idx" ON "owner_complaints" USING btree ("told_late");
  CREATE INDEX "owner_complaints_follow_up_idx" ON "owner_complaints" USING btree ("follow_up_id");
  CREATE INDEX "owner_complaints_handle_due_at_idx" ON "owner_complaints" USING btree ("handle_due_at");
  CREATE INDEX "owner_complaints_tell_due_at_idx" ON "owner_complaints" USING btree ("tell_due_at");
  CREATE INDEX "owner_complaints_updated_at_idx" ON "owner_complaints" USING btree ("updated_at");
  CREATE INDEX "owner_complaints_created_at_idx" ON "owner_complaints" USING btree ("created_at");
  CREATE INDEX "site_receivedAt_2_idx" ON "owner_complaints" USING btree ("site_id","received_at");
  CREATE INDEX "site_unit_category_idx" ON "owner_complaints" USING btree ("site_id","unit_id","category");
  CREATE INDEX "follow_ups_site_idx" ON "follow_ups" USING btree ("site_id");
  CREATE INDEX "follow_ups_kind_idx" ON "follow_ups" USING btree ("kind");
  CREATE INDEX "follow_ups_completed_at_idx" ON "follow_ups" USING btree ("completed_at");
  CREATE INDEX "follow_ups_complaint_idx" ON "follow_ups" USING btree ("complaint_id");
  CREATE INDEX "follow_ups_unit_idx" ON "follow_ups" USING btree ("unit_id");
  CREATE INDEX "follow_ups_followed_by_idx" ON "follow_ups" USING btree ("followed_by_id");
  CREATE INDEX "follow_ups_satisfaction_idx" ON "follow_ups" USING btree ("satisfaction");
  CREATE INDEX "follow_ups_owner_signature_idx" ON "follow_ups" USING btree ("owner_signature_id");
  CREATE INDEX "follow_ups_paper_scan_idx" ON "follow_ups" USING btree ("paper_scan_id");
  CREATE INDEX "follow_ups_status_idx" ON "follow_ups" USING btree ("status");
  CREATE INDEX "follow_ups_follower_position_idx" ON "follow_ups" USING btree ("follower_position_id");
  CREATE INDEX "follow_ups_overdue_idx" ON "follow_ups" USING btree ("overdue");
  CREATE INDEX "follow_ups_reviewed_by_idx" ON "follow_ups" USING btree ("reviewed_by_id");
  CREATE INDEX "follow_ups_complaint_due_at_idx" ON "follow_ups" USING btree ("complaint_due_at");
  CREATE INDEX "follow_ups_complaint_from_at_idx" ON "follow_ups" USING btree ("complaint_from_at");
  CREATE INDEX "follow_ups_repair_due_at_idx" ON "follow_ups" USING btree ("repair_due_at");
  CREATE INDEX "follow_ups_repair_from_at_idx" ON "follow_ups" USING btree ("repair_from_at");
  CREATE INDEX "follow_ups_special_due_at_idx" ON "follow_ups" USING btree ("special_due_at");
  CREATE INDEX "follow_ups_special_from_at_idx" ON "follow_ups" USING btree ("special_from_at");
  CREATE INDEX "follow_ups_emergency_due_at_idx" ON "follow_ups" USING btree ("emergency_due_at");
  CREATE INDEX "follow_ups_emergency_from_at_idx" ON "follow_ups" USING btree ("emergency_from_at");
  CREATE INDEX "follow_ups_publication_due_at_idx" ON "follow_ups" USING btree ("publication_due_at");
  CREATE INDEX "follow_ups_publication_from_at_idx" ON "follow_ups" USING btree ("publication_from_at");
  CREATE INDEX "follow_ups_help_due_at_idx" ON "follow_ups" USING btree ("help_due_at");
  CREATE INDEX "follow_ups_help_from_at_idx" ON "follow_ups" USING btree ("help_from_at");
  CREATE INDEX "follow_ups_updated_at_idx" ON "follow_ups" USING btree ("updated_at");
  CREATE INDEX "follow_ups_created_at_idx" ON "follow_ups" USING btree ("created_at");
  CREATE INDEX "site_kind_status_idx" ON "follow_ups" USING btree ("site_id","kind","status");
  CREATE INDEX "site_completedAt_idx" ON "follow_ups" USING btree ("site_id","completed_at");
  CREATE INDEX "key_loans_site_idx" ON "key_loans" USING btree ("site_id");
  CREATE INDEX "key_loans_lent_at_idx" ON "key_loans" USING btree ("lent_at");
  CREATE INDEX "key_loans_key_idx" ON "key_loans" USING btree ("key_id");
  CREATE INDEX "key_loans_department_idx" ON "key_loans" USING btree ("department_id");
  CREATE INDEX "key_loans_agent_idx" ON "key_loans" USING btree ("agent_id");
  CREATE INDEX "key_loans_receiver_idx" ON "key_loans" USING btree ("receiver_id");
  CREATE INDEX "key_loans_status_idx" ON "key_loans" USING btree ("status");
  CREATE INDEX "key_loans_overdue_idx" ON "key_loans" USING btree ("overdue");
  CREATE INDEX "key_loans_due_due_at_idx" ON "key_loans" USING btree ("due_due_at");
  CREATE INDEX "key_loans_updated_at_idx" ON "key_loans" USING btree ("updated_at");
  CREATE INDEX "key_loans_created_at_idx" ON "key_loans" USING btree ("created_at");
  CREATE INDEX "site_status_4_idx" ON "key_loans" USING btree ("site_id","status");
  CREATE INDEX "estate_buildings_site_idx" ON "estate_buildings" USING btree ("site_id");
  CREATE INDEX "estate_buildings_updated_at_idx" ON "estate_buildings" USING btree ("updated_at");
  CREATE INDEX "estate_buildings_created_at_idx" ON "estate_buildings" USING btree ("created_at");
  CREATE INDEX "units_site_idx" ON "units" USING btree ("site_id");
  CREATE INDEX "units_building_idx" ON "units" USING btree ("building_id");
  CREATE INDEX "units_code_idx" ON "units" USING btree ("code");
  CREATE INDEX "units_census_due_idx" ON "units" USING btree ("census_due");
  CREATE INDEX "units_census_due_at_idx" ON "units" USING btree ("census_due_at");
  CREATE INDEX "units_updated_at_idx" ON "units" USING btree ("updated_at");
  CREATE INDEX "units_created_at_idx" ON "units" USING btree ("created_at");
  CREATE UNIQUE INDEX "site_code_idx" ON "units" USING btree ("site_id","code");
  CREATE INDEX "owners_members_order_idx" ON "owners_members" USING btree ("_order");
  CREATE INDEX "owners_members_parent_id_idx" ON "owners_members" USING btree ("_parent_id");
  CREATE INDEX "owners_site_idx" ON "owners" USING btree ("site_id");
  CREATE INDEX "owners_unit_idx" ON "owners" USING btree ("unit_id");
  CREATE INDEX "owners_name_idx" ON "owners" USING btree ("name");
  CREATE INDEX "owners_phone_idx" ON "owners" USING btree ("phone");
  CREATE INDEX "owners_status_idx" ON "owners" USING btree ("status");
  CREATE INDEX "owners_updated_at_idx" ON "owners" USING btree ("updated_at");
  CREATE INDEX "owners_created_at_idx" ON "owners" USING btree ("created_at");
  CREATE INDEX "site_unit_status_idx" ON "owners" USING btree ("site_id","unit_id","status");
  CREATE INDEX "unit_history_site_idx" ON "unit_history" USING btree ("site_id");
  CREATE INDEX "unit_history_unit_idx" ON "unit_history" USING btree ("unit_id");
  CREATE INDEX "unit_history_owner_idx" ON "unit_history" USING btree ("owner_id");
  CREATE INDEX "unit_history_by_idx" ON "unit_history" USING btree ("by_id");
  CREATE INDEX "unit_history_updated_at_idx" ON "unit_history" USING btree ("updated_at");
  CREATE INDEX "unit_history_created_at_idx" ON "unit_history" USING btree ("created_at");
  CREATE INDEX "unit_at_idx" ON "unit_history" USING btree ("unit_id","at");
  CREATE INDEX "owner_files_items_order_idx" ON "owner_files_items" USING btree ("_order");
  CREATE INDEX "owner_files_items_parent_id_idx" ON "owner_files_items" USING btree ("_parent_id");
  CREATE INDEX "owner_files_site_idx" ON "owner_files" USING btree ("site_id");
  CREATE INDEX "owner_files_unit_idx" ON "owner_files" USING btree ("unit_id");
  CREATE INDEX "owner_files_owner_idx" ON "owner_files" USING btree ("owner_id");
  CREATE INDEX "owner_files_updated_at_idx" ON "owner_files" USING btree ("updated_at");
  CREATE INDEX "owner_files_created_at_idx" ON "owner_files" USING btree ("created_at");
  CREATE UNIQUE INDEX "site_unit_idx" ON "owner_files" USING btree ("site_id","unit_id");
  CREATE INDEX "owner_files_rels_order_idx" ON "owner_files_rels" USING btree ("order");
  CREATE INDEX "owner_files_rels_parent_idx" ON "owner_files_rels" USING btree ("parent_id");
  CREATE INDEX "owner_files_rels_path_idx" ON "owner_files_rels" USING btree ("path");
  CREATE INDEX "owner_files_rels_archive_scans_id_idx" ON "owner_files_rels" USING btree ("archive_scans_id");
  CREATE INDEX "arrears_follow_ups_order_idx" ON "arrears_follow_ups" USING btree ("_order");
  CREATE INDEX "arrears_follow_ups_parent_id_idx" ON "arrears_follow_ups" USING btree ("_parent_id");
  CREATE INDEX "arrears_follow_ups_by_idx" ON "arrears_follow_ups" USING btree ("by_id");
  CREATE INDEX "arrears_site_idx" ON "arrears" USING btree ("site_id");
  CREATE INDEX "arrears_unit_idx" ON "arrears" USING btree ("unit_id");
  CREATE INDEX "arrears_owner_idx" ON "arrears" USING btree ("owner_id");
  CREATE INDEX "arrears_since_idx" ON "arrears" USING btree ("since");
  CREATE INDEX "arrears_settled_idx" ON "arrears" USING btree ("settled");
  CREATE INDEX "arrears_follow_up_from_idx" ON "arrears" USING btree ("follow_up_from");
  CREATE INDEX "arrears_follow_up_overdue_idx" ON "arrears" USING btree ("follow_up_overdue");
  CREATE INDEX "arrears_follow_up_due_at_idx" ON "arrears" USING btree ("follow_up_due_at");
  CREATE INDEX "arrears_updated_at_idx" ON "arrears" USING btree ("updated_at");
  CREATE INDEX "arrears_created_at_idx" ON "arrears" USING btree ("created_at");
  CREATE INDEX "site_settled_followUpOverdue_idx" ON "arrears" USING btree ("site_id","settled","follow_up_overdue");
  CREATE INDEX "archive_scans_site_idx" ON "archive_scans" USING btree ("site_id");
  CREATE INDEX "archive_scans_archive_idx" ON "archive_scans" USING btree ("archive_id");
  CREATE INDEX "archive_scans_updated_at_idx" ON "archive_scans" USING btree ("updated_at");
  CREATE INDEX "archive_scans_created_at_idx" ON "archive_scans" USING btree ("created_at");
  CREATE UNIQUE INDEX "archive_scans_filename_idx" ON "archive_scans" USING btree ("filename");
  CREATE INDEX "complaint_settings_limits_order_idx" ON "complaint_settings_limits" USING btree ("_order");
  CREATE INDEX "complaint_settings_limits_parent_id_idx" ON "complaint_settings_limits" USING btree ("_parent_id");
  CREATE INDEX "complaint_settings_site_idx" ON "complaint_settings" USING btree ("site_id");
  CREATE INDEX "complaint_settings_updated_at_idx" ON "complaint_settings" USING btree ("updated_at");
  CREATE INDEX "complaint_settings_created_at_idx" ON "complaint_settings" USING btree ("created_at");
  CREATE UNIQUE INDEX "site_idx" ON "complaint_settings" USING btree ("site_id");
  CREATE INDEX "complaint_settings_rels_order_idx" ON "complaint_settings_rels" USING btree ("order");
  CREATE INDEX "complaint_settings_rels_parent_idx" ON "complaint_settings_rels" USING btree ("parent_id");
  CREATE INDEX "complaint_settings_rels_path_idx" ON "complaint_settings_rels" USING btree ("path");
  CREATE INDEX "complaint_settings_rels_positions_id_idx" ON "complaint_settings_rels" USING btree ("positions_id");
  CREATE INDEX "keys_site_idx" ON "keys" USING btree ("site_id");
  CREATE INDEX "keys_unit_idx" ON "keys" USING btree ("unit_id");
  CREATE INDEX "keys_key_number_idx" ON "keys" USING btree ("key_number");
  CREATE INDEX "keys_status_idx" ON "keys" USING btree ("status");
  CREATE INDEX "keys_handed_over_at_idx" ON "keys" USING btree ("handed_over_at");
  CREATE INDEX "keys_updated_at_idx" ON "keys" USING btree ("updated_at");
  CREATE INDEX "keys_created_at_idx" ON "keys" USING btree ("created_at");
  CREATE UNIQUE INDEX "site_keyNumber_idx" ON "keys" USING btree ("site_id","key_number");
  CREATE INDEX "site_cabinet_slot_idx" ON "keys" USING btree ("site_id","cabinet","slot");
  CREATE INDEX "site_status_5_idx" ON "keys" USING btree ("site_id","status");
  CREATE INDEX "key_acceptances_site_idx" ON "key_acceptances" USING btree ("site_id");
  CREATE INDEX "key_acceptances_accepted_at_idx" ON "key_acceptances" USING btree ("accepted_at");
  CREATE INDEX "key_acceptances_engineer_idx" ON "key_acceptances" USING btree ("engineer_id");
  CREATE INDEX "key_acceptances_unit_idx" ON "key_acceptances" USING btree ("unit_id");
  CREATE INDEX "key_acceptances_signatures_idx" ON "key_acceptances" USING btree ("signatures_id");
  CREATE INDEX "key_acceptances_receiver_idx" ON "key_acceptances" USING btree ("receiver_id");
  CREATE INDEX "key_acceptances_key_idx" ON "key_acceptances" USING btree ("key_id");
  CREATE INDEX "key_acceptances_updated_at_idx" ON "key_acceptances" USING btree ("updated_at");
  CREATE INDEX "key_acceptances_created_at_idx" ON "key_acceptances" USING btree ("created_at");
  CREATE INDEX "key_entrustments_site_idx" ON "key_entrustments" USING btree ("site_id");
  CREATE INDEX "key_entrustments_received_at_idx" ON "key_entrustments" USING btree ("received_at");
  CREATE INDEX "key_entrustments_unit_idx" ON "key_entrustments" USING btree ("unit_id");
  CREATE INDEX "key_entrustments_signatures_idx" ON "key_entrustments" USING btree ("signatures_id");
  CREATE INDEX "key_entrustments_receiver_idx" ON "key_entrustments" USING btree ("receiver_id");
  CREATE INDEX "key_entrustments_key_idx" ON "key_entrustments" USING btree ("key_id");
  CREATE INDEX "key_entrustments_updated_at_idx" ON "key_entrustments" USING btree ("updated_at");
  CREATE INDEX "key_entrustments_created_at_idx" ON "key_entrustments" USING btree ("created_at");
  CREATE INDEX "key_handovers_site_idx" ON "key_handovers" USING btree ("site_id");
  CREATE INDEX "key_handovers_handed_at_idx" ON "key_handovers" USING btree ("handed_at");
  CREATE INDEX "key_handovers_key_idx" ON "key_handovers" USING btree ("key_id");
  CREATE INDEX "key_handovers_owner_idx" ON "key_handovers" USING btree ("owner_id");
  CREATE INDEX "key_handovers_signature_idx" ON "key_handovers" USING btree ("signature_id");
  CREATE INDEX "key_handovers_handed_by_idx" ON "key_handovers" USING btree ("handed_by_id");
  CREATE INDEX "key_handovers_updated_at_idx" ON "key_handovers" USING btree ("updated_at");
  CREATE INDEX "key_handovers_created_at_idx" ON "key_handovers" USING btree ("created_at");
  CREATE INDEX "key_reminders_site_idx" ON "key_reminders" USING btree ("site_id");
  CREATE INDEX "key_reminders_loan_idx" ON "key_reminders" USING btree ("loan_id");
  CREATE INDEX "key_reminders_issued_at_idx" ON "key_reminders" USING btree ("issued_at");
  CREATE INDEX "key_reminders_department_idx" ON "key_reminders" USING btree ("department_id");
  CREATE INDEX "key_reminders_updated_at_idx" ON "key_reminders" USING btree ("updated_at");
  CREATE INDEX "key_reminders_created_at_idx" ON "key_reminders" USING btree ("created_at");
  CREATE INDEX "site_issuedAt_idx" ON "key_reminders" USING btree ("site_id","issued_at");
  CREATE INDEX "key_memos_site_idx" ON "key_memos" USING btree ("site_id");
  CREATE INDEX "key_memos_occurred_at_idx" ON "key_memos" USING btree ("occurred_at");
  CREATE INDEX "key_memos_key_idx" ON "key_memos" USING btree ("key_id");
  CREATE INDEX "key_memos_loan_idx" ON "key_memos" USING btree ("loan_id");
  CREATE INDEX "key_memos_status_idx" ON "key_memos" USING btree ("status");
  CREATE INDEX "key_memos_closed_at_idx" ON "key_memos" USING btree ("closed_at");
  CREATE INDEX "key_memos_updated_at_idx" ON "key_memos" USING btree ("updated_at");
  CREATE INDEX "key_memos_created_at_idx" ON "key_memos" USING btree ("created_at");
  CREATE INDEX "key_counts_rows_order_idx" ON "key_counts_rows" USING btree ("_order");
  CREATE INDEX "key_counts_rows_parent_id_idx" ON "key_counts_rows" USING btree ("_parent_id");
  CREATE INDEX "key_counts_rows_key_idx" ON "key_counts_rows" USING btree ("key_id");
  CREATE INDEX "key_counts_site_idx" ON "key_counts" USING btree ("site_id");
  CREATE INDEX "key_counts_counter_idx" ON "key_counts" USING btree ("counter_id");
  CREATE INDEX "key_counts_month_idx" ON "key_counts" USING btree ("month");
  CREATE INDEX "key_counts_due_on_idx" ON "key_counts" USING btree ("due_on");
  CREATE INDEX "key_counts_status_idx" ON "key_counts" USING btree ("status");
  CREATE INDEX "key_counts_late_idx" ON "key_counts" USING btree ("late");
  CREATE INDEX "key_counts_reported_by_idx" ON "key_counts" USING btree ("reported_by_id");
  CREATE INDEX "key_counts_report_due_at_idx" ON "key_counts" USING btree ("report_due_at");
  CREATE INDEX "key_counts_next_due_at_idx" ON "key_counts" USING btree ("next_due_at");
  CREATE INDEX "key_counts_updated_at_idx" ON "key_counts" USING btree ("updated_at");
  CREATE INDEX "key_counts_created_at_idx" ON "key_counts" USING btree ("created_at");
  CREATE UNIQUE INDEX "site_month_idx" ON "key_counts" USING btree ("site_id","month");
  CREATE INDEX "phone_log_site_idx" ON "phone_log" USING btree ("site_id");
  CREATE INDEX "phone_log_received_at_idx" ON "phone_log" USING btree ("received_at");
  CREATE INDEX "phone_log_outcome_idx" ON "phone_log" USING btree ("outcome");
  CREATE INDEX "phone_log_taken_by_idx" ON "phone_log" USING btree ("taken_by_id");
  CREATE INDEX "phone_log_message_for_idx" ON "phone_log" USING btree ("message_for_id");
  CREATE UNIQUE INDEX "phone_log_call_idx" ON "phone_log" USING btree ("call_id");
  CREATE INDEX "phone_log_ring_check_idx" ON "phone_log" USING btree ("ring_check");
  CREATE INDEX "phone_log_updated_at_idx" ON "phone_log" USING btree ("updated_at");
  CREATE INDEX "phone_log_created_at_idx" ON "phone_log" USING btree ("created_at");
  CREATE INDEX "site_receivedAt_3_idx" ON "phone_log" USING btree ("site_id","received_at");
  CREATE INDEX "visitor_log_site_idx" ON "visitor_log" USING btree ("site_id");
  CREATE INDEX "visitor_log_host_idx" ON "visitor_log" USING btree ("host_id");
  CREATE INDEX "visitor_log_interviewer_idx" ON "visitor_log" USING btree ("interviewer_id");
  CREATE INDEX "visitor_log_cv_idx" ON "visitor_log" USING btree ("cv_id");
  CREATE INDEX "visitor_log_time_in_idx" ON "visitor_log" USING btree ("time_in");
  CREATE INDEX "visitor_log_received_by_idx" ON "visitor_log" USING btree ("received_by_id");
  CREATE INDEX "visitor_log_status_idx" ON "visitor_log" USING btree ("status");
  CREATE INDEX "visitor_log_still_in_idx" ON "visitor_log" USING btree ("still_in");
  CREATE INDEX "visitor_log_closing_due_at_idx" ON "visitor_log" USING btree ("closing_due_at");
  CREATE INDEX "visitor_log_updated_at_idx" ON "visitor_log" USING btree ("updated_at");
  CREATE INDEX "visitor_log_created_at_idx" ON "visitor_log" USING btree ("created_at");
  CREATE INDEX "site_timeIn_1_idx" ON "visitor_log" USING btree ("site_id","time_in");
  CREATE INDEX "office_parcels_site_idx" ON "office_parcels" USING btree ("site_id");
  CREATE INDEX "office_parcels_received_at_idx" ON "office_parcels" USING btree ("received_at");
  CREATE INDEX "office_parcels_recipient_idx" ON "office_parcels" USING btree ("recipient_id");
  CREATE INDEX "office_parcels_signed_by_idx" ON "office_parcels" USING btree ("signed_by_id");
  CREATE INDEX "office_parcels_status_idx" ON "office_parcels" USING btree ("status");
  CREATE INDEX "office_parcels_received_by_idx" ON "office_parcels" USING btree ("received_by_id");
  CREATE INDEX "office_parcels_remind_due_at_idx" ON "office_parcels" USING btree ("remind_due_at");
  CREATE INDEX "office_parcels_updated_at_idx" ON "office_parcels" USING btree ("updated_at");
  CREATE INDEX "office_parcels_created_at_idx" ON "office_parcels" USING btree ("created_at");
  CREATE INDEX "site_receivedAt_4_idx" ON "office_parcels" USING btree ("site_id","received_at");
  CREATE INDEX "meetings_equipment_order_idx" ON "meetings_equipment" USING btree ("_order");
  CREATE INDEX "meetings_equipment_parent_id_idx" ON "meetings_equipment" USING btree ("_parent_id");
  CREATE INDEX "meetings_refreshments_order_idx" ON "meetings_refreshments" USING btree ("order");
  CREATE INDEX "meetings_refreshments_parent_idx" ON "meetings_refreshments" USING btree ("parent_id");
  CREATE INDEX "meetings_site_idx" ON "meetings" USING btree ("site_id");
  CREATE INDEX "meetings_start_at_idx" ON "meetings" USING btree ("start_at");
  CREATE INDEX "meetings_end_at_idx" ON "meetings" USING btree ("end_at");
  CREATE INDEX "meetings_organiser_idx" ON "meetings" USING btree ("organiser_id");
  CREATE INDEX "meetings_status_idx" ON "meetings" USING btree ("status");
  CREATE INDEX "meetings_not_ready_idx" ON "meetings" USING btree ("not_ready");
  CREATE INDEX "meetings_check_due_at_idx" ON "meetings" USING btree ("check_due_at");
  CREATE INDEX "meetings_end_due_at_idx" ON "meetings" USING btree ("end_due_at");
  CREATE INDEX "meetings_updated_at_idx" ON "meetings" USING btree ("updated_at");
  CREATE INDEX "meetings_created_at_idx" ON "meetings" USING btree ("created_at");
  CREATE INDEX "site_startAt_idx" ON "meetings" USING btree ("site_id","start_at");
  CREATE INDEX "travel_requests_site_idx" ON "travel_requests" USING btree ("site_id");
  CREATE INDEX "travel_requests_leader_idx" ON "travel_requests" USING btree ("leader_id");
  CREATE INDEX "travel_requests_depart_at_idx" ON "travel_requests" USING btree ("depart_at");
  CREATE INDEX "travel_requests_status_idx" ON "travel_requests" USING btree ("status");
  CREATE INDEX "travel_requests_sms_idx" ON "travel_requests" USING btree ("sms_id");
  CREATE INDEX "travel_requests_settle_overdue_idx" ON "travel_requests" USING btree ("settle_overdue");
  CREATE INDEX "travel_requests_settled_by_idx" ON "travel_requests" USING btree ("settled_by_id");
  CREATE INDEX "travel_requests_settle_due_at_idx" ON "travel_requests" USING btree ("settle_due_at");
  CREATE INDEX "travel_requests_updated_at_idx" ON "travel_requests" USING btree ("updated_at");
  CREATE INDEX "travel_requests_created_at_idx" ON "travel_requests" USING btree ("created_at");
  CREATE INDEX "status_settleOverdue_idx" ON "travel_requests" USING btree ("status","settle_overdue");
  CREATE INDEX "supply_issues_items_order_idx" ON "supply_issues_items" USING btree ("_order");
  CREATE INDEX "supply_issues_items_parent_id_idx" ON "supply_issues_items" USING btree ("_parent_id");
  CREATE INDEX "supply_issues_site_idx" ON "supply_issues" USING btree ("site_id");
  CREATE INDEX "supply_issues_quarter_idx" ON "supply_issues" USING btree ("quarter");
  CREATE INDEX "supply_issues_department_idx" ON "supply_issues" USING btree ("department_id");
  CREATE INDEX "supply_issues_updated_at_idx" ON "supply_issues" USING btree ("updated_at");
  CREATE INDEX "supply_issues_created_at_idx" ON "supply_issues" USING btree ("created_at");
  CREATE INDEX "archives_site_idx" ON "archives" USING btree ("site_id");
  CREATE INDEX "archives_number_idx" ON "archives" USING btree ("number");
  CREATE INDEX "archives_type_idx" ON "archives" USING btree ("type");
  CREATE INDEX "archives_department_idx" ON "archives" USING btree ("department_id");
  CREATE INDEX "archives_status_idx" ON "archives" USING btree ("status");
  CREATE INDEX "archives_updated_at_idx" ON "archives" USING btree ("updated_at");
  CREATE INDEX "archives_created_at_idx" ON "archives" USING btree ("created_at");
  CREATE UNIQUE INDEX "site_number_idx" ON "archives" USING btree ("site_id","number");
  CREATE INDEX "site_year_type_seq_idx" ON "archives" USING btree ("site_id","year","type","seq");
  CREATE INDEX "access_cards_site_idx" ON "access_cards" USING btree ("site_id");
  CREATE INDEX "access_cards_holder_idx" ON "access_cards" USING btree ("holder_id");
  CREATE INDEX "access_cards_signature_idx" ON "access_cards" USING btree ("signature_id");
  CREATE INDEX "access_cards_received_by_idx" ON "access_cards" USING btree ("received_by_id");
  CREATE INDEX "access_cards_status_idx" ON "access_cards" USING btree ("status");
  CREATE INDEX "access_cards_department_idx" ON "access_cards" USING btree ("department_id");
  CREATE INDEX "access_cards_left_at_idx" ON "access_cards" USING btree ("left_at");
  CREATE INDEX "access_cards_leaver_outstanding_idx" ON "access_cards" USING btree ("leaver_outstanding");
  CREATE INDEX "access_cards_leaver_due_at_idx" ON "access_cards" USING btree ("leaver_due_at");
  CREATE INDEX "access_cards_updated_at_idx" ON "access_cards" USING btree ("updated_at");
  CREATE INDEX "access_cards_created_at_idx" ON "access_cards" USING btree ("created_at");
  CREATE INDEX "site_status_6_idx" ON "access_cards" USING btree ("site_id","status");
  CREATE INDEX "site_cardNumber_1_idx" ON "access_cards" USING btree ("site_id","card_number");
  CREATE INDEX "leaving_checklists_items_order_idx" ON "leaving_checklists_items" USING btree ("_order");
  CREATE INDEX "leaving_checklists_items_parent_id_idx" ON "leaving_checklists_items" USING btree ("_parent_id");
  CREATE INDEX "leaving_checklists_site_idx" ON "leaving_checklists" USING btree ("site_id");
  CREATE INDEX "leaving_checklists_person_idx" ON "leaving_checklists" USING btree ("person_id");
  CREATE INDEX "leaving_checklists_leaving_date_idx" ON "leaving_checklists" USING btree ("leaving_date");
  CREATE INDEX "leaving_checklists_status_idx" ON "leaving_checklists" USING btree ("status");
  CREATE INDEX "leaving_checklists_department_idx" ON "leaving_checklists" USING btree ("department_id");
  CREATE INDEX "leaving_checklists_personnel_file_idx" ON "leaving_checklists" USING btree ("personnel_file_id");
  CREATE INDEX "leaving_checklists_completed_by_idx" ON "leaving_checklists" USING btree ("completed_by_id");
  CREATE INDEX "leaving_checklists_updated_at_idx" ON "leaving_checklists" USING btree ("updated_at");
  CREATE INDEX "leaving_checklists_created_at_idx" ON "leaving_checklists" USING btree ("created_at");
  CREATE INDEX "site_status_7_idx" ON "leaving_checklists" USING btree ("site_id","status");
  CREATE INDEX "attendance_site_idx" ON "attendance" USING btree ("site_id");
  CREATE INDEX "attendance_person_idx" ON "attendance" USING btree ("person_id");
  CREATE INDEX "attendance_day_idx" ON "attendance" USING btree ("day");
  CREATE INDEX "attendance_department_idx" ON "attendance" USING btree ("department_id");
  CREATE INDEX "attendance_late_idx" ON "attendance" USING btree ("late");
  CREATE INDEX "attendance_updated_at_idx" ON "attendance" USING btree ("updated_at");
  CREATE INDEX "attendance_created_at_idx" ON "attendance" USING btree ("created_at");
  CREATE INDEX "site_day_idx" ON "attendance" USING btree ("site_id","day");
  CREATE INDEX "site_person_day_idx" ON "attendance" USING btree ("site_id","person_id","day");
  CREATE INDEX "leave_slips_site_idx" ON "leave_slips" USING btree ("site_id");
  CREATE INDEX "leave_slips_person_idx" ON "leave_slips" USING btree ("person_id");
  CREATE INDEX "leave_slips_from_day_idx" ON "leave_slips" USING btree ("from_day");
  CREATE INDEX "leave_slips_to_day_idx" ON "leave_slips" USING btree ("to_day");
  CREATE INDEX "leave_slips_department_idx" ON "leave_slips" USING btree ("department_id");
  CREATE INDEX "leave_slips_approval_status_idx" ON "leave_slips" USING btree ("approval_status");
  CREATE INDEX "leave_slips_approval_position_idx" ON "leave_slips" USING btree ("approval_position");
  CREATE INDEX "leave_slips_submitted_by_idx" ON "leave_slips" USING btree ("submitted_by_id");
  CREATE INDEX "leave_slips_updated_at_idx" ON "leave_slips" USING btree ("updated_at");
  CREATE INDEX "leave_slips_created_at_idx" ON "leave_slips" USING btree ("created_at");
  CREATE INDEX "parcel_consents_site_idx" ON "parcel_consents" USING btree ("site_id");
  CREATE INDEX "parcel_consents_employee_idx" ON "parcel_consents" USING btree ("employee_id");
  CREATE INDEX "parcel_consents_ended_at_idx" ON "parcel_consents" USING btree ("ended_at");
  CREATE INDEX "parcel_consents_updated_at_idx" ON "parcel_consents" USING btree ("updated_at");
  CREATE INDEX "parcel_consents_created_at_idx" ON "parcel_consents" USING btree ("created_at");
  CREATE INDEX "site_employee_idx" ON "parcel_consents" USING btree ("site_id","employee_id");
  CREATE INDEX "travel_preferences_site_idx" ON "travel_preferences" USING btree ("site_id");
  CREATE INDEX "travel_preferences_staff_idx" ON "travel_preferences" USING btree ("staff_id");
  CREATE INDEX "travel_preferences_updated_at_idx" ON "travel_preferences" USING btree ("updated_at");
  CREATE INDEX "travel_preferences_created_at_idx" ON "travel_preferences" USING btree ("created_at");
  CREATE UNIQUE INDEX "site_staff_idx" ON "travel_preferences" USING btree ("site_id","staff_id");
  CREATE INDEX "supply_plans_items_order_idx" ON "supply_plans_items" USING btree ("_order");
  CREATE INDEX "supply_plans_items_parent_id_idx" ON "supply_plans_items" USING btree ("_parent_id");
  CREATE INDEX "supply_plans_site_idx" ON "supply_plans" USING btree ("site_id");
  CREATE INDEX "supply_plans_quarter_idx" ON "supply_plans" USING btree ("quarter");
  CREATE INDEX "supply_plans_department_idx" ON "supply_plans" USING btree ("department_id");
  CREATE INDEX "supply_plans_contact_idx" ON "supply_plans" USING btree ("contact_id");
  CREATE INDEX "supply_plans_status_idx" ON "supply_plans" USING btree ("status");
  CREATE INDEX "supply_plans_purchase_idx" ON "supply_plans" USING btree ("purchase_id");
  CREATE INDEX "supply_plans_updated_at_idx" ON "supply_plans" USING btree ("updated_at");
  CREATE INDEX "supply_plans_created_at_idx" ON "supply_plans" USING btree ("created_at");
  CREATE UNIQUE INDEX "site_quarter_department_idx" ON "supply_plans" USING btree ("site_id","quarter","department_id");
  CREATE INDEX "supply_purchases_totals_order_idx" ON "supply_purchases_totals" USING btree ("_order");
  CREATE INDEX "supply_purchases_totals_parent_id_idx" ON "supply_purchases_totals" USING btree ("_parent_id");
  CREATE INDEX "supply_purchases_lines_order_idx" ON "supply_purchases_lines" USING btree ("_order");
  CREATE INDEX "supply_purchases_lines_parent_id_idx" ON "supply_purchases_lines" USING btree ("_parent_id");
  CREATE INDEX "supply_purchases_lines_department_idx" ON "supply_purchases_lines" USING btree ("department_id");
  CREATE INDEX "supply_purchases_site_idx" ON "supply_purchases" USING btree ("site_id");
  CREATE INDEX "supply_purchases_quarter_idx" ON "supply_purchases" USING btree ("quarter");
  CREATE INDEX "supply_purchases_status_idx" ON "supply_purchases" USING btree ("status");
  CREATE INDEX "supply_purchases_purchased_by_idx" ON "supply_purchases" USING btree ("purchased_by_id");
  CREATE INDEX "supply_purchases_approval_status_idx" ON "supply_purchases" USING btree ("approval_status");
  CREATE INDEX "supply_purchases_approval_position_idx" ON "supply_purchases" USING btree ("approval_position");
  CREATE INDEX "supply_purchases_submitted_by_idx" ON "supply_purchases" USING btree ("submitted_by_id");
  CREATE INDEX "supply_purchases_updated_at_idx" ON "supply_purchases" USING btree ("updated_at");
  CREATE INDEX "supply_purchases_created_at_idx" ON "supply_purchases" USING btree ("created_at");
  CREATE INDEX "supply_purchases_rels_order_idx" ON "supply_purchases_rels" USING btree ("order");
  CREATE INDEX "supply_purchases_rels_parent_idx" ON "supply_purchases_rels" USING btree ("parent_id");
  CREATE INDEX "supply_purchases_rels_path_idx" ON "supply_purchases_rels" USING btree ("path");
  CREATE INDEX "supply_purchases_rels_supply_plans_id_idx" ON "supply_purchases_rels" USING btree ("supply_plans_id");
  CREATE INDEX "archive_settings_site_idx" ON "archive_settings" USING btree ("site_id");
  CREATE INDEX "archive_settings_updated_at_idx" ON "archive_settings" USING btree ("updated_at");
  CREATE INDEX "archive_settings_created_at_idx" ON "archive_settings" USING btree ("created_at");
  CREATE UNIQUE INDEX "site_1_idx" ON "archive_settings" USING btree ("site_id");
  CREATE INDEX "personnel_files_documents_order_idx" ON "personnel_files_documents" USING btree ("_order");
  CREATE INDEX "personnel_files_documents_parent_id_idx" ON "personnel_files_documents" USING btree ("_parent_id");
  CREATE INDEX "personnel_files_site_idx" ON "personnel_files" USING btree ("site_id");
  CREATE INDEX "personnel_files_person_idx" ON "personnel_files" USING btree ("person_id");
  CREATE INDEX "personnel_files_department_idx" ON "personnel_files" USING btree ("department_id");
  CREATE INDEX "personnel_files_updated_at_idx" ON "personnel_files" USING btree ("updated_at");
  CREATE INDEX "personnel_files_created_at_idx" ON "personnel_files" USING btree ("created_at");
  CREATE UNIQUE INDEX "site_person_idx" ON "personnel_files" USING btree ("site_id","person_id");
  CREATE INDEX "directory_editions_site_idx" ON "directory_editions" USING btree ("site_id");
  CREATE INDEX "directory_editions_updated_at_idx" ON "directory_editions" USING btree ("updated_at");
  CREATE INDEX "directory_editions_created_at_idx" ON "directory_editions" USING btree ("created_at");
  CREATE UNIQUE INDEX "site_month_1_idx" ON "directory_editions" USING btree ("site_id","month");
  CREATE INDEX "appointments_site_idx" ON "appointments" USING btree ("site_id");
  CREATE INDEX "appointments_member_idx" ON "appointments" USING btree ("member_id");
  CREATE INDEX "appointments_staff_idx" ON "appointments" USING btree ("staff_id");
  CREATE INDEX "appointments_start_at_idx" ON "appointments" USING btree ("start_at");
  CREATE INDEX "appointments_status_idx" ON "appointments" USING btree ("status");
  CREATE INDEX "appointments_day_key_idx" ON "appointments" USING btree ("day_key");
  CREATE INDEX "appointments_remind_due_at_idx" ON "appointments" USING btree ("remind_due_at");
  CREATE INDEX "appointments_updated_at_idx" ON "appointments" USING btree ("updated_at");
  CREATE INDEX "appointments_created_at_idx" ON "appointments" USING btree ("created_at");
  CREATE INDEX "site_dayKey_staff_idx" ON "appointments" USING btree ("site_id","day_key","staff_id");
  CREATE INDEX "consultations_site_idx" ON "consultations" USING btree ("site_id");
  CREATE INDEX "consultations_at_idx" ON "consultations" USING btree ("at");
  CREATE INDEX "consultations_member_idx" ON "consultations" USING btree ("member_id");
  CREATE INDEX "consultations_staff_idx" ON "consultations" USING btree ("staff_id");
  CREATE INDEX "consultations_outcome_idx" ON "consultations" USING btree ("outcome");
  CREATE INDEX "consultations_lost_reason_idx" ON "consultations" USING btree ("lost_reason_id");
  CREATE INDEX "consultations_updated_at_idx" ON "consultations" USING btree ("updated_at");
  CREATE INDEX "consultations_created_at_idx" ON "consultations" USING btree ("created_at");
  CREATE INDEX "site_at_idx" ON "consultations" USING btree ("site_id","at");
  CREATE INDEX "daily_reports_site_idx" ON "daily_reports" USING btree ("site_id");
  CREATE INDEX "daily_reports_status_idx" ON "daily_reports" USING btree ("status");
  CREATE INDEX "daily_reports_filled_by_idx" ON "daily_reports" USING btree ("filled_by_id");
  CREATE INDEX "daily_reports_day_key_idx" ON "daily_reports" USING btree ("day_key");
  CREATE INDEX "daily_reports_send_due_at_idx" ON "daily_reports" USING btree ("send_due_at");
  CREATE INDEX "daily_reports_updated_at_idx" ON "daily_reports" USING btree ("updated_at");
  CREATE INDEX "daily_reports_created_at_idx" ON "daily_reports" USING btree ("created_at");
  CREATE INDEX "daily_targets_site_idx" ON "daily_targets" USING btree ("site_id");
  CREATE INDEX "daily_targets_staff_idx" ON "daily_targets" USING btree ("staff_id");
  CREATE INDEX "daily_targets_day_key_idx" ON "daily_targets" USING btree ("day_key");
  CREATE INDEX "daily_targets_updated_at_idx" ON "daily_targets" USING btree ("updated_at");
  CREATE INDEX "daily_targets_created_at_idx" ON "daily_targets" USING btree ("created_at");
  CREATE INDEX "members_site_idx" ON "members" USING btree ("site_id");
  CREATE INDEX "members_name_idx" ON "members" USING btree ("name");
  CREATE INDEX "members_phone_idx" ON "members" USING btree ("phone");
  CREATE INDEX "members_responsible_staff_idx" ON "members" USING btree ("responsible_staff_id");
  CREATE INDEX "members_tier_idx" ON "members" USING btree ("tier_id");
  CREATE INDEX "members_tier_override_idx" ON "members" USING btree ("tier_override_id");
  CREATE INDEX "members_override_by_idx" ON "members" USING btree ("override_by_id");
  CREATE INDEX "members_retier_due_at_idx" ON "members" USING btree ("retier_due_at");
  CREATE INDEX "members_updated_at_idx" ON "members" USING btree ("updated_at");
  CREATE INDEX "members_created_at_idx" ON "members" USING btree ("created_at");
  CREATE INDEX "birthday_gifts_site_idx" ON "birthday_gifts" USING btree ("site_id");
  CREATE INDEX "birthday_gifts_member_idx" ON "birthday_gifts" USING btree ("member_id");
  CREATE INDEX "birthday_gifts_year_idx" ON "birthday_gifts" USING btree ("year");
  CREATE INDEX "birthday_gifts_given_by_idx" ON "birthday_gifts" USING btree ("given_by_id");
  CREATE INDEX "birthday_gifts_updated_at_idx" ON "birthday_gifts" USING btree ("updated_at");
  CREATE INDEX "birthday_gifts_created_at_idx" ON "birthday_gifts" USING btree ("created_at");
  CREATE UNIQUE INDEX "member_year_idx" ON "birthday_gifts" USING btree ("member_id","year");
  CREATE INDEX "timetables_entries_order_idx" ON "timetables_entries" USING btree ("_order");
  CREATE INDEX "timetables_entries_parent_id_idx" ON "timetables_entries" USING btree ("_parent_id");
  CREATE INDEX "timetables_site_idx" ON "timetables" USING btree ("site_id");
  CREATE INDEX "timetables_updated_at_idx" ON "timetables" USING btree ("updated_at");
  CREATE INDEX "timetables_created_at_idx" ON "timetables" USING btree ("created_at");
  CREATE INDEX "acknowledgements_site_idx" ON "acknowledgements" USING btree ("site_id");
  CREATE INDEX "acknowledgements_staff_idx" ON "acknowledgements" USING btree ("staff_id");
  CREATE INDEX "acknowledgements_script_idx" ON "acknowledgements" USING btree ("script_id");
  CREATE INDEX "acknowledgements_status_idx" ON "acknowledgements" USING btree ("status");
  CREATE INDEX "acknowledgements_overdue_idx" ON "acknowledgements" USING btree ("overdue");
  CREATE INDEX "acknowledgements_remind_due_at_idx" ON "acknowledgements" USING btree ("remind_due_at");
  CREATE INDEX "acknowledgements_updated_at_idx" ON "acknowledgements" USING btree ("updated_at");
  CREATE INDEX "acknowledgements_created_at_idx" ON "acknowledgements" USING btree ("created_at");
  CREATE UNIQUE INDEX "script_version_staff_idx" ON "acknowledgements" USING btree ("script_id","version","staff_id");
  CREATE INDEX "member_tiers_site_idx" ON "member_tiers" USING btree ("site_id");
  CREATE INDEX "member_tiers_updated_at_idx" ON "member_tiers" USING btree ("updated_at");
  CREATE INDEX "member_tiers_created_at_idx" ON "member_tiers" USING btree ("created_at");
  CREATE INDEX "lost_reasons_site_idx" ON "lost_reasons" USING btree ("site_id");
  CREATE INDEX "lost_reasons_updated_at_idx" ON "lost_reasons" USING btree ("updated_at");
  CREATE INDEX "lost_reasons_created_at_idx" ON "lost_reasons" USING btree ("created_at");
  CREATE INDEX "member_settings_site_idx" ON "member_settings" USING btree ("site_id");
  CREATE INDEX "member_settings_updated_at_idx" ON "member_settings" USING btree ("updated_at");
  CREATE INDEX "member_settings_created_at_idx" ON "member_settings" USING btree ("created_at");
  CREATE UNIQUE INDEX "site_2_idx" ON "member_settings" USING btree ("site_id");
  CREATE INDEX "member_settings_rels_order_idx" ON "member_settings_rels" USING btree ("order");
  CREATE INDEX "member_settings_rels_parent_idx" ON "member_settings_rels" USING btree ("parent_id");
  CREATE INDEX "member_settings_rels_path_idx" ON "member_settings_rels" USING btree ("path");
  CREATE INDEX "member_settings_rels_positions_id_idx" ON "member_settings_rels" USING btree ("positions_id");
  CREATE INDEX "scripts_site_idx" ON "scripts" USING btree ("site_id");
  CREATE INDEX "scripts_kind_idx" ON "scripts" USING btree ("kind");
  CREATE INDEX "scripts_updated_at_idx" ON "scripts" USING btree ("updated_at");
  CREATE INDEX "scripts_created_at_idx" ON "scripts" USING btree ("created_at");
  CREATE INDEX "messages_site_idx" ON "messages" USING btree ("site_id");
  CREATE INDEX "messages_sender_idx" ON "messages" USING btree ("sender_id");
  CREATE INDEX "messages_status_idx" ON "messages" USING btree ("status");
  CREATE INDEX "messages_updated_at_idx" ON "messages" USING btree ("updated_at");
  CREATE INDEX "messages_created_at_idx" ON "messages" USING btree ("created_at");
  CREATE INDEX "relatedCollection_relatedId_idx" ON "messages" USING btree ("related_collection","related_id");
  CREATE INDEX "messages_rels_order_idx" ON "messages_rels" USING btree ("order");
  CREATE INDEX "messages_rels_parent_idx" ON "messages_rels" USING btree ("parent_id");
  CREATE INDEX "messages_rels_path_idx" ON "messages_rels" USING btree ("path");
  CREATE INDEX "messages_rels_positions_id_idx" ON "messages_rels" USING btree ("positions_id");
  CREATE INDEX "messages_rels_staff_id_idx" ON "messages_rels" USING btree ("staff_id");
  CREATE INDEX "message_receipts_site_idx" ON "message_receipts" USING btree ("site_id");
  CREATE INDEX "message_receipts_message_idx" ON "message_receipts" USING btree ("message_id");
  CREATE INDEX "message_receipts_sender_idx" ON "message_receipts" USING btree ("sender_id");
  CREATE INDEX "message_receipts_recipient_idx" ON "message_receipts" USING btree ("recipient_id");
  CREATE INDEX "message_receipts_state_idx" ON "message_receipts" USING btree ("state");
  CREATE INDEX "message_receipts_chase_due_at_idx" ON "message_receipts" USING btree ("chase_due_at");
  CREATE INDEX "message_receipts_updated_at_idx" ON "message_receipts" USING btree ("updated_at");
  CREATE INDEX "message_receipts_created_at_idx" ON "message_receipts" USING btree ("created_at");
  CREATE INDEX "recipient_state_idx" ON "message_receipts" USING btree ("recipient_id","state");
  CREATE INDEX "message_state_idx" ON "message_receipts" USING btree ("message_id","state");
  CREATE INDEX "approvals_site_idx" ON "approvals" USING btree ("site_id");
  CREATE INDEX "approvals_form_idx" ON "approvals" USING btree ("form");
  CREATE INDEX "approvals_position_idx" ON "approvals" USING btree ("position_id");
  CREATE INDEX "approvals_signer_idx" ON "approvals" USING btree ("signer_id");
  CREATE INDEX "approvals_updated_at_idx" ON "approvals" USING btree ("updated_at");
  CREATE INDEX "approvals_created_at_idx" ON "approvals" USING btree ("created_at");
  CREATE UNIQUE INDEX "form_recordId_round_step_idx" ON "approvals" USING btree ("form","record_id","round","step");
  CREATE UNIQUE INDEX "approval_tokens_hash_idx" ON "approval_tokens" USING btree ("hash");
  CREATE INDEX "approval_tokens_approver_idx" ON "approval_tokens" USING btree ("approver_id");
  CREATE INDEX "approval_tokens_updated_at_idx" ON "approval_tokens" USING btree ("updated_at");
  CREATE INDEX "approval_tokens_created_at_idx" ON "approval_tokens" USING btree ("created_at");
  CREATE INDEX "call_tasks_site_idx" ON "call_tasks" USING btree ("site_id");
  CREATE INDEX "call_tasks_callee_idx" ON "call_tasks" USING btree ("callee_id");
  CREATE INDEX "call_tasks_due_at_idx" ON "call_tasks" USING btree ("due_at");
  CREATE INDEX "call_tasks_status_idx" ON "call_tasks" USING btree ("status");
  CREATE INDEX "call_tasks_overdue_idx" ON "call_tasks" USING btree ("overdue");
  CREATE INDEX "call_tasks_call_due_at_idx" ON "call_tasks" USING btree ("call_due_at");
  CREATE INDEX "call_tasks_updated_at_idx" ON "call_tasks" USING btree ("updated_at");
  CREATE INDEX "call_tasks_created_at_idx" ON "call_tasks" USING btree ("created_at");
  CREATE INDEX "status_dueAt_idx" ON "call_tasks" USING btree ("status","due_at");
  CREATE INDEX "routine_checks_actions_order_idx" ON "routine_checks_actions" USING btree ("order");
  CREATE INDEX "routine_checks_actions_parent_idx" ON "routine_checks_actions" USING btree ("parent_id");
  CREATE INDEX "routine_checks_site_idx" ON "routine_checks" USING btree ("site_id");
  CREATE INDEX "routine_checks_day_idx" ON "routine_checks" USING btree ("day");
  CREATE INDEX "routine_checks_routine_idx" ON "routine_checks" USING btree ("routine_id");
  CREATE INDEX "routine_checks_window_end_idx" ON "routine_checks" USING btree ("window_end");
  CREATE INDEX "routine_checks_status_idx" ON "routine_checks" USING btree ("status");
  CREATE INDEX "routine_checks_done_by_idx" ON "routine_checks" USING btree ("done_by_id");
  CREATE INDEX "routine_checks_updated_at_idx" ON "routine_checks" USING btree ("updated_at");
  CREATE INDEX "routine_checks_created_at_idx" ON "routine_checks" USING btree ("created_at");
  CREATE UNIQUE INDEX "site_day_item_idx" ON "routine_checks" USING btree ("site_id","day","item");
  CREATE INDEX "status_windowEnd_idx" ON "routine_checks" USING btree ("status","window_end");
  CREATE INDEX "devices_site_idx" ON "devices" USING btree ("site_id");
  CREATE INDEX "devices_kind_idx" ON "devices" USING btree ("kind");
  CREATE INDEX "devices_bridge_idx" ON "devices" USING btree ("bridge_id");
  CREATE INDEX "devices_connection_connection_serial_number_idx" ON "devices" USING btree ("connection_serial_number");
  CREATE INDEX "devices_connection_connection_camera_idx" ON "devices" USING btree ("connection_camera_id");
  CREATE INDEX "devices_status_idx" ON "devices" USING btree ("status");
  CREATE UNIQUE INDEX "devices_key_id_idx" ON "devices" USING btree ("key_id");
  CREATE INDEX "devices_updated_at_idx" ON "devices" USING btree ("updated_at");
  CREATE INDEX "devices_created_at_idx" ON "devices" USING btree ("created_at");
  CREATE INDEX "site_kind_idx" ON "devices" USING btree ("site_id","kind");
  CREATE INDEX "device_commands_site_idx" ON "device_commands" USING btree ("site_id");
  CREATE INDEX "device_commands_device_idx" ON "device_commands" USING btree ("device_id");
  CREATE INDEX "device_commands_requested_by_idx" ON "device_commands" USING btree ("requested_by_id");
  CREATE INDEX "device_commands_state_idx" ON "device_commands" USING btree ("state");
  CREATE INDEX "device_commands_updated_at_idx" ON "device_commands" USING btree ("updated_at");
  CREATE INDEX "device_commands_created_at_idx" ON "device_commands" USING btree ("created_at");
  CREATE INDEX "device_createdAt_idx" ON "device_commands" USING btree ("device_id","created_at");
  CREATE INDEX "calls_site_idx" ON "calls" USING btree ("site_id");
  CREATE INDEX "calls_started_at_idx" ON "calls" USING btree ("started_at");
  CREATE INDEX "calls_caller_number_idx" ON "calls" USING btree ("caller_number");
  CREATE INDEX "calls_message_for_idx" ON "calls" USING btree ("message_for_id");
  CREATE INDEX "calls_device_idx" ON "calls" USING btree ("device_id");
  CREATE INDEX "calls_pbx_id_idx" ON "calls" USING btree ("pbx_id");
  CREATE INDEX "calls_answered_by_idx" ON "calls" USING btree ("answered_by_id");
  CREATE INDEX "calls_ring_check_idx" ON "calls" USING btree ("ring_check");
  CREATE INDEX "calls_updated_at_idx" ON "calls" USING btree ("updated_at");
  CREATE INDEX "calls_created_at_idx" ON "calls" USING btree ("created_at");
  CREATE INDEX "site_startedAt_idx" ON "calls" USING btree ("site_id","started_at");
  CREATE INDEX "site_status_8_idx" ON "calls" USING btree ("site_id","status");
  CREATE UNIQUE INDEX "device_events_event_id_idx" ON "device_events" USING btree ("event_id");
  CREATE INDEX "device_events_device_idx" ON "device_events" USING btree ("device_id");
  CREATE INDEX "device_events_updated_at_idx" ON "device_events" USING btree ("updated_at");
  CREATE INDEX "device_events_created_at_idx" ON "device_events" USING btree ("created_at");
  CREATE INDEX "device_nonces_seen_at_idx" ON "device_nonces" USING btree ("seen_at");
  CREATE INDEX "device_nonces_updated_at_idx" ON "device_nonces" USING btree ("updated_at");
  CREATE INDEX "device_nonces_created_at_idx" ON "device_nonces" USING btree ("created_at");
  CREATE UNIQUE INDEX "keyId_nonce_idx" ON "device_nonces" USING btree ("key_id","nonce");
  CREATE INDEX "sites_modules_order_idx" ON "sites_modules" USING btree ("order");
  CREATE INDEX "sites_modules_parent_idx" ON "sites_modules" USING btree ("parent_id");
  CREATE UNIQUE INDEX "sites_name_idx" ON "sites" USING btree ("name");
  CREATE UNIQUE INDEX "sites_code_idx" ON "sites" USING btree ("code");
  CREATE INDEX "sites_updated_at_idx" ON "sites" USING btree ("updated_at");
  CREATE INDEX "sites_created_at_idx" ON "sites" USING btree ("created_at");
  CREATE INDEX "departments_site_idx" ON "departments" USING btree ("site_id");
  CREATE INDEX "departments_head_idx" ON "departments" USING btree ("head_id");
  CREATE INDEX "departments_head_staff_idx" ON "departments" USING btree ("head_staff_id");
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
  CREATE INDEX "calendar_days_site_idx" ON "calendar_days" USING btree ("site_id");
  CREATE INDEX "calendar_days_day_idx" ON "calendar_days" USING btree ("day");
  CREATE INDEX "calendar_days_updated_at_idx" ON "calendar_days" USING btree ("updated_at");
  CREATE INDEX "calendar_days_created_at_idx" ON "calendar_days" USING btree ("created_at");
  CREATE UNIQUE INDEX "site_day_1_idx" ON "calendar_days" USING btree ("site_id","day");
  CREATE INDEX "routines_items_actions_order_idx" ON "routines_items_actions" USING btree ("order");
  CREATE INDEX "routines_items_actions_parent_idx" ON "routines_items_actions" USING btree ("parent_id");
  CREATE INDEX "routines_items_order_idx" ON "routines_items" USING btree ("_order");
  CREATE INDEX "routines_items_parent_id_idx" ON "routines_items" USING btree ("_parent_id");
  CREATE INDEX "routines_site_idx" ON "routines" USING btree ("site_id");
  CREATE INDEX "routines_active_idx" ON "routines" USING btree ("active");
  CREATE INDEX "routines_updated_at_idx" ON "routines" USING btree ("updated_at");
  CREATE INDEX "routines_created_at_idx" ON "routines" USING btree ("created_at");
  CREATE INDEX "digest_settings_site_idx" ON "digest_settings" USING btree ("site_id");
  CREATE INDEX "digest_settings_updated_at_idx" ON "digest_settings" USING btree ("updated_at");
  CREATE INDEX "digest_settings_created_at_idx" ON "digest_settings" USING btree ("created_at");
  CREATE UNIQUE INDEX "site_kind_1_idx" ON "digest_settings" USING btree ("site_id","kind");
  CREATE INDEX "digest_settings_rels_order_idx" ON "digest_settings_rels" USING btree ("order");
  CREATE INDEX "digest_settings_rels_parent_idx" ON "digest_settings_rels" USING btree ("parent_id");
  CREATE INDEX "digest_settings_rels_path_idx" ON "digest_settings_rels" USING btree ("path");
  CREATE INDEX "digest_settings_rels_positions_id_idx" ON "digest_settings_rels" USING btree ("positions_id");
  CREATE INDEX "documents_site_idx" ON "documents" USING btree ("site_id");
  CREATE INDEX "documents_updated_at_idx" ON "documents" USING btree ("updated_at");
  CREATE INDEX "documents_created_at_idx" ON "documents" USING btree ("created_at");
  CREATE UNIQUE INDEX "documents_filename_idx" ON "documents" USING btree ("filename");
  CREATE INDEX "audit_log_collection_idx" ON "audit_log" USING btree ("collection");
  CREATE INDEX "audit_log_site_idx" ON "audit_log" USING btree ("site_id");
  CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  CREATE INDEX "collection_recordId_idx" ON "audit_log" USING btree ("collection","record_id");
  CREATE INDEX "mail_outbox_site_idx" ON "mail_outbox" USING btree ("site_id");
  CREATE INDEX "mail_outbox_status_idx" ON "mail_outbox" USING btree ("status");
  CREATE INDEX "mail_outbox_next_attempt_at_idx" ON "mail_outbox" USING btree ("next_attempt_at");
  CREATE INDEX "mail_outbox_updated_at_idx" ON "mail_outbox" USING btree ("updated_at");
  CREATE INDEX "mail_outbox_created_at_idx" ON "mail_outbox" USING btree ("created_at");
  CREATE INDEX "status_nextAttemptAt_idx" ON "mail_outbox" USING btree ("status","next_attempt_at");
  CREATE INDEX "relatedCollection_relatedId_1_idx" ON "mail_outbox" USING btree ("related_collection","related_id");
  CREATE UNIQUE INDEX "schedule_ticks_key_idx" ON "schedule_ticks" USING btree ("key");
  CREATE INDEX "schedule_ticks_schedule_idx" ON "schedule_ticks" USING btree ("schedule");
  CREATE INDEX "schedule_ticks_status_idx" ON "schedule_ticks" USING btree ("status");
  CREATE INDEX "schedule_ticks_updated_at_idx" ON "schedule_ticks" USING btree ("updated_at");
  CREATE INDEX "schedule_ticks_created_at_idx" ON "schedule_ticks" USING btree ("created_at");
  CREATE INDEX "schedule_tickAt_idx" ON "schedule_ticks" USING btree ("schedule","tick_at");
  CREATE UNIQUE INDEX "sign_in_limits_key_idx" ON "sign_in_limits" USING btree ("key");
  CREATE INDEX "sign_in_limits_reset_at_idx" ON "sign_in_limits" USING btree ("reset_at");
  CREATE INDEX "sign_in_limits_updated_at_idx" ON "sign_in_limits" USING btree ("updated_at");
  CREATE INDEX "sign_in_limits_created_at_idx" ON "sign_in_limits" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_reception_records_id_idx" ON "payload_locked_documents_rels" USING btree ("reception_records_id");
  CREATE INDEX "payload_locked_documents_rels_visits_id_idx" ON "payload_locked_documents_rels" USING btree ("visits_id");
  CREATE INDEX "payload_locked_documents_rels_reservations_id_idx" ON "payload_locked_documents_rels" USING btree ("reservations_id");
  CREATE INDEX "payload_locked_documents_rels_outings_id_idx" ON "payload_locked_documents_rels" USING btree ("outings_id");
  CREATE INDEX "payload_locked_documents_rels_parcels_id_idx" ON "payload_locked_documents_rels" USING btree ("parcels_id");
  CREATE INDEX "payload_locked_documents_rels_buildings_id_idx" ON "payload_locked_documents_rels" USING btree ("buildings_id");
  CREATE INDEX "payload_locked_documents_rels_beds_id_idx" ON "payload_locked_documents_rels" USING btree ("beds_id");
  CREATE INDEX "payload_locked_documents_rels_elders_id_idx" ON "payload_locked_documents_rels" USING btree ("elders_id");
  CREATE INDEX "payload_locked_documents_rels_fee_changes_id_idx" ON "payload_locked_documents_rels" USING btree ("fee_changes_id");
  CREATE INDEX "payload_locked_documents_rels_bed_changes_id_idx" ON "payload_locked_documents_rels" USING btree ("bed_changes_id");
  CREATE INDEX "payload_locked_documents_rels_visit_cards_id_idx" ON "payload_locked_documents_rels" USING btree ("visit_cards_id");
  CREATE INDEX "payload_locked_documents_rels_repair_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("repair_requests_id");
  CREATE INDEX "payload_locked_documents_rels_waitlist_id_idx" ON "payload_locked_documents_rels" USING btree ("waitlist_id");
  CREATE INDEX "payload_locked_documents_rels_admission_preps_id_idx" ON "payload_locked_documents_rels" USING btree ("admission_preps_id");
  CREATE INDEX "payload_locked_documents_rels_admissions_id_idx" ON "payload_locked_documents_rels" USING btree ("admissions_id");
  CREATE INDEX "payload_locked_documents_rels_discharges_id_idx" ON "payload_locked_documents_rels" USING btree ("discharges_id");
  CREATE INDEX "payload_locked_documents_rels_meal_orders_id_idx" ON "payload_locked_documents_rels" USING btree ("meal_orders_id");
  CREATE INDEX "payload_locked_documents_rels_gatherings_id_idx" ON "payload_locked_documents_rels" USING btree ("gatherings_id");
  CREATE INDEX "payload_locked_documents_rels_complaints_id_idx" ON "payload_locked_documents_rels" USING btree ("complaints_id");
  CREATE INDEX "payload_locked_documents_rels_business_trips_id_idx" ON "payload_locked_documents_rels" USING btree ("business_trips_id");
  CREATE INDEX "payload_locked_documents_rels_sms_notices_id_idx" ON "payload_locked_documents_rels" USING btree ("sms_notices_id");
  CREATE INDEX "payload_locked_documents_rels_sms_id_idx" ON "payload_locked_documents_rels" USING btree ("sms_id");
  CREATE INDEX "payload_locked_documents_rels_archive_grants_id_idx" ON "payload_locked_documents_rels" USING btree ("archive_grants_id");
  CREATE INDEX "payload_locked_documents_rels_household_censuses_id_idx" ON "payload_locked_documents_rels" USING btree ("household_censuses_id");
  CREATE INDEX "payload_locked_documents_rels_owner_complaints_id_idx" ON "payload_locked_documents_rels" USING btree ("owner_complaints_id");
  CREATE INDEX "payload_locked_documents_rels_follow_ups_id_idx" ON "payload_locked_documents_rels" USING btree ("follow_ups_id");
  CREATE INDEX "payload_locked_documents_rels_key_loans_id_idx" ON "payload_locked_documents_rels" USING btree ("key_loans_id");
  CREATE INDEX "payload_locked_documents_rels_estate_buildings_id_idx" ON "payload_locked_documents_rels" USING btree ("estate_buildings_id");
  CREATE INDEX "payload_locked_documents_rels_units_id_idx" ON "payload_locked_documents_rels" USING btree ("units_id");
  CREATE INDEX "payload_locked_documents_rels_owners_id_idx" ON "payload_locked_documents_rels" USING btree ("owners_id");
  CREATE INDEX "payload_locked_documents_rels_unit_history_id_idx" ON "payload_locked_documents_rels" USING btree ("unit_history_id");
  CREATE INDEX "payload_locked_documents_rels_owner_files_id_idx" ON "payload_locked_documents_rels" USING btree ("owner_files_id");
  CREATE INDEX "payload_locked_documents_rels_arrears_id_idx" ON "payload_locked_documents_rels" USING btree ("arrears_id");
  CREATE INDEX "payload_locked_documents_rels_archive_scans_id_idx" ON "payload_locked_documents_rels" USING btree ("archive_scans_id");
  CREATE INDEX "payload_locked_documents_rels_complaint_settings_id_idx" ON "payload_locked_documents_rels" USING btree ("complaint_settings_id");
  CREATE INDEX "payload_locked_documents_rels_keys_id_idx" ON "payload_locked_documents_rels" USING btree ("keys_id");
  CREATE INDEX "payload_locked_documents_rels_key_acceptances_id_idx" ON "payload_locked_documents_rels" USING btree ("key_acceptances_id");
  CREATE INDEX "payload_locked_documents_rels_key_entrustments_id_idx" ON "payload_locked_documents_rels" USING btree ("key_entrustments_id");
  CREATE INDEX "payload_locked_documents_rels_key_handovers_id_idx" ON "payload_locked_documents_rels" USING btree ("key_handovers_id");
  CREATE INDEX "payload_locked_documents_rels_key_reminders_id_idx" ON "payload_locked_documents_rels" USING btree ("key_reminders_id");
  CREATE INDEX "payload_locked_documents_rels_key_memos_id_idx" ON "payload_locked_documents_rels" USING btree ("key_memos_id");
  CREATE INDEX "payload_locked_documents_rels_key_counts_id_idx" ON "payload_locked_documents_rels" USING btree ("key_counts_id");
  CREATE INDEX "payload_locked_documents_rels_phone_log_id_idx" ON "payload_locked_documents_rels" USING btree ("phone_log_id");
  CREATE INDEX "payload_locked_documents_rels_visitor_log_id_idx" ON "payload_locked_documents_rels" USING btree ("visitor_log_id");
  CREATE INDEX "payload_locked_documents_rels_office_parcels_id_idx" ON "payload_locked_documents_rels" USING btree ("office_parcels_id");
  CREATE INDEX "payload_locked_documents_rels_meetings_id_idx" ON "payload_locked_documents_rels" USING btree ("meetings_id");
  CREATE INDEX "payload_locked_documents_rels_travel_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("travel_requests_id");
  CREATE INDEX "payload_locked_documents_rels_supply_issues_id_idx" ON "payload_locked_documents_rels" USING btree ("supply_issues_id");
  CREATE INDEX "payload_locked_documents_rels_archives_id_idx" ON "payload_locked_documents_rels" USING btree ("archives_id");
  CREATE INDEX "payload_locked_documents_rels_access_cards_id_idx" ON "payload_locked_documents_rels" USING btree ("access_cards_id");
  CREATE INDEX "payload_locked_documents_rels_leaving_checklists_id_idx" ON "payload_locked_documents_rels" USING btree ("leaving_checklists_id");
  CREATE INDEX "payload_locked_documents_rels_attendance_id_idx" ON "payload_locked_documents_rels" USING btree ("attendance_id");
  CREATE INDEX "payload_locked_documents_rels_leave_slips_id_idx" ON "payload_locked_documents_rels" USING btree ("leave_slips_id");
  CREATE INDEX "payload_locked_documents_rels_parcel_consents_id_idx" ON "payload_locked_documents_rels" USING btree ("parcel_consents_id");
  CREATE INDEX "payload_locked_documents_rels_travel_preferences_id_idx" ON "payload_locked_documents_rels" USING btree ("travel_preferences_id");
  CREATE INDEX "payload_locked_documents_rels_supply_plans_id_idx" ON "payload_locked_documents_rels" USING btree ("supply_plans_id");
  CREATE INDEX "payload_locked_documents_rels_supply_purchases_id_idx" ON "payload_locked_documents_rels" USING btree ("supply_purchases_id");
  CREATE INDEX "payload_locked_documents_rels_archive_settings_id_idx" ON "payload_locked_documents_rels" USING btree ("archive_settings_id");
  CREATE INDEX "payload_locked_documents_rels_personnel_files_id_idx" ON "payload_locked_documents_rels" USING btree ("personnel_files_id");
  CREATE INDEX "payload_locked_documents_rels_directory_editions_id_idx" ON "payload_locked_documents_rels" USING btree ("directory_editions_id");
  CREATE INDEX "payload_locked_documents_rels_appointments_id_idx" ON "payload_locked_documents_rels" USING btree ("appointments_id");
  CREATE INDEX "payload_locked_documents_rels_consultations_id_idx" ON "payload_locked_documents_rels" USING btree ("consultations_id");
  CREATE INDEX "payload_locked_documents_rels_daily_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("daily_reports_id");
  CREATE INDEX "payload_locked_documents_rels_daily_targets_id_idx" ON "payload_locked_documents_rels" USING btree ("daily_targets_id");
  CREATE INDEX "payload_locked_documents_rels_members_id_idx" ON "payload_locked_documents_rels" USING btree ("members_id");
  CREATE INDEX "payload_locked_documents_rels_birthday_gifts_id_idx" ON "payload_locked_documents_rels" USING btree ("birthday_gifts_id");
  CREATE INDEX "payload_locked_documents_rels_timetables_id_idx" ON "payload_locked_documents_rels" USING btree ("timetables_id");
  CREATE INDEX "payload_locked_documents_rels_acknowledgements_id_idx" ON "payload_locked_documents_rels" USING btree ("acknowledgements_id");
  CREATE INDEX "payload_locked_documents_rels_member_tiers_id_idx" ON "payload_locked_documents_rels" USING btree ("member_tiers_id");
  CREATE INDEX "payload_locked_documents_rels_lost_reasons_id_idx" ON "payload_locked_documents_rels" USING btree ("lost_reasons_id");
  CREATE INDEX "payload_locked_documents_rels_member_settings_id_idx" ON "payload_locked_documents_rels" USING btree ("member_settings_id");
  CREATE INDEX "payload_locked_documents_rels_scripts_id_idx" ON "payload_locked_documents_rels" USING btree ("scripts_id");
  CREATE INDEX "payload_locked_documents_rels_messages_id_idx" ON "payload_locked_documents_rels" USING btree ("messages_id");
  CREATE INDEX "payload_locked_documents_rels_message_receipts_id_idx" ON "payload_locked_documents_rels" USING btree ("message_receipts_id");
  CREATE INDEX "payload_locked_documents_rels_approvals_id_idx" ON "payload_locked_documents_rels" USING btree ("approvals_id");
  CREATE INDEX "payload_locked_documents_rels_approval_tokens_id_idx" ON "payload_locked_documents_rels" USING btree ("approval_tokens_id");
  CREATE INDEX "payload_locked_documents_rels_call_tasks_id_idx" ON "payload_locked_documents_rels" USING btree ("call_tasks_id");
  CREATE INDEX "payload_locked_documents_rels_routine_checks_id_idx" ON "payload_locked_documents_rels" USING btree ("routine_checks_id");
  CREATE INDEX "payload_locked_documents_rels_devices_id_idx" ON "payload_locked_documents_rels" USING btree ("devices_id");
  CREATE INDEX "payload_locked_documents_rels_device_commands_id_idx" ON "payload_locked_documents_rels" USING btree ("device_commands_id");
  CREATE INDEX "payload_locked_documents_rels_calls_id_idx" ON "payload_locked_documents_rels" USING btree ("calls_id");
  CREATE INDEX "payload_locked_documents_rels_device_events_id_idx" ON "payload_locked_documents_rels" USING btree ("device_events_id");
  CREATE INDEX "payload_locked_documents_rels_device_nonces_id_idx" ON "payload_locked_documents_rels" USING btree ("device_nonces_id");
  CREATE INDEX "payload_locked_documents_rels_sites_id_idx" ON "payload_locked_documents_rels" USING btree ("sites_id");
  CREATE INDEX "payload_locked_documents_rels_departments_id_idx" ON "payload_locked_documents_rels" USING btree ("departments_id");
  CREATE INDEX "payload_locked_documents_rels_positions_id_idx" ON "payload_locked_documents_rels" USING btree ("positions_id");
  CREATE INDEX "payload_locked_documents_rels_staff_id_idx" ON "payload_locked_documents_rels" USING btree ("staff_id");
  CREATE INDEX "payload_locked_documents_rels_calendar_days_id_idx" ON "payload_locked_documents_rels" USING btree ("calendar_days_id");
  CREATE INDEX "payload_locked_documents_rels_routines_id_idx" ON "payload_locked_documents_rels" USING btree ("routines_id");
  CREATE INDEX "payload_locked_documents_rels_digest_settings_id_idx" ON "payload_locked_documents_rels" USING btree ("digest_settings_id");
  CREATE INDEX "payload_locked_documents_rels_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("documents_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");
  CREATE INDEX "payload_locked_documents_rels_mail_outbox_id_idx" ON "payload_locked_documents_rels" USING btree ("mail_outbox_id");
  CREATE INDEX "payload_locked_documents_rels_schedule_ticks_id_idx" ON "payload_locked_documents_rels" USING btree ("schedule_ticks_id");
  CREATE INDEX "payload_locked_documents_rels_sign_in_limits_id_idx" ON "payload_locked_documents_rels" USING btree ("sign_in_limits_id");
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
   DROP TABLE "reception_records" CASCADE;
  DROP TABLE "visits" CASCADE;
  DROP TABLE "reservations" CASCADE;
  DROP TABLE "outings" CASCADE;
  DROP TABLE "parcels" CASCADE;
  DROP TABLE "buildings" CASCADE;
  DROP TABLE "beds" CASCADE;
  DROP TABLE "elders_contacts" CASCADE;
  DROP TABLE "elders" CASCADE;
  DROP TABLE "fee_changes" CASCADE;
  DROP TABLE "bed_changes" CASCADE;
  DROP TABLE "visit_cards" CASCADE;
  DROP TABLE "repair_requests" CASCADE;
  DROP TABLE "waitlist" CASCADE;
  DROP TABLE "admission_preps" CASCADE;
  DROP TABLE "admissions_contacts" CASCADE;
  DROP TABLE "admissions" CASCADE;
  DROP TABLE "discharges_fees" CASCADE;
  DROP TABLE "discharges" CASCADE;
  DROP TABLE "meal_orders_items" CASCADE;
  DROP TABLE "meal_orders" CASCADE;
  DROP TABLE "gatherings" CASCADE;
  DROP TABLE "complaints" CASCADE;
  DROP TABLE "business_trips" CASCADE;
  DROP TABLE "sms_notices" CASCADE;
  DROP TABLE "sms" CASCADE;
  DROP TABLE "archive_grants" CASCADE;
  DROP TABLE "household_censuses" CASCADE;
  DROP TABLE "owner_complaints" CASCADE;
  DROP TABLE "follow_ups" CASCADE;
  DROP TABLE "key_loans" CASCADE;
  DROP TABLE "estate_buildings" CASCADE;
  DROP TABLE "units" CASCADE;
  DROP TABLE "owners_members" CASCADE;
  DROP TABLE "owners" CASCADE;
  DROP TABLE "unit_history" CASCADE;
  DROP TABLE "owner_files_items" CASCADE;
  DROP TABLE "owner_files" CASCADE;
  DROP TABLE "owner_files_rels" CASCADE;
  DROP TABLE "arrears_follow_ups" CASCADE;
  DROP TABLE "arrears" CASCADE;
  DROP TABLE "archive_scans" CASCADE;
  DROP TABLE "complaint_settings_limits" CASCADE;
  DROP TABLE "complaint_settings" CASCADE;
  DROP TABLE "complaint_settings_rels" CASCADE;
  DROP TABLE "keys" CASCADE;
  DROP TABLE "key_acceptances" CASCADE;
  DROP TABLE "key_entrustments" CASCADE;
  DROP TABLE "key_handovers" CASCADE;
  DROP TABLE "key_reminders" CASCADE;
  DROP TABLE "key_memos" CASCADE;
  DROP TABLE "key_counts_rows" CASCADE;
  DROP TABLE "key_counts" CASCADE;
  DROP TABLE "phone_log" CASCADE;
  DROP TABLE "visitor_log" CASCADE;
  DROP TABLE "office_parcels" CASCADE;
  DROP TABLE "meetings_equipment" CASCADE;
  DROP TABLE "meetings_refreshments" CASCADE;
  DROP TABLE "meetings" CASCADE;
  DROP TABLE "travel_requests" CASCADE;
  DROP TABLE "supply_issues_items" CASCADE;
  DROP TABLE "supply_issues" CASCADE;
  DROP TABLE "archives" CASCADE;
  DROP TABLE "access_cards" CASCADE;
  DROP TABLE "leaving_checklists_items" CASCADE;
  DROP TABLE "leaving_checklists" CASCADE;
  DROP TABLE "attendance" CASCADE;
  DROP TABLE "leave_slips" CASCADE;
  DROP TABLE "parcel_consents" CASCADE;
  DROP TABLE "travel_preferences" CASCADE;
  DROP TABLE "supply_plans_items" CASCADE;
  DROP TABLE "supply_plans" CASCADE;
  DROP TABLE "supply_purchases_totals" CASCADE;
  DROP TABLE "supply_purchases_lines" CASCADE;
  DROP TABLE "supply_purchases" CASCADE;
  DROP TABLE "supply_purchases_rels" CASCADE;
  DROP TABLE "archive_settings" CASCADE;
  DROP TABLE "personnel_files_documents" CASCADE;
  DROP TABLE "personnel_files" CASCADE;
  DROP TABLE "directory_editions" CASCADE;
  DROP TABLE "appointments" CASCADE;
  DROP TABLE "consultations" CASCADE;
  DROP TABLE "daily_reports" CASCADE;
  DROP TABLE "daily_targets" CASCADE;
  DROP TABLE "members" CASCADE;
  DROP TABLE "birthday_gifts" CASCADE;
  DROP TABLE "timetables_entries" CASCADE;
  DROP TABLE "timetables" CASCADE;
  DROP TABLE "acknowledgements" CASCADE;
  DROP TABLE "member_tiers" CASCADE;
  DROP TABLE "lost_reasons" CASCADE;
  DROP TABLE "member_settings" CASCADE;
  DROP TABLE "member_settings_rels" CASCADE;
  DROP TABLE "scripts" CASCADE;
  DROP TABLE "messages" CASCADE;
  DROP TABLE "messages_rels" CASCADE;
  DROP TABLE "message_receipts" CASCADE;
  DROP TABLE "approvals" CASCADE;
  DROP TABLE "approval_tokens" CASCADE;
  DROP TABLE "call_tasks" CASCADE;
  DROP TABLE "routine_checks_actions" CASCADE;
  DROP TABLE "routine_checks" CASCADE;
  DROP TABLE "devices" CASCADE;
  DROP TABLE "device_commands" CASCADE;
  DROP TABLE "calls" CASCADE;
  DROP TABLE "device_events" CASCADE;
  DROP TABLE "device_nonces" CASCADE;
  DROP TABLE "sites_modules" CASCADE;
  DROP TABLE "sites" CASCADE;
  DROP TABLE "departments" CASCADE;
  DROP TABLE "positions" CASCADE;
  DROP TABLE "staff_roles" CASCADE;
  DROP TABLE "staff_sites" CASCADE;
  DROP TABLE "staff_sessions" CASCADE;
  DROP TABLE "staff" CASCADE;
  DROP TABLE "staff_rels" CASCADE;
  DROP TABLE "calendar_days" CASCADE;
  DROP TABLE "routines_items_actions" CASCADE;
  DROP TABLE "routines_items" CASCADE;
  DROP TABLE "routines" CASCADE;
  DROP TABLE "digest_settings" CASCADE;
  DROP TABLE "digest_settings_rels" CASCADE;
  DROP TABLE "documents" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "mail_outbox" CASCADE;
  DROP TABLE "schedule_ticks" CASCADE;
  DROP TABLE "sign_in_limits" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."enum_reception_records_type";
  DROP TYPE "public"."enum_reception_records_outcome";
  DROP TYPE "public"."enum_reception_records_source";
  DROP TYPE "public"."enum_reception_records_rating";
  DROP TYPE "public"."enum_visits_kind";
  DROP TYPE "public"."enum_visits_purpose";
  DROP TYPE "public"."enum_visits_interview_for";
  DROP TYPE "public"."enum_reservations_status";
  DROP TYPE "public"."enum_outings_kind";
  DROP TYPE "public"."enum_outings_status";
  DROP TYPE "public"."enum_parcels_for_whom";
  DROP TYPE "public"."enum_beds_status";
  DROP TYPE "public"."enum_elders_gender";
  DROP TYPE "public"."enum_elders_status";
  DROP TYPE "public"."enum_elders_contract_class";
  DROP TYPE "public"."enum_fee_changes_approval_status";
  DROP TYPE "public"."enum_bed_changes_approval_status";
  DROP TYPE "public"."enum_visit_cards_status";
  DROP TYPE "public"."enum_repair_requests_category";
  DROP TYPE "public"."enum_repair_requests_status";
  DROP TYPE "public"."enum_waitlist_status";
  DROP TYPE "public"."enum_admission_preps_status";
  DROP TYPE "public"."enum_admissions_contract_class";
  DROP TYPE "public"."enum_admissions_status";
  DROP TYPE "public"."enum_discharges_status";
  DROP TYPE "public"."enum_discharges_approval_status";
  DROP TYPE "public"."enum_meal_orders_purpose";
  DROP TYPE "public"."enum_meal_orders_status";
  DROP TYPE "public"."enum_gatherings_package";
  DROP TYPE "public"."enum_gatherings_status";
  DROP TYPE "public"."enum_complaints_channel";
  DROP TYPE "public"."enum_complaints_status";
  DROP TYPE "public"."enum_complaints_late_entry";
  DROP TYPE "public"."enum_sms_notices_kind";
  DROP TYPE "public"."enum_sms_notices_approval_status";
  DROP TYPE "public"."enum_sms_kind";
  DROP TYPE "public"."enum_sms_status";
  DROP TYPE "public"."enum_archive_grants_status";
  DROP TYPE "public"."enum_archive_grants_approval_status";
  DROP TYPE "public"."enum_owner_complaints_channel";
  DROP TYPE "public"."enum_owner_complaints_category";
  DROP TYPE "public"."enum_owner_complaints_severity";
  DROP TYPE "public"."enum_owner_complaints_told_how";
  DROP TYPE "public"."enum_owner_complaints_status";
  DROP TYPE "public"."enum_follow_ups_kind";
  DROP TYPE "public"."enum_follow_ups_stage";
  DROP TYPE "public"."enum_follow_ups_method";
  DROP TYPE "public"."enum_follow_ups_work_quality";
  DROP TYPE "public"."enum_follow_ups_attitude";
  DROP TYPE "public"."enum_follow_ups_satisfaction";
  DROP TYPE "public"."enum_follow_ups_status";
  DROP TYPE "public"."enum_key_loans_borrower_kind";
  DROP TYPE "public"."enum_key_loans_status";
  DROP TYPE "public"."enum_owners_status";
  DROP TYPE "public"."enum_unit_history_kind";
  DROP TYPE "public"."enum_owner_files_items_document";
  DROP TYPE "public"."enum_arrears_follow_ups_way";
  DROP TYPE "public"."enum_arrears_fee_type";
  DROP TYPE "public"."enum_complaint_settings_limits_category";
  DROP TYPE "public"."enum_complaint_settings_limits_severity";
  DROP TYPE "public"."enum_keys_source";
  DROP TYPE "public"."enum_keys_status";
  DROP TYPE "public"."enum_key_handovers_relation";
  DROP TYPE "public"."enum_key_handovers_id_type";
  DROP TYPE "public"."enum_key_memos_kind";
  DROP TYPE "public"."enum_key_memos_measure";
  DROP TYPE "public"."enum_key_memos_status";
  DROP TYPE "public"."enum_key_counts_rows_label";
  DROP TYPE "public"."enum_key_counts_status";
  DROP TYPE "public"."enum_phone_log_outcome";
  DROP TYPE "public"."enum_phone_log_ring_check";
  DROP TYPE "public"."enum_visitor_log_purpose";
  DROP TYPE "public"."enum_visitor_log_appointment";
  DROP TYPE "public"."enum_visitor_log_host_told";
  DROP TYPE "public"."enum_visitor_log_decision";
  DROP TYPE "public"."enum_visitor_log_status";
  DROP TYPE "public"."enum_office_parcels_status";
  DROP TYPE "public"."enum_meetings_equipment_item";
  DROP TYPE "public"."enum_meetings_refreshments";
  DROP TYPE "public"."enum_meetings_status";
  DROP TYPE "public"."enum_travel_requests_kind";
  DROP TYPE "public"."enum_travel_requests_preferences_train_seat";
  DROP TYPE "public"."enum_travel_requests_preferences_seat_side";
  DROP TYPE "public"."enum_travel_requests_preferences_plane_zone";
  DROP TYPE "public"."enum_travel_requests_preferences_check_in";
  DROP TYPE "public"."enum_travel_requests_funding";
  DROP TYPE "public"."enum_travel_requests_status";
  DROP TYPE "public"."enum_travel_requests_preferences_from";
  DROP TYPE "public"."enum_archives_type";
  DROP TYPE "public"."enum_archives_status";
  DROP TYPE "public"."enum_access_cards_kind";
  DROP TYPE "public"."enum_access_cards_status";
  DROP TYPE "public"."enum_leaving_checklists_items_kind";
  DROP TYPE "public"."enum_leaving_checklists_status";
  DROP TYPE "public"."enum_attendance_reason";
  DROP TYPE "public"."enum_leave_slips_kind";
  DROP TYPE "public"."enum_leave_slips_approval_status";
  DROP TYPE "public"."enum_travel_preferences_train_seat";
  DROP TYPE "public"."enum_travel_preferences_seat_side";
  DROP TYPE "public"."enum_travel_preferences_plane_zone";
  DROP TYPE "public"."enum_travel_preferences_check_in";
  DROP TYPE "public"."enum_supply_plans_status";
  DROP TYPE "public"."enum_supply_purchases_status";
  DROP TYPE "public"."enum_supply_purchases_approval_status";
  DROP TYPE "public"."enum_personnel_files_documents_document";
  DROP TYPE "public"."enum_appointments_status";
  DROP TYPE "public"."enum_consultations_outcome";
  DROP TYPE "public"."enum_daily_reports_status";
  DROP TYPE "public"."enum_members_gender";
  DROP TYPE "public"."enum_members_language";
  DROP TYPE "public"."enum_members_tier_source";
  DROP TYPE "public"."enum_timetables_entries_weekday";
  DROP TYPE "public"."enum_timetables_kind";
  DROP TYPE "public"."enum_timetables_language";
  DROP TYPE "public"."enum_acknowledgements_script_kind";
  DROP TYPE "public"."enum_acknowledgements_status";
  DROP TYPE "public"."enum_scripts_kind";
  DROP TYPE "public"."enum_messages_status";
  DROP TYPE "public"."enum_message_receipts_state";
  DROP TYPE "public"."enum_approvals_decision";
  DROP TYPE "public"."enum_approvals_channel";
  DROP TYPE "public"."enum_call_tasks_status";
  DROP TYPE "public"."enum_routine_checks_actions";
  DROP TYPE "public"."enum_routine_checks_kind";
  DROP TYPE "public"."enum_routine_checks_status";
  DROP TYPE "public"."enum_devices_kind";
  DROP TYPE "public"."enum_devices_driver";
  DROP TYPE "public"."enum_devices_status";
  DROP TYPE "public"."enum_device_commands_action";
  DROP TYPE "public"."enum_device_commands_state";
  DROP TYPE "public"."enum_calls_direction";
  DROP TYPE "public"."enum_calls_status";
  DROP TYPE "public"."enum_calls_ring_check";
  DROP TYPE "public"."enum_sites_modules";
  DROP TYPE "public"."enum_sites_type";
  DROP TYPE "public"."enum_staff_roles";
  DROP TYPE "public"."enum_staff_language";
  DROP TYPE "public"."enum_calendar_days_kind";
  DROP TYPE "public"."enum_routines_items_actions";
  DROP TYPE "public"."enum_routines_items_kind";
  DROP TYPE "public"."enum_routines_days";
  DROP TYPE "public"."enum_digest_settings_kind";
  DROP TYPE "public"."enum_audit_log_action";
  DROP TYPE "public"."enum_audit_log_channel";
  DROP TYPE "public"."enum_mail_outbox_status";
  DROP TYPE "public"."enum_schedule_ticks_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
