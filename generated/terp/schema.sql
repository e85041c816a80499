-- schema of terp (mariadb 10.11.19-MariaDB-0+deb12u1), written by seeder introspect
SET FOREIGN_KEY_CHECKS = 0;

CREATE TABLE `accounts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `accountNumber` varchar(20) NOT NULL,
  `accountName` varchar(255) NOT NULL,
  `accountType` enum('ASSET','LIABILITY','EQUITY','REVENUE','EXPENSE') NOT NULL,
  `parentAccountId` int(11) DEFAULT NULL,
  `isActive` tinyint(1) NOT NULL DEFAULT 1,
  `normalBalance` enum('DEBIT','CREDIT') NOT NULL,
  `description` text DEFAULT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_accountNumber_unique` (`accountNumber`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `alert_configurations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `alert_type` enum('LOW_STOCK','EXPIRING_BATCH','OVERDUE_PAYMENT','HIGH_VALUE_ORDER','SAMPLE_CONVERSION','CUSTOM') NOT NULL,
  `target_type` enum('GLOBAL','PRODUCT','BATCH','CLIENT','CATEGORY') NOT NULL,
  `target_id` int(11) DEFAULT NULL,
  `threshold_value` decimal(15,4) NOT NULL,
  `threshold_operator` enum('LESS_THAN','GREATER_THAN','EQUALS') NOT NULL,
  `delivery_method` enum('DASHBOARD','EMAIL','BOTH') NOT NULL DEFAULT 'DASHBOARD',
  `email_address` varchar(255) DEFAULT NULL,
  `is_active` tinyint(1) DEFAULT 1,
  `created_at` timestamp NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `idx_user_id` (`user_id`),
  KEY `idx_alert_type` (`alert_type`),
  KEY `idx_is_active` (`is_active`),
  CONSTRAINT `alert_configurations_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `auditLogs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `actorId` int(11) NOT NULL,
  `entity` varchar(50) NOT NULL,
  `entityId` int(11) NOT NULL,
  `action` varchar(100) NOT NULL,
  `before` text DEFAULT NULL,
  `after` text DEFAULT NULL,
  `reason` text DEFAULT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `bankAccounts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `accountName` varchar(255) NOT NULL,
  `accountNumber` varchar(50) NOT NULL,
  `bankName` varchar(255) NOT NULL,
  `accountType` enum('CHECKING','SAVINGS','MONEY_MARKET','CREDIT_CARD') NOT NULL,
  `currency` varchar(3) NOT NULL DEFAULT 'USD',
  `currentBalance` decimal(12,2) NOT NULL DEFAULT 0.00,
  `isActive` tinyint(1) NOT NULL DEFAULT 1,
  `ledgerAccountId` int(11) DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `bankTransactions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `bankAccountId` int(11) NOT NULL,
  `transactionDate` date NOT NULL,
  `transactionType` enum('DEPOSIT','WITHDRAWAL','TRANSFER','FEE','INTEREST') NOT NULL,
  `amount` decimal(12,2) NOT NULL,
  `description` text DEFAULT NULL,
  `referenceNumber` varchar(100) DEFAULT NULL,
  `paymentId` int(11) DEFAULT NULL,
  `isReconciled` tinyint(1) NOT NULL DEFAULT 0,
  `reconciledAt` timestamp NULL DEFAULT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `batchLocations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `batchId` int(11) NOT NULL,
  `site` varchar(100) NOT NULL,
  `zone` varchar(100) DEFAULT NULL,
  `rack` varchar(100) DEFAULT NULL,
  `shelf` varchar(100) DEFAULT NULL,
  `bin` varchar(100) DEFAULT NULL,
  `qty` varchar(20) NOT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `batch_status_history` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `batchId` int(11) NOT NULL,
  `fromStatusId` int(11) DEFAULT NULL,
  `toStatusId` int(11) NOT NULL,
  `changedBy` int(11) NOT NULL,
  `notes` text DEFAULT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `batch_status_history_fromStatusId_workflow_statuses_id_fk` (`fromStatusId`),
  KEY `idx_batch_status_history_batchId` (`batchId`),
  KEY `idx_batch_status_history_toStatusId` (`toStatusId`),
  KEY `idx_batch_status_history_changedBy` (`changedBy`),
  KEY `idx_batch_status_history_createdAt` (`createdAt`),
  CONSTRAINT `batch_status_history_batchId_batches_id_fk` FOREIGN KEY (`batchId`) REFERENCES `batches` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `batch_status_history_changedBy_users_id_fk` FOREIGN KEY (`changedBy`) REFERENCES `users` (`id`) ON UPDATE NO ACTION,
  CONSTRAINT `batch_status_history_fromStatusId_workflow_statuses_id_fk` FOREIGN KEY (`fromStatusId`) REFERENCES `workflow_statuses` (`id`) ON DELETE SET NULL ON UPDATE NO ACTION,
  CONSTRAINT `batch_status_history_toStatusId_workflow_statuses_id_fk` FOREIGN KEY (`toStatusId`) REFERENCES `workflow_statuses` (`id`) ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `batches` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `code` varchar(50) NOT NULL,
  `sku` varchar(100) NOT NULL,
  `productId` int(11) NOT NULL,
  `lotId` int(11) NOT NULL,
  `batchStatus` enum('AWAITING_INTAKE','LIVE','PHOTOGRAPHY_COMPLETE','ON_HOLD','QUARANTINED','SOLD_OUT','CLOSED') NOT NULL DEFAULT 'AWAITING_INTAKE',
  `statusId` int(11) DEFAULT NULL,
  `grade` varchar(10) DEFAULT NULL,
  `isSample` int(11) NOT NULL DEFAULT 0,
  `sampleOnly` int(11) NOT NULL DEFAULT 0,
  `sampleAvailable` int(11) NOT NULL DEFAULT 0,
  `cogsMode` enum('FIXED','RANGE') NOT NULL,
  `unitCogs` varchar(20) DEFAULT NULL,
  `unitCogsMin` varchar(20) DEFAULT NULL,
  `unitCogsMax` varchar(20) DEFAULT NULL,
  `paymentTerms` enum('COD','NET_7','NET_15','NET_30','CONSIGNMENT','PARTIAL') NOT NULL,
  `amountPaid` varchar(20) DEFAULT '0',
  `metadata` text DEFAULT NULL,
  `photo_session_event_id` int(11) DEFAULT NULL,
  `onHandQty` varchar(20) NOT NULL DEFAULT '0',
  `sampleQty` varchar(20) NOT NULL DEFAULT '0',
  `reservedQty` varchar(20) NOT NULL DEFAULT '0',
  `quarantineQty` varchar(20) NOT NULL DEFAULT '0',
  `holdQty` varchar(20) NOT NULL DEFAULT '0',
  `defectiveQty` varchar(20) NOT NULL DEFAULT '0',
  `publishEcom` int(11) NOT NULL DEFAULT 0,
  `publishB2b` int(11) NOT NULL DEFAULT 0,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `batches_code_unique` (`code`),
  UNIQUE KEY `batches_sku_unique` (`sku`),
  KEY `batches_statusId_workflow_statuses_id_fk` (`statusId`),
  KEY `batches_photo_session_event_id_calendar_events_id_fk` (`photo_session_event_id`),
  CONSTRAINT `batches_photo_session_event_id_calendar_events_id_fk` FOREIGN KEY (`photo_session_event_id`) REFERENCES `calendar_events` (`id`) ON DELETE SET NULL ON UPDATE NO ACTION,
  CONSTRAINT `batches_statusId_workflow_statuses_id_fk` FOREIGN KEY (`statusId`) REFERENCES `workflow_statuses` (`id`) ON DELETE SET NULL ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `billLineItems` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `billId` int(11) NOT NULL,
  `productId` int(11) DEFAULT NULL,
  `lotId` int(11) DEFAULT NULL,
  `description` text NOT NULL,
  `quantity` decimal(10,2) NOT NULL,
  `unitPrice` decimal(12,2) NOT NULL,
  `taxRate` decimal(5,2) NOT NULL DEFAULT 0.00,
  `discountPercent` decimal(5,2) NOT NULL DEFAULT 0.00,
  `lineTotal` decimal(12,2) NOT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `bills` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `billNumber` varchar(50) NOT NULL,
  `vendorId` int(11) NOT NULL,
  `billDate` date NOT NULL,
  `dueDate` date NOT NULL,
  `subtotal` decimal(12,2) NOT NULL,
  `taxAmount` decimal(12,2) NOT NULL DEFAULT 0.00,
  `discountAmount` decimal(12,2) NOT NULL DEFAULT 0.00,
  `totalAmount` decimal(12,2) NOT NULL,
  `amountPaid` decimal(12,2) NOT NULL DEFAULT 0.00,
  `amountDue` decimal(12,2) NOT NULL,
  `status` enum('DRAFT','PENDING','APPROVED','PARTIAL','PAID','OVERDUE','VOID') NOT NULL DEFAULT 'DRAFT',
  `paymentTerms` varchar(100) DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `referenceType` varchar(50) DEFAULT NULL,
  `referenceId` int(11) DEFAULT NULL,
  `createdBy` int(11) NOT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `bills_billNumber_unique` (`billNumber`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `brands` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `vendorId` int(11) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `calendar_event_attachments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `event_id` int(11) NOT NULL,
  `filename` varchar(255) NOT NULL,
  `original_filename` varchar(255) NOT NULL,
  `url` varchar(1000) NOT NULL,
  `file_size` int(11) NOT NULL,
  `mime_type` varchar(100) NOT NULL,
  `uploaded_by` int(11) NOT NULL,
  `uploaded_at` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `calendar_event_attachments_uploaded_by_users_id_fk` (`uploaded_by`),
  KEY `idx_attachment_event` (`event_id`),
  CONSTRAINT `calendar_event_attachments_event_id_calendar_events_id_fk` FOREIGN KEY (`event_id`) REFERENCES `calendar_events` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `calendar_event_attachments_uploaded_by_users_id_fk` FOREIGN KEY (`uploaded_by`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `calendar_event_history` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `event_id` int(11) NOT NULL,
  `change_type` enum('CREATED','UPDATED','DELETED','RESCHEDULED','CANCELLED','COMPLETED') NOT NULL,
  `changed_by` int(11) NOT NULL,
  `changed_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `field_changed` varchar(100) DEFAULT NULL,
  `previous_value` text DEFAULT NULL,
  `new_value` text DEFAULT NULL,
  `change_reason` text DEFAULT NULL,
  `full_snapshot` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`full_snapshot`)),
  PRIMARY KEY (`id`),
  KEY `calendar_event_history_changed_by_users_id_fk` (`changed_by`),
  KEY `idx_history_event` (`event_id`),
  KEY `idx_history_changed_at` (`changed_at`),
  CONSTRAINT `calendar_event_history_changed_by_users_id_fk` FOREIGN KEY (`changed_by`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `calendar_event_history_event_id_calendar_events_id_fk` FOREIGN KEY (`event_id`) REFERENCES `calendar_events` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `calendar_event_participants` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `event_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `role` enum('ORGANIZER','REQUIRED','OPTIONAL','OBSERVER') NOT NULL DEFAULT 'REQUIRED',
  `response_status` enum('PENDING','ACCEPTED','DECLINED','TENTATIVE') NOT NULL DEFAULT 'PENDING',
  `responded_at` timestamp NULL DEFAULT NULL,
  `notify_on_creation` tinyint(1) NOT NULL DEFAULT 1,
  `notify_on_update` tinyint(1) NOT NULL DEFAULT 1,
  `added_by` int(11) NOT NULL,
  `added_at` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_participant_event_user` (`event_id`,`user_id`),
  KEY `calendar_event_participants_added_by_users_id_fk` (`added_by`),
  KEY `idx_participant_user` (`user_id`),
  CONSTRAINT `calendar_event_participants_added_by_users_id_fk` FOREIGN KEY (`added_by`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `calendar_event_participants_event_id_calendar_events_id_fk` FOREIGN KEY (`event_id`) REFERENCES `calendar_events` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `calendar_event_participants_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `calendar_event_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `event_id` int(11) NOT NULL,
  `grant_type` enum('USER','ROLE','TEAM') NOT NULL,
  `grantee_id` int(11) NOT NULL,
  `permission` enum('VIEW','EDIT','DELETE','MANAGE') NOT NULL,
  `granted_by` int(11) NOT NULL,
  `granted_at` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `calendar_event_permissions_granted_by_users_id_fk` (`granted_by`),
  KEY `idx_permission_event_grantee` (`event_id`,`grant_type`,`grantee_id`),
  CONSTRAINT `calendar_event_permissions_event_id_calendar_events_id_fk` FOREIGN KEY (`event_id`) REFERENCES `calendar_events` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `calendar_event_permissions_granted_by_users_id_fk` FOREIGN KEY (`granted_by`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `calendar_events` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `description` text DEFAULT NULL,
  `location` varchar(500) DEFAULT NULL,
  `start_date` date NOT NULL,
  `end_date` date NOT NULL,
  `start_time` varchar(8) DEFAULT NULL,
  `end_time` varchar(8) DEFAULT NULL,
  `timezone` varchar(50) DEFAULT NULL,
  `is_floating_time` tinyint(1) NOT NULL DEFAULT 0,
  `module` enum('INVENTORY','ACCOUNTING','CLIENTS','VENDORS','ORDERS','SAMPLES','COMPLIANCE','GENERAL') NOT NULL,
  `event_type` enum('MEETING','DEADLINE','TASK','DELIVERY','PAYMENT_DUE','FOLLOW_UP','AUDIT','INTAKE','PHOTOGRAPHY','BATCH_EXPIRATION','RECURRING_ORDER','SAMPLE_REQUEST','OTHER','AR_COLLECTION','AP_PAYMENT') NOT NULL,
  `status` enum('SCHEDULED','IN_PROGRESS','COMPLETED','CANCELLED') NOT NULL DEFAULT 'SCHEDULED',
  `priority` enum('LOW','MEDIUM','HIGH','URGENT') NOT NULL DEFAULT 'MEDIUM',
  `is_recurring` tinyint(1) NOT NULL DEFAULT 0,
  `entity_type` varchar(50) DEFAULT NULL,
  `entity_id` int(11) DEFAULT NULL,
  `client_id` int(11) DEFAULT NULL,
  `vendor_id` int(11) DEFAULT NULL,
  `metadata` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`metadata`)),
  `created_by` int(11) NOT NULL,
  `assigned_to` int(11) DEFAULT NULL,
  `visibility` enum('PRIVATE','TEAM','COMPANY','PUBLIC') NOT NULL DEFAULT 'COMPANY',
  `is_auto_generated` tinyint(1) NOT NULL DEFAULT 0,
  `auto_generation_rule` varchar(100) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_calendar_date_range` (`start_date`,`end_date`),
  KEY `idx_calendar_module` (`module`),
  KEY `idx_calendar_entity` (`entity_type`,`entity_id`),
  KEY `idx_calendar_assigned` (`assigned_to`),
  KEY `idx_calendar_status` (`status`),
  KEY `idx_calendar_created_by` (`created_by`),
  KEY `idx_calendar_events_client_id` (`client_id`),
  KEY `idx_calendar_events_vendor_id` (`vendor_id`),
  CONSTRAINT `calendar_events_assigned_to_users_id_fk` FOREIGN KEY (`assigned_to`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `calendar_events_client_id_clients_id_fk` FOREIGN KEY (`client_id`) REFERENCES `clients` (`id`) ON DELETE SET NULL ON UPDATE NO ACTION,
  CONSTRAINT `calendar_events_created_by_users_id_fk` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `calendar_events_vendor_id_vendors_id_fk` FOREIGN KEY (`vendor_id`) REFERENCES `vendors` (`id`) ON DELETE SET NULL ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `calendar_recurrence_instances` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `parent_event_id` int(11) NOT NULL,
  `instance_date` date NOT NULL,
  `start_time` varchar(8) DEFAULT NULL,
  `end_time` varchar(8) DEFAULT NULL,
  `timezone` varchar(50) DEFAULT NULL,
  `status` enum('GENERATED','MODIFIED','CANCELLED') NOT NULL DEFAULT 'GENERATED',
  `modified_title` varchar(255) DEFAULT NULL,
  `modified_description` text DEFAULT NULL,
  `modified_location` varchar(500) DEFAULT NULL,
  `modified_assigned_to` int(11) DEFAULT NULL,
  `generated_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `modified_at` timestamp NULL DEFAULT NULL,
  `modified_by` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `calendar_recurrence_instances_modified_assigned_to_users_id_fk` (`modified_assigned_to`),
  KEY `calendar_recurrence_instances_modified_by_users_id_fk` (`modified_by`),
  KEY `idx_instance_parent_date` (`parent_event_id`,`instance_date`),
  KEY `idx_instance_date_range` (`instance_date`,`start_time`),
  KEY `idx_instance_status` (`status`),
  CONSTRAINT `calendar_recurrence_instances_modified_assigned_to_users_id_fk` FOREIGN KEY (`modified_assigned_to`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `calendar_recurrence_instances_modified_by_users_id_fk` FOREIGN KEY (`modified_by`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `calendar_recurrence_instances_parent_event_id_fk` FOREIGN KEY (`parent_event_id`) REFERENCES `calendar_events` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `calendar_recurrence_rules` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `event_id` int(11) NOT NULL,
  `frequency` enum('DAILY','WEEKLY','MONTHLY','YEARLY') NOT NULL,
  `interval` int(11) NOT NULL DEFAULT 1,
  `by_day` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`by_day`)),
  `by_month_day` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`by_month_day`)),
  `by_week_of_month` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`by_week_of_month`)),
  `by_day_of_week_in_month` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`by_day_of_week_in_month`)),
  `by_month` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`by_month`)),
  `start_date` date NOT NULL,
  `end_date` date DEFAULT NULL,
  `count` int(11) DEFAULT NULL,
  `exception_dates` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT '[]' CHECK (json_valid(`exception_dates`)),
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `calendar_recurrence_rules_event_id_unique` (`event_id`),
  KEY `idx_recurrence_event` (`event_id`),
  CONSTRAINT `calendar_recurrence_rules_event_id_calendar_events_id_fk` FOREIGN KEY (`event_id`) REFERENCES `calendar_events` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `calendar_reminders` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `event_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `reminder_time` timestamp NOT NULL,
  `relative_minutes` int(11) DEFAULT NULL,
  `method` enum('IN_APP','EMAIL','BOTH') NOT NULL DEFAULT 'IN_APP',
  `status` enum('PENDING','SENT','FAILED','CANCELLED') NOT NULL DEFAULT 'PENDING',
  `sent_at` timestamp NULL DEFAULT NULL,
  `failure_reason` varchar(500) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `idx_reminder_time` (`reminder_time`,`status`),
  KEY `idx_reminder_event` (`event_id`),
  KEY `idx_reminder_user` (`user_id`),
  CONSTRAINT `calendar_reminders_event_id_calendar_events_id_fk` FOREIGN KEY (`event_id`) REFERENCES `calendar_events` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `calendar_reminders_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `calendar_views` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `name` varchar(100) NOT NULL,
  `is_default` tinyint(1) NOT NULL DEFAULT 0,
  `filters` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`filters`)),
  `default_view_type` enum('MONTH','WEEK','DAY','AGENDA') NOT NULL DEFAULT 'MONTH',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `idx_view_user` (`user_id`),
  KEY `idx_view_user_default` (`user_id`,`is_default`),
  CONSTRAINT `calendar_views_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `categories` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `description` text DEFAULT NULL,
  `isActive` int(11) NOT NULL DEFAULT 1,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `categories_name_unique` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `client_activity` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `client_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `activity_type` enum('CREATED','UPDATED','TRANSACTION_ADDED','PAYMENT_RECORDED','NOTE_ADDED','TAG_ADDED','TAG_REMOVED') NOT NULL,
  `metadata` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`metadata`)),
  `created_at` timestamp NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `client_activity_user_id_users_id_fk` (`user_id`),
  KEY `idx_client_id` (`client_id`),
  CONSTRAINT `client_activity_client_id_clients_id_fk` FOREIGN KEY (`client_id`) REFERENCES `clients` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `client_activity_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `client_catalog_views` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `client_id` int(11) NOT NULL,
  `name` varchar(100) NOT NULL,
  `filters` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`filters`)),
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `idx_client_catalog_views_client_id` (`client_id`),
  CONSTRAINT `client_catalog_views_client_id_clients_id_fk` FOREIGN KEY (`client_id`) REFERENCES `clients` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `client_communications` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `client_id` int(11) NOT NULL,
  `communicationType` enum('CALL','EMAIL','MEETING','NOTE') NOT NULL,
  `subject` varchar(255) NOT NULL,
  `notes` text DEFAULT NULL,
  `communicated_at` timestamp NOT NULL,
  `logged_by` int(11) NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `client_communications_logged_by_users_id_fk` (`logged_by`),
  KEY `idx_client_id` (`client_id`),
  KEY `idx_communicated_at` (`communicated_at`),
  KEY `idx_type` (`communicationType`),
  CONSTRAINT `client_communications_client_id_clients_id_fk` FOREIGN KEY (`client_id`) REFERENCES `clients` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `client_communications_logged_by_users_id_fk` FOREIGN KEY (`logged_by`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `client_credit_limits` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `client_id` int(11) NOT NULL,
  `credit_limit` decimal(15,2) NOT NULL DEFAULT 0.00,
  `current_exposure` decimal(15,2) NOT NULL DEFAULT 0.00,
  `utilization_percent` decimal(5,2) NOT NULL DEFAULT 0.00,
  `credit_health_score` decimal(5,2) NOT NULL DEFAULT 0.00,
  `base_capacity` decimal(15,2) NOT NULL DEFAULT 0.00,
  `risk_modifier` decimal(5,4) NOT NULL DEFAULT 1.0000,
  `directional_factor` decimal(5,4) NOT NULL DEFAULT 1.0000,
  `mode` enum('LEARNING','ACTIVE') NOT NULL DEFAULT 'LEARNING',
  `confidence_score` decimal(5,2) NOT NULL DEFAULT 0.00,
  `data_readiness` decimal(5,2) NOT NULL DEFAULT 0.00,
  `trend` enum('IMPROVING','STABLE','WORSENING') NOT NULL DEFAULT 'STABLE',
  `last_calculated` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `created_at` timestamp NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `client_credit_limits_client_id_unique` (`client_id`),
  KEY `idx_client_id` (`client_id`),
  CONSTRAINT `client_credit_limits_client_id_clients_id_fk` FOREIGN KEY (`client_id`) REFERENCES `clients` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `client_draft_interests` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `client_id` int(11) NOT NULL,
  `batch_id` int(11) NOT NULL,
  `added_at` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_client_draft_unique` (`client_id`,`batch_id`),
  KEY `idx_client_draft_interests_client_id` (`client_id`),
  KEY `idx_client_draft_interests_batch_id` (`batch_id`),
  CONSTRAINT `client_draft_interests_client_id_clients_id_fk` FOREIGN KEY (`client_id`) REFERENCES `clients` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `client_interest_list_items` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `interest_list_id` int(11) NOT NULL,
  `batch_id` int(11) NOT NULL,
  `item_name` varchar(255) NOT NULL,
  `category` varchar(100) DEFAULT NULL,
  `subcategory` varchar(100) DEFAULT NULL,
  `price_at_interest` decimal(10,2) NOT NULL,
  `quantity_at_interest` decimal(10,2) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `idx_interest_list_items_list_id` (`interest_list_id`),
  KEY `idx_interest_list_items_batch_id` (`batch_id`),
  CONSTRAINT `client_interest_list_items_interest_list_id_fk` FOREIGN KEY (`interest_list_id`) REFERENCES `client_interest_lists` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `client_interest_lists` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `client_id` int(11) NOT NULL,
  `submitted_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `status` varchar(20) NOT NULL DEFAULT 'NEW',
  `total_items` int(11) NOT NULL,
  `total_value` decimal(10,2) NOT NULL,
  `reviewed_at` timestamp NULL DEFAULT NULL,
  `reviewed_by` int(11) DEFAULT NULL,
  `converted_to_order_id` int(11) DEFAULT NULL,
  `converted_at` timestamp NULL DEFAULT NULL,
  `converted_by` int(11) DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `idx_client_interest_lists_client_id` (`client_id`),
  KEY `idx_client_interest_lists_status` (`status`),
  CONSTRAINT `client_interest_lists_client_id_clients_id_fk` FOREIGN KEY (`client_id`) REFERENCES `clients` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `client_meeting_history` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `client_id` int(11) NOT NULL,
  `calendar_event_id` int(11) NOT NULL,
  `meeting_date` timestamp NOT NULL,
  `meeting_type` varchar(100) NOT NULL,
  `attendees` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`attendees`)),
  `outcome` varchar(50) NOT NULL,
  `notes` text DEFAULT NULL,
  `action_items` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`action_items`)),
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `idx_meeting_history_client` (`client_id`),
  KEY `idx_meeting_history_event` (`calendar_event_id`),
  KEY `idx_meeting_history_date` (`meeting_date`),
  CONSTRAINT `client_meeting_history_calendar_event_id_calendar_events_id_fk` FOREIGN KEY (`calendar_event_id`) REFERENCES `calendar_events` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `client_needs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `client_id` int(11) NOT NULL,
  `strain` varchar(255) DEFAULT NULL,
  `product_name` varchar(255) DEFAULT NULL,
  `strainId` int(11) DEFAULT NULL,
  `strain_type` enum('INDICA','SATIVA','HYBRID','CBD','ANY') DEFAULT NULL,
  `category` varchar(100) DEFAULT NULL,
  `subcategory` varchar(100) DEFAULT NULL,
  `grade` varchar(50) DEFAULT NULL,
  `quantity_min` decimal(15,4) DEFAULT NULL,
  `quantity_max` decimal(15,4) DEFAULT NULL,
  `price_max` decimal(15,2) DEFAULT NULL,
  `status` enum('ACTIVE','FULFILLED','EXPIRED','CANCELLED') NOT NULL DEFAULT 'ACTIVE',
  `priority` enum('LOW','MEDIUM','HIGH','URGENT') NOT NULL DEFAULT 'MEDIUM',
  `needed_by` date DEFAULT NULL,
  `expires_at` timestamp NULL DEFAULT NULL,
  `fulfilled_at` timestamp NULL DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `internal_notes` text DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `created_by` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `client_needs_strainId_strains_id_fk` (`strainId`),
  KEY `client_needs_created_by_users_id_fk` (`created_by`),
  KEY `idx_client_id` (`client_id`),
  KEY `idx_status` (`status`),
  KEY `idx_strain` (`strain`),
  KEY `idx_product_name_cn` (`product_name`),
  KEY `idx_category` (`category`),
  KEY `idx_priority` (`priority`),
  CONSTRAINT `client_needs_client_id_clients_id_fk` FOREIGN KEY (`client_id`) REFERENCES `clients` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `client_needs_created_by_users_id_fk` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON UPDATE NO ACTION,
  CONSTRAINT `client_needs_strainId_strains_id_fk` FOREIGN KEY (`strainId`) REFERENCES `strains` (`id`) ON DELETE SET NULL ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `client_notes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `client_id` int(11) NOT NULL,
  `note_id` int(11) NOT NULL,
  `created_at` timestamp NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_client_note` (`client_id`,`note_id`),
  KEY `client_notes_note_id_freeform_notes_id_fk` (`note_id`),
  CONSTRAINT `client_notes_client_id_clients_id_fk` FOREIGN KEY (`client_id`) REFERENCES `clients` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `client_notes_note_id_freeform_notes_id_fk` FOREIGN KEY (`note_id`) REFERENCES `freeform_notes` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `client_price_alerts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `client_id` int(11) NOT NULL,
  `batch_id` int(11) NOT NULL,
  `target_price` decimal(10,2) NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `triggered_at` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `expires_at` timestamp NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_client_price_alerts_client_id` (`client_id`),
  KEY `idx_client_price_alerts_batch_id` (`batch_id`),
  KEY `idx_client_price_alerts_active` (`active`),
  CONSTRAINT `client_price_alerts_client_id_clients_id_fk` FOREIGN KEY (`client_id`) REFERENCES `clients` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `client_transactions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `client_id` int(11) NOT NULL,
  `transaction_type` enum('INVOICE','PAYMENT','QUOTE','ORDER','REFUND','CREDIT') NOT NULL,
  `transaction_number` varchar(100) DEFAULT NULL,
  `transaction_date` date NOT NULL,
  `amount` decimal(15,2) NOT NULL,
  `payment_status` enum('PAID','PENDING','OVERDUE','PARTIAL') DEFAULT 'PENDING',
  `payment_date` date DEFAULT NULL,
  `payment_amount` decimal(15,2) DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `metadata` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`metadata`)),
  `created_at` timestamp NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `idx_client_id` (`client_id`),
  KEY `idx_transaction_date` (`transaction_date`),
  KEY `idx_payment_status` (`payment_status`),
  CONSTRAINT `client_transactions_client_id_clients_id_fk` FOREIGN KEY (`client_id`) REFERENCES `clients` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `clients` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `teri_code` varchar(50) NOT NULL,
  `name` varchar(255) NOT NULL,
  `email` varchar(255) DEFAULT NULL,
  `phone` varchar(50) DEFAULT NULL,
  `address` text DEFAULT NULL,
  `is_buyer` tinyint(1) DEFAULT 0,
  `is_seller` tinyint(1) DEFAULT 0,
  `is_brand` tinyint(1) DEFAULT 0,
  `is_referee` tinyint(1) DEFAULT 0,
  `is_contractor` tinyint(1) DEFAULT 0,
  `tags` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`tags`)),
  `pricing_profile_id` int(11) DEFAULT NULL,
  `custom_pricing_rules` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`custom_pricing_rules`)),
  `cogsAdjustmentType` enum('NONE','PERCENTAGE','FIXED_AMOUNT') DEFAULT 'NONE',
  `cogs_adjustment_value` decimal(10,4) DEFAULT 0.0000,
  `auto_defer_consignment` tinyint(1) DEFAULT 0,
  `total_spent` decimal(15,2) DEFAULT 0.00,
  `total_profit` decimal(15,2) DEFAULT 0.00,
  `avg_profit_margin` decimal(5,2) DEFAULT 0.00,
  `total_owed` decimal(15,2) DEFAULT 0.00,
  `oldest_debt_days` int(11) DEFAULT 0,
  `vip_portal_enabled` tinyint(1) DEFAULT 0,
  `vip_portal_last_login` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `clients_teri_code_unique` (`teri_code`),
  KEY `idx_teri_code` (`teri_code`),
  KEY `idx_total_owed` (`total_owed`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `cogsHistory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `batchId` int(11) NOT NULL,
  `oldCogs` varchar(20) DEFAULT NULL,
  `newCogs` varchar(20) NOT NULL,
  `changeType` varchar(50) NOT NULL,
  `affectedSalesCount` int(11) DEFAULT 0,
  `reason` text DEFAULT NULL,
  `changedBy` int(11) NOT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `cogs_rules` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` text DEFAULT NULL,
  `condition_field` enum('QUANTITY','TOTAL_VALUE','CLIENT_TIER','PAYMENT_TERMS') DEFAULT NULL,
  `condition_operator` enum('GT','GTE','LT','LTE','EQ') DEFAULT NULL,
  `condition_value` decimal(15,4) DEFAULT NULL,
  `adjustment_type` enum('PERCENTAGE','FIXED_AMOUNT','USE_MIN','USE_MAX') DEFAULT NULL,
  `adjustment_value` decimal(10,4) DEFAULT NULL,
  `priority` int(11) DEFAULT 0,
  `is_active` tinyint(1) DEFAULT 1,
  `created_at` timestamp NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `idx_priority` (`priority`),
  KEY `idx_is_active` (`is_active`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `comment_mentions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `comment_id` int(11) NOT NULL,
  `mentioned_user_id` int(11) NOT NULL,
  `mentioned_by_user_id` int(11) NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_mention` (`comment_id`,`mentioned_user_id`),
  KEY `comment_mentions_mentioned_by_user_id_users_id_fk` (`mentioned_by_user_id`),
  KEY `idx_mentioned_user_id` (`mentioned_user_id`),
  KEY `idx_comment_id` (`comment_id`),
  CONSTRAINT `comment_mentions_comment_id_comments_id_fk` FOREIGN KEY (`comment_id`) REFERENCES `comments` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `comment_mentions_mentioned_by_user_id_users_id_fk` FOREIGN KEY (`mentioned_by_user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `comment_mentions_mentioned_user_id_users_id_fk` FOREIGN KEY (`mentioned_user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `comments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `commentable_type` varchar(50) NOT NULL,
  `commentable_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `content` text NOT NULL,
  `is_resolved` tinyint(1) NOT NULL DEFAULT 0,
  `resolved_at` timestamp NULL DEFAULT NULL,
  `resolved_by` int(11) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `comments_resolved_by_users_id_fk` (`resolved_by`),
  KEY `idx_commentable` (`commentable_type`,`commentable_id`),
  KEY `idx_user_id` (`user_id`),
  KEY `idx_is_resolved` (`is_resolved`),
  KEY `idx_created_at` (`created_at`),
  CONSTRAINT `comments_resolved_by_users_id_fk` FOREIGN KEY (`resolved_by`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE NO ACTION,
  CONSTRAINT `comments_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `creditApplications` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `creditId` int(11) NOT NULL,
  `invoiceId` int(11) NOT NULL,
  `amountApplied` varchar(20) NOT NULL,
  `appliedDate` timestamp NOT NULL,
  `notes` text DEFAULT NULL,
  `appliedBy` int(11) NOT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `creditApplications_appliedBy_users_id_fk` (`appliedBy`),
  KEY `idx_credit_applications_credit` (`creditId`),
  KEY `idx_credit_applications_invoice` (`invoiceId`),
  CONSTRAINT `creditApplications_appliedBy_users_id_fk` FOREIGN KEY (`appliedBy`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `creditApplications_creditId_credits_id_fk` FOREIGN KEY (`creditId`) REFERENCES `credits` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `creditApplications_invoiceId_transactions_id_fk` FOREIGN KEY (`invoiceId`) REFERENCES `transactions` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `credit_audit_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `client_id` int(11) NOT NULL,
  `event_type` enum('LIMIT_CALCULATED','LIMIT_INCREASED','LIMIT_DECREASED','MODE_CHANGED','MANUAL_OVERRIDE','EXPOSURE_EXCEEDED') NOT NULL,
  `old_value` decimal(15,2) DEFAULT NULL,
  `new_value` decimal(15,2) DEFAULT NULL,
  `change_percent` decimal(5,2) DEFAULT NULL,
  `reason` text DEFAULT NULL,
  `metadata` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`metadata`)),
  `triggered_by` int(11) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `credit_audit_log_triggered_by_users_id_fk` (`triggered_by`),
  KEY `idx_client_id` (`client_id`),
  KEY `idx_created_at` (`created_at`),
  CONSTRAINT `credit_audit_log_client_id_clients_id_fk` FOREIGN KEY (`client_id`) REFERENCES `clients` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `credit_audit_log_triggered_by_users_id_fk` FOREIGN KEY (`triggered_by`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `credit_signal_history` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `client_id` int(11) NOT NULL,
  `revenue_momentum` decimal(5,2) NOT NULL DEFAULT 0.00,
  `cash_collection_strength` decimal(5,2) NOT NULL DEFAULT 0.00,
  `profitability_quality` decimal(5,2) NOT NULL DEFAULT 0.00,
  `debt_aging_risk` decimal(5,2) NOT NULL DEFAULT 0.00,
  `repayment_velocity` decimal(5,2) NOT NULL DEFAULT 0.00,
  `tenure_depth` decimal(5,2) NOT NULL DEFAULT 0.00,
  `revenue_momentum_trend` int(11) NOT NULL DEFAULT 0,
  `cash_collection_trend` int(11) NOT NULL DEFAULT 0,
  `profitability_trend` int(11) NOT NULL DEFAULT 0,
  `debt_aging_trend` int(11) NOT NULL DEFAULT 0,
  `repayment_velocity_trend` int(11) NOT NULL DEFAULT 0,
  `calculation_metadata` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`calculation_metadata`)),
  `calculated_at` timestamp NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `idx_client_id` (`client_id`),
  KEY `idx_calculated_at` (`calculated_at`),
  CONSTRAINT `credit_signal_history_client_id_clients_id_fk` FOREIGN KEY (`client_id`) REFERENCES `clients` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `credit_system_settings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `revenue_momentum_weight` int(11) NOT NULL DEFAULT 20,
  `cash_collection_weight` int(11) NOT NULL DEFAULT 25,
  `profitability_weight` int(11) NOT NULL DEFAULT 20,
  `debt_aging_weight` int(11) NOT NULL DEFAULT 15,
  `repayment_velocity_weight` int(11) NOT NULL DEFAULT 10,
  `tenure_weight` int(11) NOT NULL DEFAULT 10,
  `learning_mode_threshold` int(11) NOT NULL DEFAULT 3,
  `min_invoices_for_activation` int(11) NOT NULL DEFAULT 15,
  `directional_sensitivity` decimal(5,4) NOT NULL DEFAULT 0.1000,
  `revenue_multiplier` decimal(5,2) NOT NULL DEFAULT 2.00,
  `margin_multiplier` decimal(5,2) NOT NULL DEFAULT 2.50,
  `global_min_limit` decimal(15,2) NOT NULL DEFAULT 1000.00,
  `global_max_limit` decimal(15,2) NOT NULL DEFAULT 1000000.00,
  `updated_by` int(11) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `credit_system_settings_updated_by_users_id_fk` (`updated_by`),
  CONSTRAINT `credit_system_settings_updated_by_users_id_fk` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `credits` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `creditNumber` varchar(50) NOT NULL,
  `clientId` int(11) NOT NULL,
  `transactionId` int(11) DEFAULT NULL,
  `creditAmount` varchar(20) NOT NULL,
  `amountUsed` varchar(20) NOT NULL DEFAULT '0',
  `amountRemaining` varchar(20) NOT NULL,
  `creditReason` varchar(100) DEFAULT NULL,
  `expirationDate` timestamp NULL DEFAULT NULL,
  `creditStatus` enum('ACTIVE','PARTIALLY_USED','FULLY_USED','EXPIRED','VOID') NOT NULL DEFAULT 'ACTIVE',
  `notes` text DEFAULT NULL,
  `createdBy` int(11) NOT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `credits_creditNumber_unique` (`creditNumber`),
  KEY `credits_transactionId_transactions_id_fk` (`transactionId`),
  KEY `credits_createdBy_users_id_fk` (`createdBy`),
  KEY `idx_credits_client_id` (`clientId`),
  KEY `idx_credits_status` (`creditStatus`),
  KEY `idx_credits_expiration` (`expirationDate`),
  CONSTRAINT `credits_clientId_clients_id_fk` FOREIGN KEY (`clientId`) REFERENCES `clients` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `credits_createdBy_users_id_fk` FOREIGN KEY (`createdBy`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `credits_transactionId_transactions_id_fk` FOREIGN KEY (`transactionId`) REFERENCES `transactions` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `dashboard_kpi_configs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `role` enum('user','admin') NOT NULL,
  `kpiType` varchar(100) NOT NULL,
  `position` int(11) NOT NULL,
  `isVisible` tinyint(1) NOT NULL DEFAULT 1,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `dashboard_widget_layouts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `userId` int(11) DEFAULT NULL,
  `role` enum('user','admin') DEFAULT NULL,
  `widgetType` varchar(100) NOT NULL,
  `position` int(11) NOT NULL,
  `width` int(11) NOT NULL DEFAULT 1,
  `height` int(11) NOT NULL DEFAULT 1,
  `isVisible` tinyint(1) NOT NULL DEFAULT 1,
  `config` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`config`)),
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `dashboard_widget_layouts_userId_users_id_fk` (`userId`),
  CONSTRAINT `dashboard_widget_layouts_userId_users_id_fk` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `deployments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `commitSha` varchar(40) NOT NULL,
  `commitMessage` text NOT NULL,
  `commitTimestamp` timestamp NOT NULL,
  `branch` varchar(255) NOT NULL,
  `author` varchar(255) NOT NULL,
  `pusher` varchar(255) NOT NULL,
  `status` varchar(50) NOT NULL DEFAULT 'pending',
  `startedAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `completedAt` timestamp NULL DEFAULT NULL,
  `duration` int(11) DEFAULT NULL,
  `doDeploymentId` varchar(255) DEFAULT NULL,
  `buildLogs` text DEFAULT NULL,
  `deploymentUrl` varchar(500) DEFAULT NULL,
  `errorMessage` text DEFAULT NULL,
  `githubDeliveryId` varchar(255) DEFAULT NULL,
  `webhookPayload` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`webhookPayload`)),
  PRIMARY KEY (`id`),
  KEY `idx_deployments_status` (`status`),
  KEY `idx_deployments_branch` (`branch`),
  KEY `idx_deployments_commit_sha` (`commitSha`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `expenseCategories` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `categoryName` varchar(255) NOT NULL,
  `parentCategoryId` int(11) DEFAULT NULL,
  `ledgerAccountId` int(11) DEFAULT NULL,
  `isActive` tinyint(1) NOT NULL DEFAULT 1,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `expenses` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `expenseNumber` varchar(50) NOT NULL,
  `expenseDate` date NOT NULL,
  `categoryId` int(11) NOT NULL,
  `vendorId` int(11) DEFAULT NULL,
  `amount` decimal(12,2) NOT NULL,
  `taxAmount` decimal(12,2) NOT NULL DEFAULT 0.00,
  `totalAmount` decimal(12,2) NOT NULL,
  `paymentMethod` enum('CASH','CHECK','CREDIT_CARD','DEBIT_CARD','BANK_TRANSFER','OTHER') NOT NULL,
  `bankAccountId` int(11) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `receiptUrl` varchar(500) DEFAULT NULL,
  `billId` int(11) DEFAULT NULL,
  `isReimbursable` tinyint(1) NOT NULL DEFAULT 0,
  `isReimbursed` tinyint(1) NOT NULL DEFAULT 0,
  `reimbursedAt` timestamp NULL DEFAULT NULL,
  `createdBy` int(11) NOT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `expenses_expenseNumber_unique` (`expenseNumber`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fiscalPeriods` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `periodName` varchar(100) NOT NULL,
  `startDate` date NOT NULL,
  `endDate` date NOT NULL,
  `fiscalYear` int(11) NOT NULL,
  `status` enum('OPEN','CLOSED','LOCKED') NOT NULL DEFAULT 'OPEN',
  `closedAt` timestamp NULL DEFAULT NULL,
  `closedBy` int(11) DEFAULT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `freeform_notes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `userId` int(11) NOT NULL,
  `title` varchar(500) NOT NULL DEFAULT 'Untitled Note',
  `content` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`content`)),
  `templateType` varchar(100) DEFAULT NULL,
  `tags` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`tags`)),
  `isPinned` tinyint(1) NOT NULL DEFAULT 0,
  `isArchived` tinyint(1) NOT NULL DEFAULT 0,
  `sharedWith` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`sharedWith`)),
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `lastViewedAt` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `freeform_notes_userId_users_id_fk` (`userId`),
  CONSTRAINT `freeform_notes_userId_users_id_fk` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `grades` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `description` text DEFAULT NULL,
  `sortOrder` int(11) DEFAULT 0,
  `isActive` int(11) NOT NULL DEFAULT 1,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `grades_name_unique` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `inbox_items` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `source_type` enum('mention','task_assignment','task_update') NOT NULL,
  `source_id` int(11) NOT NULL,
  `reference_type` varchar(50) NOT NULL,
  `reference_id` int(11) NOT NULL,
  `title` varchar(500) NOT NULL,
  `description` text DEFAULT NULL,
  `status` enum('unread','seen','completed') NOT NULL DEFAULT 'unread',
  `seen_at` timestamp NULL DEFAULT NULL,
  `completed_at` timestamp NULL DEFAULT NULL,
  `is_archived` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `idx_user_id` (`user_id`),
  KEY `idx_status` (`status`),
  KEY `idx_source` (`source_type`,`source_id`),
  KEY `idx_reference` (`reference_type`,`reference_id`),
  KEY `idx_created_at` (`created_at`),
  KEY `idx_is_archived` (`is_archived`),
  CONSTRAINT `inbox_items_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `intake_session_batches` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `intake_session_id` int(11) NOT NULL,
  `batch_id` int(11) NOT NULL,
  `received_qty` decimal(15,4) NOT NULL,
  `unit_cost` decimal(15,4) NOT NULL,
  `total_cost` decimal(15,4) NOT NULL,
  `internal_notes` text DEFAULT NULL,
  `vendor_notes` text DEFAULT NULL,
  `cogs_agreement` text DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `idx_intake_session_id` (`intake_session_id`),
  KEY `idx_batch_id` (`batch_id`),
  CONSTRAINT `intake_session_batches_batch_id_batches_id_fk` FOREIGN KEY (`batch_id`) REFERENCES `batches` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `intake_session_batches_intake_session_id_intake_sessions_id_fk` FOREIGN KEY (`intake_session_id`) REFERENCES `intake_sessions` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `intake_sessions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `session_number` varchar(50) NOT NULL,
  `vendor_id` int(11) NOT NULL,
  `status` enum('IN_PROGRESS','COMPLETED','CANCELLED') NOT NULL DEFAULT 'IN_PROGRESS',
  `receive_date` date NOT NULL,
  `received_by` int(11) NOT NULL,
  `paymentTerms` enum('COD','NET_7','NET_15','NET_30','CONSIGNMENT','PARTIAL') NOT NULL,
  `payment_due_date` date DEFAULT NULL,
  `total_amount` decimal(15,2) DEFAULT 0.00,
  `amount_paid` decimal(15,2) DEFAULT 0.00,
  `internal_notes` text DEFAULT NULL,
  `vendor_notes` text DEFAULT NULL,
  `receipt_generated` tinyint(1) DEFAULT 0,
  `receipt_generated_at` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `completed_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `intake_sessions_session_number_unique` (`session_number`),
  KEY `intake_sessions_received_by_users_id_fk` (`received_by`),
  KEY `idx_vendor_id` (`vendor_id`),
  KEY `idx_status` (`status`),
  KEY `idx_receive_date` (`receive_date`),
  CONSTRAINT `intake_sessions_received_by_users_id_fk` FOREIGN KEY (`received_by`) REFERENCES `users` (`id`) ON UPDATE NO ACTION,
  CONSTRAINT `intake_sessions_vendor_id_clients_id_fk` FOREIGN KEY (`vendor_id`) REFERENCES `clients` (`id`) ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `inventoryAlerts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `inventoryAlertType` enum('LOW_STOCK','EXPIRING','OVERSTOCK','SLOW_MOVING') NOT NULL,
  `batchId` int(11) NOT NULL,
  `threshold` decimal(10,2) DEFAULT NULL,
  `currentValue` decimal(10,2) DEFAULT NULL,
  `alertSeverity` enum('LOW','MEDIUM','HIGH') NOT NULL,
  `alertStatus` enum('ACTIVE','ACKNOWLEDGED','RESOLVED') NOT NULL DEFAULT 'ACTIVE',
  `message` text DEFAULT NULL,
  `acknowledgedBy` int(11) DEFAULT NULL,
  `acknowledgedAt` timestamp NULL DEFAULT NULL,
  `resolvedAt` timestamp NULL DEFAULT NULL,
  `resolution` text DEFAULT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `inventoryAlerts_acknowledgedBy_users_id_fk` (`acknowledgedBy`),
  KEY `idx_inventory_alerts_batch` (`batchId`),
  KEY `idx_inventory_alerts_status` (`alertStatus`),
  KEY `idx_inventory_alerts_type` (`inventoryAlertType`),
  KEY `idx_inventory_alerts_severity` (`alertSeverity`),
  CONSTRAINT `inventoryAlerts_acknowledgedBy_users_id_fk` FOREIGN KEY (`acknowledgedBy`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `inventoryAlerts_batchId_batches_id_fk` FOREIGN KEY (`batchId`) REFERENCES `batches` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `inventoryMovements` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `batchId` int(11) NOT NULL,
  `inventoryMovementType` enum('INTAKE','SALE','RETURN','REFUND_RETURN','ADJUSTMENT','QUARANTINE','RELEASE_FROM_QUARANTINE','DISPOSAL','TRANSFER','SAMPLE') NOT NULL,
  `quantityChange` varchar(20) NOT NULL,
  `quantityBefore` varchar(20) NOT NULL,
  `quantityAfter` varchar(20) NOT NULL,
  `referenceType` varchar(50) DEFAULT NULL,
  `referenceId` int(11) DEFAULT NULL,
  `adjustmentReason` enum('DAMAGED','EXPIRED','LOST','THEFT','COUNT_DISCREPANCY','QUALITY_ISSUE','REWEIGH','OTHER') DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `performedBy` int(11) NOT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `inventoryMovements_performedBy_users_id_fk` (`performedBy`),
  KEY `idx_inventory_movements_batch` (`batchId`),
  KEY `idx_inventory_movements_type` (`inventoryMovementType`),
  KEY `idx_inventory_movements_reference` (`referenceType`,`referenceId`),
  KEY `idx_inventory_movements_created` (`createdAt`),
  CONSTRAINT `inventoryMovements_batchId_batches_id_fk` FOREIGN KEY (`batchId`) REFERENCES `batches` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `inventoryMovements_performedBy_users_id_fk` FOREIGN KEY (`performedBy`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `inventoryViews` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `filters` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`filters`)),
  `createdBy` int(11) DEFAULT NULL,
  `isShared` int(11) NOT NULL DEFAULT 0,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `idx_inventory_views_created_by` (`createdBy`),
  CONSTRAINT `inventoryViews_createdBy_users_id_fk` FOREIGN KEY (`createdBy`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `invoiceLineItems` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `invoiceId` int(11) NOT NULL,
  `productId` int(11) DEFAULT NULL,
  `batchId` int(11) DEFAULT NULL,
  `description` text NOT NULL,
  `quantity` decimal(10,2) NOT NULL,
  `unitPrice` decimal(12,2) NOT NULL,
  `taxRate` decimal(5,2) NOT NULL DEFAULT 0.00,
  `discountPercent` decimal(5,2) NOT NULL DEFAULT 0.00,
  `lineTotal` decimal(12,2) NOT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `invoices` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `invoiceNumber` varchar(50) NOT NULL,
  `customerId` int(11) NOT NULL,
  `invoiceDate` date NOT NULL,
  `dueDate` date NOT NULL,
  `subtotal` decimal(12,2) NOT NULL,
  `taxAmount` decimal(12,2) NOT NULL DEFAULT 0.00,
  `discountAmount` decimal(12,2) NOT NULL DEFAULT 0.00,
  `totalAmount` decimal(12,2) NOT NULL,
  `amountPaid` decimal(12,2) NOT NULL DEFAULT 0.00,
  `amountDue` decimal(12,2) NOT NULL,
  `status` enum('DRAFT','SENT','VIEWED','PARTIAL','PAID','OVERDUE','VOID') NOT NULL DEFAULT 'DRAFT',
  `paymentTerms` varchar(100) DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `referenceType` varchar(50) DEFAULT NULL,
  `referenceId` int(11) DEFAULT NULL,
  `createdBy` int(11) NOT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `invoices_invoiceNumber_unique` (`invoiceNumber`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `ledgerEntries` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `entryNumber` varchar(50) NOT NULL,
  `entryDate` date NOT NULL,
  `accountId` int(11) NOT NULL,
  `debit` decimal(12,2) NOT NULL DEFAULT 0.00,
  `credit` decimal(12,2) NOT NULL DEFAULT 0.00,
  `description` text DEFAULT NULL,
  `referenceType` varchar(50) DEFAULT NULL,
  `referenceId` int(11) DEFAULT NULL,
  `fiscalPeriodId` int(11) NOT NULL,
  `isManual` tinyint(1) NOT NULL DEFAULT 0,
  `isPosted` tinyint(1) NOT NULL DEFAULT 0,
  `postedAt` timestamp NULL DEFAULT NULL,
  `postedBy` int(11) DEFAULT NULL,
  `createdBy` int(11) NOT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `ledgerEntries_entryNumber_unique` (`entryNumber`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `locations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `site` varchar(100) NOT NULL,
  `zone` varchar(100) DEFAULT NULL,
  `rack` varchar(100) DEFAULT NULL,
  `shelf` varchar(100) DEFAULT NULL,
  `bin` varchar(100) DEFAULT NULL,
  `isActive` int(11) NOT NULL DEFAULT 1,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lots` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `code` varchar(50) NOT NULL,
  `vendorId` int(11) NOT NULL,
  `date` timestamp NOT NULL,
  `notes` text DEFAULT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `lots_code_unique` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `match_records` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `client_need_id` int(11) DEFAULT NULL,
  `client_id` int(11) NOT NULL,
  `inventory_batch_id` int(11) DEFAULT NULL,
  `vendor_supply_id` int(11) DEFAULT NULL,
  `historical_order_id` int(11) DEFAULT NULL,
  `match_type` enum('EXACT','CLOSE','HISTORICAL') NOT NULL,
  `confidence_score` decimal(5,2) NOT NULL,
  `match_reasons` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`match_reasons`)),
  `user_action` enum('CREATED_QUOTE','CONTACTED_VENDOR','DISMISSED','NONE') DEFAULT NULL,
  `actioned_at` timestamp NULL DEFAULT NULL,
  `actioned_by` int(11) DEFAULT NULL,
  `resulted_in_sale` tinyint(1) DEFAULT 0,
  `sale_order_id` int(11) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `match_records_inventory_batch_id_batches_id_fk` (`inventory_batch_id`),
  KEY `match_records_vendor_supply_id_vendor_supply_id_fk` (`vendor_supply_id`),
  KEY `match_records_historical_order_id_orders_id_fk` (`historical_order_id`),
  KEY `match_records_actioned_by_users_id_fk` (`actioned_by`),
  KEY `match_records_sale_order_id_orders_id_fk` (`sale_order_id`),
  KEY `idx_client_need_id` (`client_need_id`),
  KEY `idx_client_id` (`client_id`),
  KEY `idx_match_type` (`match_type`),
  KEY `idx_user_action` (`user_action`),
  CONSTRAINT `match_records_actioned_by_users_id_fk` FOREIGN KEY (`actioned_by`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE NO ACTION,
  CONSTRAINT `match_records_client_id_clients_id_fk` FOREIGN KEY (`client_id`) REFERENCES `clients` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `match_records_client_need_id_client_needs_id_fk` FOREIGN KEY (`client_need_id`) REFERENCES `client_needs` (`id`) ON DELETE SET NULL ON UPDATE NO ACTION,
  CONSTRAINT `match_records_historical_order_id_orders_id_fk` FOREIGN KEY (`historical_order_id`) REFERENCES `orders` (`id`) ON DELETE SET NULL ON UPDATE NO ACTION,
  CONSTRAINT `match_records_inventory_batch_id_batches_id_fk` FOREIGN KEY (`inventory_batch_id`) REFERENCES `batches` (`id`) ON DELETE SET NULL ON UPDATE NO ACTION,
  CONSTRAINT `match_records_sale_order_id_orders_id_fk` FOREIGN KEY (`sale_order_id`) REFERENCES `orders` (`id`) ON DELETE SET NULL ON UPDATE NO ACTION,
  CONSTRAINT `match_records_vendor_supply_id_vendor_supply_id_fk` FOREIGN KEY (`vendor_supply_id`) REFERENCES `vendor_supply` (`id`) ON DELETE SET NULL ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `note_activity` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `noteId` int(11) NOT NULL,
  `userId` int(11) NOT NULL,
  `activityType` enum('CREATED','UPDATED','COMMENTED','SHARED','ARCHIVED','RESTORED','PINNED','UNPINNED','TEMPLATE_APPLIED') NOT NULL,
  `metadata` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`metadata`)),
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `note_activity_noteId_freeform_notes_id_fk` (`noteId`),
  KEY `note_activity_userId_users_id_fk` (`userId`),
  CONSTRAINT `note_activity_noteId_freeform_notes_id_fk` FOREIGN KEY (`noteId`) REFERENCES `freeform_notes` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `note_activity_userId_users_id_fk` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `note_comments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `noteId` int(11) NOT NULL,
  `userId` int(11) NOT NULL,
  `content` text NOT NULL,
  `parentCommentId` int(11) DEFAULT NULL,
  `isResolved` tinyint(1) NOT NULL DEFAULT 0,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `note_comments_noteId_freeform_notes_id_fk` (`noteId`),
  KEY `note_comments_userId_users_id_fk` (`userId`),
  CONSTRAINT `note_comments_noteId_freeform_notes_id_fk` FOREIGN KEY (`noteId`) REFERENCES `freeform_notes` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `note_comments_userId_users_id_fk` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `order_audit_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `order_id` int(11) NOT NULL,
  `action` varchar(50) NOT NULL,
  `changes` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`changes`)),
  `user_id` int(11) DEFAULT NULL,
  `reason` text DEFAULT NULL,
  `timestamp` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `idx_order_id` (`order_id`),
  KEY `idx_timestamp` (`timestamp`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `order_line_items` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `order_id` int(11) NOT NULL,
  `batch_id` int(11) NOT NULL,
  `product_display_name` varchar(255) DEFAULT NULL,
  `quantity` decimal(10,2) NOT NULL,
  `cogs_per_unit` decimal(10,2) NOT NULL,
  `original_cogs_per_unit` decimal(10,2) NOT NULL,
  `is_cogs_overridden` tinyint(1) NOT NULL DEFAULT 0,
  `cogs_override_reason` text DEFAULT NULL,
  `margin_percent` decimal(5,2) NOT NULL,
  `margin_dollar` decimal(10,2) NOT NULL,
  `is_margin_overridden` tinyint(1) NOT NULL DEFAULT 0,
  `margin_source` enum('CUSTOMER_PROFILE','DEFAULT','MANUAL') NOT NULL,
  `unit_price` decimal(10,2) NOT NULL,
  `line_total` decimal(10,2) NOT NULL,
  `is_sample` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `idx_order_id` (`order_id`),
  KEY `idx_batch_id` (`batch_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `order_status_history` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `order_id` int(11) NOT NULL,
  `fulfillmentStatus` enum('PENDING','PACKED','SHIPPED') NOT NULL DEFAULT 'PENDING',
  `changed_by` int(11) NOT NULL,
  `changed_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `notes` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `order_status_history_changed_by_users_id_fk` (`changed_by`),
  KEY `idx_order_id` (`order_id`),
  KEY `idx_changed_at` (`changed_at`),
  CONSTRAINT `order_status_history_changed_by_users_id_fk` FOREIGN KEY (`changed_by`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `order_status_history_order_id_orders_id_fk` FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `orders` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `order_number` varchar(50) NOT NULL,
  `orderType` enum('QUOTE','SALE') NOT NULL,
  `is_draft` tinyint(1) NOT NULL DEFAULT 1,
  `client_id` int(11) NOT NULL,
  `client_need_id` int(11) DEFAULT NULL,
  `intake_event_id` int(11) DEFAULT NULL,
  `items` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`items`)),
  `subtotal` decimal(15,2) NOT NULL,
  `tax` decimal(15,2) DEFAULT 0.00,
  `discount` decimal(15,2) DEFAULT 0.00,
  `total` decimal(15,2) NOT NULL,
  `total_cogs` decimal(15,2) DEFAULT NULL,
  `total_margin` decimal(15,2) DEFAULT NULL,
  `avg_margin_percent` decimal(5,2) DEFAULT NULL,
  `valid_until` date DEFAULT NULL,
  `quoteStatus` enum('DRAFT','SENT','VIEWED','ACCEPTED','REJECTED','EXPIRED','CONVERTED') DEFAULT NULL,
  `paymentTerms` enum('COD','NET_7','NET_15','NET_30','CONSIGNMENT','PARTIAL') NOT NULL,
  `cash_payment` decimal(15,2) DEFAULT 0.00,
  `due_date` date DEFAULT NULL,
  `saleStatus` enum('PENDING','PARTIAL','PAID','OVERDUE','CANCELLED') DEFAULT NULL,
  `invoice_id` int(11) DEFAULT NULL,
  `fulfillmentStatus` enum('PENDING','PACKED','SHIPPED') DEFAULT 'PENDING',
  `packed_at` timestamp NULL DEFAULT NULL,
  `packed_by` int(11) DEFAULT NULL,
  `shipped_at` timestamp NULL DEFAULT NULL,
  `shipped_by` int(11) DEFAULT NULL,
  `converted_from_order_id` int(11) DEFAULT NULL,
  `converted_at` timestamp NULL DEFAULT NULL,
  `confirmed_at` timestamp NULL DEFAULT NULL,
  `related_sample_request_id` int(11) DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `created_by` int(11) NOT NULL,
  `created_at` timestamp NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `orders_order_number_unique` (`order_number`),
  KEY `orders_intake_event_id_calendar_events_id_fk` (`intake_event_id`),
  KEY `orders_packed_by_users_id_fk` (`packed_by`),
  KEY `orders_shipped_by_users_id_fk` (`shipped_by`),
  KEY `orders_converted_from_order_id_orders_id_fk` (`converted_from_order_id`),
  KEY `orders_created_by_users_id_fk` (`created_by`),
  KEY `idx_client_id` (`client_id`),
  KEY `idx_order_type` (`orderType`),
  KEY `idx_is_draft` (`is_draft`),
  KEY `idx_quote_status` (`quoteStatus`),
  KEY `idx_sale_status` (`saleStatus`),
  KEY `idx_fulfillment_status` (`fulfillmentStatus`),
  KEY `idx_created_at` (`created_at`),
  CONSTRAINT `orders_client_id_clients_id_fk` FOREIGN KEY (`client_id`) REFERENCES `clients` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `orders_converted_from_order_id_orders_id_fk` FOREIGN KEY (`converted_from_order_id`) REFERENCES `orders` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `orders_created_by_users_id_fk` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `orders_intake_event_id_calendar_events_id_fk` FOREIGN KEY (`intake_event_id`) REFERENCES `calendar_events` (`id`) ON DELETE SET NULL ON UPDATE NO ACTION,
  CONSTRAINT `orders_packed_by_users_id_fk` FOREIGN KEY (`packed_by`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `orders_shipped_by_users_id_fk` FOREIGN KEY (`shipped_by`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `paymentHistory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `batchId` int(11) NOT NULL,
  `vendorId` int(11) NOT NULL,
  `amount` varchar(20) NOT NULL,
  `paymentDate` timestamp NOT NULL,
  `paymentMethod` varchar(50) DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `recordedBy` int(11) NOT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `paymentMethods` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `code` varchar(50) NOT NULL,
  `name` varchar(100) NOT NULL,
  `description` text DEFAULT NULL,
  `isActive` int(11) NOT NULL DEFAULT 1,
  `sortOrder` int(11) NOT NULL DEFAULT 0,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `paymentMethods_code_unique` (`code`),
  KEY `idx_payment_methods_active` (`isActive`),
  KEY `idx_payment_methods_sort` (`sortOrder`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `payments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `paymentNumber` varchar(50) NOT NULL,
  `paymentType` enum('RECEIVED','SENT') NOT NULL,
  `paymentDate` date NOT NULL,
  `amount` decimal(12,2) NOT NULL,
  `paymentMethod` enum('CASH','CHECK','WIRE','ACH','CREDIT_CARD','DEBIT_CARD','OTHER') NOT NULL,
  `referenceNumber` varchar(100) DEFAULT NULL,
  `bankAccountId` int(11) DEFAULT NULL,
  `customerId` int(11) DEFAULT NULL,
  `vendorId` int(11) DEFAULT NULL,
  `invoiceId` int(11) DEFAULT NULL,
  `billId` int(11) DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `isReconciled` tinyint(1) NOT NULL DEFAULT 0,
  `reconciledAt` timestamp NULL DEFAULT NULL,
  `createdBy` int(11) NOT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `payments_paymentNumber_unique` (`paymentNumber`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `description` text DEFAULT NULL,
  `module` varchar(50) NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `permissions_name_unique` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `pricing_defaults` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `product_category` varchar(100) NOT NULL,
  `default_margin_percent` decimal(5,2) NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `pricing_defaults_product_category_unique` (`product_category`),
  KEY `idx_product_category` (`product_category`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `pricing_profiles` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` text DEFAULT NULL,
  `rules` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`rules`)),
  `created_by` int(11) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `pricing_profiles_created_by_users_id_fk` (`created_by`),
  CONSTRAINT `pricing_profiles_created_by_users_id_fk` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `pricing_rules` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` text DEFAULT NULL,
  `adjustment_type` enum('PERCENT_MARKUP','PERCENT_MARKDOWN','DOLLAR_MARKUP','DOLLAR_MARKDOWN') NOT NULL,
  `adjustment_value` decimal(10,2) NOT NULL,
  `conditions` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`conditions`)),
  `logic_type` enum('AND','OR') DEFAULT 'AND',
  `priority` int(11) DEFAULT 0,
  `is_active` tinyint(1) DEFAULT 1,
  `created_at` timestamp NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `idx_priority` (`priority`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `productMedia` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `productId` int(11) NOT NULL,
  `url` varchar(1000) NOT NULL,
  `type` varchar(50) NOT NULL,
  `filename` varchar(255) NOT NULL,
  `size` int(11) DEFAULT NULL,
  `uploadedBy` int(11) NOT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `productSynonyms` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `productId` int(11) NOT NULL,
  `synonym` varchar(500) NOT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `productTags` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `productId` int(11) NOT NULL,
  `tagId` int(11) NOT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `products` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `brandId` int(11) NOT NULL,
  `strainId` int(11) DEFAULT NULL,
  `nameCanonical` varchar(500) NOT NULL,
  `category` varchar(100) NOT NULL,
  `subcategory` varchar(100) DEFAULT NULL,
  `uomSellable` varchar(20) NOT NULL DEFAULT 'EA',
  `description` text DEFAULT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `purchaseOrderItems` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `purchaseOrderId` int(11) NOT NULL,
  `productId` int(11) NOT NULL,
  `quantityOrdered` decimal(15,4) NOT NULL,
  `quantityReceived` decimal(15,4) DEFAULT 0.0000,
  `unitCost` decimal(15,4) NOT NULL,
  `totalCost` decimal(15,4) NOT NULL,
  `notes` text DEFAULT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `idx_poi_po_id` (`purchaseOrderId`),
  KEY `idx_poi_product_id` (`productId`),
  CONSTRAINT `purchaseOrderItems_productId_products_id_fk` FOREIGN KEY (`productId`) REFERENCES `products` (`id`) ON UPDATE NO ACTION,
  CONSTRAINT `purchaseOrderItems_purchaseOrderId_purchaseOrders_id_fk` FOREIGN KEY (`purchaseOrderId`) REFERENCES `purchaseOrders` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `purchaseOrders` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `poNumber` varchar(50) NOT NULL,
  `vendorId` int(11) NOT NULL,
  `intakeSessionId` int(11) DEFAULT NULL,
  `purchaseOrderStatus` enum('DRAFT','SENT','CONFIRMED','RECEIVING','RECEIVED','CANCELLED') NOT NULL DEFAULT 'DRAFT',
  `orderDate` date NOT NULL,
  `expectedDeliveryDate` date DEFAULT NULL,
  `actualDeliveryDate` date DEFAULT NULL,
  `subtotal` decimal(15,2) DEFAULT 0.00,
  `tax` decimal(15,2) DEFAULT 0.00,
  `shipping` decimal(15,2) DEFAULT 0.00,
  `total` decimal(15,2) DEFAULT 0.00,
  `paymentTerms` varchar(100) DEFAULT NULL,
  `paymentDueDate` date DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `vendorNotes` text DEFAULT NULL,
  `createdBy` int(11) NOT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `sentAt` timestamp NULL DEFAULT NULL,
  `confirmedAt` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `purchaseOrders_poNumber_unique` (`poNumber`),
  KEY `purchaseOrders_intakeSessionId_intake_sessions_id_fk` (`intakeSessionId`),
  KEY `purchaseOrders_createdBy_users_id_fk` (`createdBy`),
  KEY `idx_po_vendor_id` (`vendorId`),
  KEY `idx_po_status` (`purchaseOrderStatus`),
  KEY `idx_po_order_date` (`orderDate`),
  CONSTRAINT `purchaseOrders_createdBy_users_id_fk` FOREIGN KEY (`createdBy`) REFERENCES `users` (`id`) ON UPDATE NO ACTION,
  CONSTRAINT `purchaseOrders_intakeSessionId_intake_sessions_id_fk` FOREIGN KEY (`intakeSessionId`) REFERENCES `intake_sessions` (`id`) ON DELETE SET NULL ON UPDATE NO ACTION,
  CONSTRAINT `purchaseOrders_vendorId_vendors_id_fk` FOREIGN KEY (`vendorId`) REFERENCES `vendors` (`id`) ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `recurring_orders` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `client_id` int(11) NOT NULL,
  `frequency` enum('DAILY','WEEKLY','BIWEEKLY','MONTHLY','QUARTERLY') NOT NULL,
  `day_of_week` int(11) DEFAULT NULL,
  `day_of_month` int(11) DEFAULT NULL,
  `order_template` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`order_template`)),
  `status` enum('ACTIVE','PAUSED','CANCELLED') NOT NULL DEFAULT 'ACTIVE',
  `start_date` date NOT NULL,
  `end_date` date DEFAULT NULL,
  `last_generated_date` date DEFAULT NULL,
  `next_generation_date` date NOT NULL,
  `notify_client` tinyint(1) DEFAULT 1,
  `notify_email` varchar(255) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `created_by` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `recurring_orders_created_by_users_id_fk` (`created_by`),
  KEY `idx_client_id` (`client_id`),
  KEY `idx_status` (`status`),
  KEY `idx_next_generation_date` (`next_generation_date`),
  CONSTRAINT `recurring_orders_client_id_clients_id_fk` FOREIGN KEY (`client_id`) REFERENCES `clients` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `recurring_orders_created_by_users_id_fk` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `returns` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `order_id` int(11) NOT NULL,
  `items` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`items`)),
  `returnReason` enum('DEFECTIVE','WRONG_ITEM','NOT_AS_DESCRIBED','CUSTOMER_CHANGED_MIND','OTHER') NOT NULL,
  `notes` text DEFAULT NULL,
  `processed_by` int(11) NOT NULL,
  `processed_at` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `returns_processed_by_users_id_fk` (`processed_by`),
  KEY `idx_order_id` (`order_id`),
  KEY `idx_processed_at` (`processed_at`),
  CONSTRAINT `returns_order_id_orders_id_fk` FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `returns_processed_by_users_id_fk` FOREIGN KEY (`processed_by`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `role_permissions` (
  `role_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`role_id`,`permission_id`),
  KEY `role_permissions_permission_id_permissions_id_fk` (`permission_id`),
  CONSTRAINT `role_permissions_permission_id_permissions_id_fk` FOREIGN KEY (`permission_id`) REFERENCES `permissions` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `role_permissions_role_id_roles_id_fk` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `roles` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `description` text DEFAULT NULL,
  `is_system_role` int(11) NOT NULL DEFAULT 0,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `roles_name_unique` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `sales` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `batchId` int(11) NOT NULL,
  `productId` int(11) NOT NULL,
  `quantity` varchar(20) NOT NULL,
  `cogsAtSale` varchar(20) NOT NULL,
  `salePrice` varchar(20) NOT NULL,
  `cogsOverride` int(11) NOT NULL DEFAULT 0,
  `customerId` int(11) DEFAULT NULL,
  `saleDate` timestamp NOT NULL,
  `notes` text DEFAULT NULL,
  `createdBy` int(11) NOT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `salesSheetVersions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `templateId` int(11) NOT NULL,
  `versionNumber` int(11) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` text DEFAULT NULL,
  `filters` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`filters`)),
  `selected_items` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`selected_items`)),
  `column_visibility` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`column_visibility`)),
  `changes` text DEFAULT NULL,
  `createdBy` int(11) NOT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `salesSheetVersions_createdBy_users_id_fk` (`createdBy`),
  KEY `idx_sales_sheet_versions_template` (`templateId`,`versionNumber`),
  CONSTRAINT `salesSheetVersions_createdBy_users_id_fk` FOREIGN KEY (`createdBy`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `salesSheetVersions_templateId_sales_sheet_templates_id_fk` FOREIGN KEY (`templateId`) REFERENCES `sales_sheet_templates` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `sales_sheet_history` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `client_id` int(11) NOT NULL,
  `created_by` int(11) NOT NULL,
  `template_id` int(11) DEFAULT NULL,
  `items` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`items`)),
  `total_value` decimal(15,2) NOT NULL,
  `item_count` int(11) NOT NULL,
  `notes` text DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `sales_sheet_history_template_id_sales_sheet_templates_id_fk` (`template_id`),
  KEY `idx_client_id` (`client_id`),
  KEY `idx_created_by` (`created_by`),
  KEY `idx_created_at` (`created_at`),
  CONSTRAINT `sales_sheet_history_client_id_clients_id_fk` FOREIGN KEY (`client_id`) REFERENCES `clients` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `sales_sheet_history_created_by_users_id_fk` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `sales_sheet_history_template_id_sales_sheet_templates_id_fk` FOREIGN KEY (`template_id`) REFERENCES `sales_sheet_templates` (`id`) ON DELETE SET NULL ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `sales_sheet_templates` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` text DEFAULT NULL,
  `client_id` int(11) DEFAULT NULL,
  `filters` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`filters`)),
  `selected_items` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`selected_items`)),
  `column_visibility` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`column_visibility`)),
  `created_by` int(11) NOT NULL,
  `created_at` timestamp NULL DEFAULT current_timestamp(),
  `last_used_at` timestamp NULL DEFAULT NULL,
  `expiration_date` timestamp NULL DEFAULT NULL,
  `is_active` int(11) NOT NULL DEFAULT 1,
  `current_version` int(11) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `idx_client_id` (`client_id`),
  KEY `idx_created_by` (`created_by`),
  CONSTRAINT `sales_sheet_templates_client_id_clients_id_fk` FOREIGN KEY (`client_id`) REFERENCES `clients` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `sales_sheet_templates_created_by_users_id_fk` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `sampleAllocations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `clientId` int(11) NOT NULL,
  `monthYear` varchar(7) NOT NULL,
  `allocatedQuantity` varchar(20) NOT NULL,
  `usedQuantity` varchar(20) NOT NULL DEFAULT '0',
  `remainingQuantity` varchar(20) NOT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `idx_sample_allocations_client_month` (`clientId`,`monthYear`),
  KEY `idx_sample_allocations_unique` (`clientId`,`monthYear`),
  CONSTRAINT `sampleAllocations_clientId_clients_id_fk` FOREIGN KEY (`clientId`) REFERENCES `clients` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `sampleRequests` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `clientId` int(11) NOT NULL,
  `requestedBy` int(11) NOT NULL,
  `requestDate` timestamp NOT NULL DEFAULT current_timestamp(),
  `products` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`products`)),
  `sampleRequestStatus` enum('PENDING','FULFILLED','CANCELLED') NOT NULL DEFAULT 'PENDING',
  `fulfilledDate` timestamp NULL DEFAULT NULL,
  `fulfilledBy` int(11) DEFAULT NULL,
  `cancelledDate` timestamp NULL DEFAULT NULL,
  `cancelledBy` int(11) DEFAULT NULL,
  `cancellationReason` text DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `totalCost` decimal(10,2) DEFAULT NULL,
  `relatedOrderId` int(11) DEFAULT NULL,
  `conversionDate` timestamp NULL DEFAULT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `sampleRequests_requestedBy_users_id_fk` (`requestedBy`),
  KEY `sampleRequests_fulfilledBy_users_id_fk` (`fulfilledBy`),
  KEY `sampleRequests_cancelledBy_users_id_fk` (`cancelledBy`),
  KEY `idx_sample_requests_client` (`clientId`),
  KEY `idx_sample_requests_status` (`sampleRequestStatus`),
  KEY `idx_sample_requests_date` (`requestDate`),
  KEY `idx_sample_requests_order` (`relatedOrderId`),
  CONSTRAINT `sampleRequests_cancelledBy_users_id_fk` FOREIGN KEY (`cancelledBy`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `sampleRequests_clientId_clients_id_fk` FOREIGN KEY (`clientId`) REFERENCES `clients` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `sampleRequests_fulfilledBy_users_id_fk` FOREIGN KEY (`fulfilledBy`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `sampleRequests_relatedOrderId_orders_id_fk` FOREIGN KEY (`relatedOrderId`) REFERENCES `orders` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `sampleRequests_requestedBy_users_id_fk` FOREIGN KEY (`requestedBy`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `sample_inventory_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `batch_id` int(11) NOT NULL,
  `order_id` int(11) DEFAULT NULL,
  `quantity` decimal(15,4) NOT NULL,
  `action` enum('ALLOCATED','RELEASED','CONSUMED') NOT NULL,
  `notes` text DEFAULT NULL,
  `created_by` int(11) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `sample_inventory_log_created_by_users_id_fk` (`created_by`),
  KEY `idx_batch_id` (`batch_id`),
  KEY `idx_order_id` (`order_id`),
  KEY `idx_created_at` (`created_at`),
  CONSTRAINT `sample_inventory_log_batch_id_batches_id_fk` FOREIGN KEY (`batch_id`) REFERENCES `batches` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `sample_inventory_log_created_by_users_id_fk` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `sample_inventory_log_order_id_orders_id_fk` FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `scratch_pad_notes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `userId` int(11) NOT NULL,
  `content` text NOT NULL,
  `isCompleted` tinyint(1) NOT NULL DEFAULT 0,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `completedAt` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `scratch_pad_notes_userId_users_id_fk` (`userId`),
  CONSTRAINT `scratch_pad_notes_userId_users_id_fk` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `sequences` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `prefix` varchar(20) NOT NULL,
  `currentValue` int(11) NOT NULL DEFAULT 0,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `sequences_name_unique` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `strains` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `standardizedName` varchar(255) NOT NULL,
  `aliases` text DEFAULT NULL,
  `category` varchar(50) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `openthcId` varchar(255) DEFAULT NULL,
  `openthcStub` varchar(255) DEFAULT NULL,
  `parentStrainId` int(11) DEFAULT NULL,
  `baseStrainName` varchar(255) DEFAULT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `strains_name_unique` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `subcategories` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `categoryId` int(11) NOT NULL,
  `name` varchar(100) NOT NULL,
  `description` text DEFAULT NULL,
  `isActive` int(11) NOT NULL DEFAULT 1,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `tagGroupMembers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `groupId` int(11) NOT NULL,
  `tagId` int(11) NOT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `tagGroupMembers_tagId_tags_id_fk` (`tagId`),
  KEY `idx_tag_group_members_group_tag` (`groupId`,`tagId`),
  CONSTRAINT `tagGroupMembers_groupId_tagGroups_id_fk` FOREIGN KEY (`groupId`) REFERENCES `tagGroups` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `tagGroupMembers_tagId_tags_id_fk` FOREIGN KEY (`tagId`) REFERENCES `tags` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `tagGroups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `description` text DEFAULT NULL,
  `color` varchar(7) DEFAULT NULL,
  `createdBy` int(11) NOT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `tagGroups_createdBy_users_id_fk` (`createdBy`),
  CONSTRAINT `tagGroups_createdBy_users_id_fk` FOREIGN KEY (`createdBy`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `tagHierarchy` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `parentTagId` int(11) NOT NULL,
  `childTagId` int(11) NOT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `tagHierarchy_childTagId_tags_id_fk` (`childTagId`),
  KEY `idx_tag_hierarchy_parent_child` (`parentTagId`,`childTagId`),
  KEY `idx_tag_hierarchy_unique` (`parentTagId`,`childTagId`),
  CONSTRAINT `tagHierarchy_childTagId_tags_id_fk` FOREIGN KEY (`childTagId`) REFERENCES `tags` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `tagHierarchy_parentTagId_tags_id_fk` FOREIGN KEY (`parentTagId`) REFERENCES `tags` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `tags` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `standardizedName` varchar(100) NOT NULL,
  `category` varchar(50) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `tags_name_unique` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `todo_list_members` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `list_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `role` enum('owner','editor','viewer') NOT NULL DEFAULT 'editor',
  `added_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `added_by` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_list_member` (`list_id`,`user_id`),
  KEY `todo_list_members_added_by_users_id_fk` (`added_by`),
  KEY `idx_user_id` (`user_id`),
  KEY `idx_list_id` (`list_id`),
  CONSTRAINT `todo_list_members_added_by_users_id_fk` FOREIGN KEY (`added_by`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `todo_list_members_list_id_todo_lists_id_fk` FOREIGN KEY (`list_id`) REFERENCES `todo_lists` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `todo_list_members_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `todo_lists` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` text DEFAULT NULL,
  `owner_id` int(11) NOT NULL,
  `is_shared` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `idx_owner_id` (`owner_id`),
  KEY `idx_is_shared` (`is_shared`),
  CONSTRAINT `todo_lists_owner_id_users_id_fk` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `todo_task_activity` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `task_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `action` enum('created','updated','status_changed','assigned','completed','deleted') NOT NULL,
  `field_changed` varchar(100) DEFAULT NULL,
  `old_value` text DEFAULT NULL,
  `new_value` text DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `idx_task_id` (`task_id`),
  KEY `idx_user_id` (`user_id`),
  KEY `idx_created_at` (`created_at`),
  CONSTRAINT `todo_task_activity_task_id_todo_tasks_id_fk` FOREIGN KEY (`task_id`) REFERENCES `todo_tasks` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `todo_task_activity_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `todo_tasks` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `list_id` int(11) NOT NULL,
  `title` varchar(500) NOT NULL,
  `description` text DEFAULT NULL,
  `status` enum('todo','in_progress','done') NOT NULL DEFAULT 'todo',
  `priority` enum('low','medium','high','urgent') DEFAULT 'medium',
  `due_date` timestamp NULL DEFAULT NULL,
  `assigned_to` int(11) DEFAULT NULL,
  `created_by` int(11) NOT NULL,
  `position` int(11) NOT NULL DEFAULT 0,
  `is_completed` tinyint(1) NOT NULL DEFAULT 0,
  `completed_at` timestamp NULL DEFAULT NULL,
  `completed_by` int(11) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `todo_tasks_completed_by_users_id_fk` (`completed_by`),
  KEY `idx_list_id` (`list_id`),
  KEY `idx_assigned_to` (`assigned_to`),
  KEY `idx_status` (`status`),
  KEY `idx_due_date` (`due_date`),
  KEY `idx_created_by` (`created_by`),
  CONSTRAINT `todo_tasks_assigned_to_users_id_fk` FOREIGN KEY (`assigned_to`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE NO ACTION,
  CONSTRAINT `todo_tasks_completed_by_users_id_fk` FOREIGN KEY (`completed_by`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE NO ACTION,
  CONSTRAINT `todo_tasks_created_by_users_id_fk` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `todo_tasks_list_id_todo_lists_id_fk` FOREIGN KEY (`list_id`) REFERENCES `todo_lists` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `transactionLinks` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `parentTransactionId` int(11) NOT NULL,
  `childTransactionId` int(11) NOT NULL,
  `transactionLinkType` enum('REFUND_OF','PAYMENT_FOR','CREDIT_APPLIED_TO','CONVERTED_FROM','PARTIAL_OF','RELATED_TO') NOT NULL,
  `linkAmount` varchar(20) DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `createdBy` int(11) NOT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `transactionLinks_createdBy_users_id_fk` (`createdBy`),
  KEY `idx_transaction_links_parent` (`parentTransactionId`),
  KEY `idx_transaction_links_child` (`childTransactionId`),
  KEY `idx_transaction_links_type` (`transactionLinkType`),
  CONSTRAINT `transactionLinks_childTransactionId_transactions_id_fk` FOREIGN KEY (`childTransactionId`) REFERENCES `transactions` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `transactionLinks_createdBy_users_id_fk` FOREIGN KEY (`createdBy`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `transactionLinks_parentTransactionId_transactions_id_fk` FOREIGN KEY (`parentTransactionId`) REFERENCES `transactions` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `transactions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `transactionNumber` varchar(50) NOT NULL,
  `transactionType` enum('INVOICE','PAYMENT','REFUND','CREDIT','QUOTE','ORDER','SALE') NOT NULL,
  `clientId` int(11) NOT NULL,
  `transactionDate` timestamp NOT NULL,
  `amount` varchar(20) NOT NULL,
  `transactionStatus` enum('DRAFT','PENDING','CONFIRMED','COMPLETED','PARTIAL','PAID','OVERDUE','VOID','WRITTEN_OFF') NOT NULL,
  `notes` text DEFAULT NULL,
  `metadata` text DEFAULT NULL,
  `createdBy` int(11) NOT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `transactions_transactionNumber_unique` (`transactionNumber`),
  KEY `transactions_createdBy_users_id_fk` (`createdBy`),
  KEY `idx_transactions_client_id` (`clientId`),
  KEY `idx_transactions_type` (`transactionType`),
  KEY `idx_transactions_date` (`transactionDate`),
  KEY `idx_transactions_status` (`transactionStatus`),
  CONSTRAINT `transactions_clientId_clients_id_fk` FOREIGN KEY (`clientId`) REFERENCES `clients` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `transactions_createdBy_users_id_fk` FOREIGN KEY (`createdBy`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `userDashboardPreferences` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `userId` int(11) NOT NULL,
  `activeLayout` varchar(50) NOT NULL DEFAULT 'operations',
  `widgetConfig` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`widgetConfig`)),
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `userDashboardPreferences_userId_unique` (`userId`),
  CONSTRAINT `userDashboardPreferences_userId_users_id_fk` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_permission_overrides` (
  `user_id` varchar(255) NOT NULL,
  `permission_id` int(11) NOT NULL,
  `granted` int(11) NOT NULL DEFAULT 1,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`user_id`,`permission_id`),
  KEY `user_permission_overrides_permission_id_permissions_id_fk` (`permission_id`),
  CONSTRAINT `user_permission_overrides_permission_id_permissions_id_fk` FOREIGN KEY (`permission_id`) REFERENCES `permissions` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_roles` (
  `user_id` varchar(255) NOT NULL,
  `role_id` int(11) NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`user_id`,`role_id`),
  KEY `user_roles_role_id_roles_id_fk` (`role_id`),
  CONSTRAINT `user_roles_role_id_roles_id_fk` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `openId` varchar(64) NOT NULL,
  `name` text DEFAULT NULL,
  `email` varchar(320) DEFAULT NULL,
  `loginMethod` varchar(64) DEFAULT NULL,
  `role` enum('user','admin') NOT NULL DEFAULT 'user',
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `lastSignedIn` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_openId_unique` (`openId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `vendorNotes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `vendorId` int(11) NOT NULL,
  `userId` int(11) NOT NULL,
  `note` text NOT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `vendorNotes_vendorId_vendors_id_fk` (`vendorId`),
  KEY `vendorNotes_userId_users_id_fk` (`userId`),
  CONSTRAINT `vendorNotes_userId_users_id_fk` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `vendorNotes_vendorId_vendors_id_fk` FOREIGN KEY (`vendorId`) REFERENCES `vendors` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `vendor_supply` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `vendor_id` int(11) NOT NULL,
  `strain` varchar(255) DEFAULT NULL,
  `product_name` varchar(255) DEFAULT NULL,
  `strain_type` enum('INDICA','SATIVA','HYBRID','CBD') DEFAULT NULL,
  `category` varchar(100) DEFAULT NULL,
  `subcategory` varchar(100) DEFAULT NULL,
  `grade` varchar(50) DEFAULT NULL,
  `quantity_available` decimal(15,4) NOT NULL,
  `unit_price` decimal(15,2) DEFAULT NULL,
  `status` enum('AVAILABLE','RESERVED','PURCHASED','EXPIRED') NOT NULL DEFAULT 'AVAILABLE',
  `available_until` timestamp NULL DEFAULT NULL,
  `reserved_at` timestamp NULL DEFAULT NULL,
  `purchased_at` timestamp NULL DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `internal_notes` text DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `created_by` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `vendor_supply_created_by_users_id_fk` (`created_by`),
  KEY `idx_vendor_id` (`vendor_id`),
  KEY `idx_status` (`status`),
  KEY `idx_strain` (`strain`),
  KEY `idx_product_name_vs` (`product_name`),
  KEY `idx_category` (`category`),
  CONSTRAINT `vendor_supply_created_by_users_id_fk` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON UPDATE NO ACTION,
  CONSTRAINT `vendor_supply_vendor_id_vendors_id_fk` FOREIGN KEY (`vendor_id`) REFERENCES `vendors` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `vendors` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `contactName` varchar(255) DEFAULT NULL,
  `contactEmail` varchar(320) DEFAULT NULL,
  `contactPhone` varchar(50) DEFAULT NULL,
  `paymentTerms` varchar(100) DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `vendors_name_unique` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `vip_portal_auth` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `client_id` int(11) NOT NULL,
  `email` varchar(320) NOT NULL,
  `password_hash` varchar(255) DEFAULT NULL,
  `google_id` varchar(255) DEFAULT NULL,
  `microsoft_id` varchar(255) DEFAULT NULL,
  `session_token` varchar(255) DEFAULT NULL,
  `session_expires_at` timestamp NULL DEFAULT NULL,
  `reset_token` varchar(255) DEFAULT NULL,
  `reset_token_expires_at` timestamp NULL DEFAULT NULL,
  `last_login_at` timestamp NULL DEFAULT NULL,
  `login_count` int(11) NOT NULL DEFAULT 0,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `vip_portal_auth_client_id_unique` (`client_id`),
  UNIQUE KEY `vip_portal_auth_email_unique` (`email`),
  KEY `idx_vip_portal_email` (`email`),
  KEY `idx_vip_portal_session_token` (`session_token`),
  CONSTRAINT `vip_portal_auth_client_id_clients_id_fk` FOREIGN KEY (`client_id`) REFERENCES `clients` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `vip_portal_configurations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `client_id` int(11) NOT NULL,
  `module_dashboard_enabled` tinyint(1) NOT NULL DEFAULT 1,
  `module_live_catalog_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `module_ar_enabled` tinyint(1) NOT NULL DEFAULT 1,
  `module_ap_enabled` tinyint(1) NOT NULL DEFAULT 1,
  `module_transaction_history_enabled` tinyint(1) NOT NULL DEFAULT 1,
  `module_vip_tier_enabled` tinyint(1) NOT NULL DEFAULT 1,
  `module_credit_center_enabled` tinyint(1) NOT NULL DEFAULT 1,
  `module_marketplace_needs_enabled` tinyint(1) NOT NULL DEFAULT 1,
  `module_marketplace_supply_enabled` tinyint(1) NOT NULL DEFAULT 1,
  `features_config` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`features_config`)),
  `advanced_options` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`advanced_options`)),
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `vip_portal_configurations_client_id_unique` (`client_id`),
  KEY `idx_vip_portal_client_id` (`client_id`),
  CONSTRAINT `vip_portal_configurations_client_id_clients_id_fk` FOREIGN KEY (`client_id`) REFERENCES `clients` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `workflow_statuses` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `color` varchar(20) NOT NULL DEFAULT '#6B7280',
  `order` int(11) NOT NULL DEFAULT 0,
  `isActive` int(11) NOT NULL DEFAULT 1,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `workflow_statuses_slug_unique` (`slug`),
  KEY `idx_workflow_statuses_order` (`order`),
  KEY `idx_workflow_statuses_isActive` (`isActive`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

SET FOREIGN_KEY_CHECKS = 1;
