from typing import Optional
import datetime
import decimal
import enum

from sqlalchemy import DECIMAL, Date, Enum, ForeignKeyConstraint, Index, String, TIMESTAMP, Text, text
from sqlalchemy.dialects.mysql import INTEGER, LONGTEXT, TINYINT
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

class Base(DeclarativeBase):
    pass


class AccountsAccounttype(str, enum.Enum):
    ASSET = 'ASSET'
    LIABILITY = 'LIABILITY'
    EQUITY = 'EQUITY'
    REVENUE = 'REVENUE'
    EXPENSE = 'EXPENSE'


class AccountsNormalbalance(str, enum.Enum):
    DEBIT = 'DEBIT'
    CREDIT = 'CREDIT'


class AlertConfigurationsAlertType(str, enum.Enum):
    LOW_STOCK = 'LOW_STOCK'
    EXPIRING_BATCH = 'EXPIRING_BATCH'
    OVERDUE_PAYMENT = 'OVERDUE_PAYMENT'
    HIGH_VALUE_ORDER = 'HIGH_VALUE_ORDER'
    SAMPLE_CONVERSION = 'SAMPLE_CONVERSION'
    CUSTOM = 'CUSTOM'


class AlertConfigurationsDeliveryMethod(str, enum.Enum):
    DASHBOARD = 'DASHBOARD'
    EMAIL = 'EMAIL'
    BOTH = 'BOTH'


class AlertConfigurationsTargetType(str, enum.Enum):
    GLOBAL = 'GLOBAL'
    PRODUCT = 'PRODUCT'
    BATCH = 'BATCH'
    CLIENT = 'CLIENT'
    CATEGORY = 'CATEGORY'


class AlertConfigurationsThresholdOperator(str, enum.Enum):
    LESS_THAN = 'LESS_THAN'
    GREATER_THAN = 'GREATER_THAN'
    EQUALS = 'EQUALS'


class BankaccountsAccounttype(str, enum.Enum):
    CHECKING = 'CHECKING'
    SAVINGS = 'SAVINGS'
    MONEY_MARKET = 'MONEY_MARKET'
    CREDIT_CARD = 'CREDIT_CARD'


class BanktransactionsTransactiontype(str, enum.Enum):
    DEPOSIT = 'DEPOSIT'
    WITHDRAWAL = 'WITHDRAWAL'
    TRANSFER = 'TRANSFER'
    FEE = 'FEE'
    INTEREST = 'INTEREST'


class BatchesBatchstatus(str, enum.Enum):
    AWAITING_INTAKE = 'AWAITING_INTAKE'
    LIVE = 'LIVE'
    PHOTOGRAPHY_COMPLETE = 'PHOTOGRAPHY_COMPLETE'
    ON_HOLD = 'ON_HOLD'
    QUARANTINED = 'QUARANTINED'
    SOLD_OUT = 'SOLD_OUT'
    CLOSED = 'CLOSED'


class BatchesCogsmode(str, enum.Enum):
    FIXED = 'FIXED'
    RANGE = 'RANGE'


class BatchesPaymentterms(str, enum.Enum):
    COD = 'COD'
    NET_7 = 'NET_7'
    NET_15 = 'NET_15'
    NET_30 = 'NET_30'
    CONSIGNMENT = 'CONSIGNMENT'
    PARTIAL = 'PARTIAL'


class BillsStatus(str, enum.Enum):
    DRAFT = 'DRAFT'
    PENDING = 'PENDING'
    APPROVED = 'APPROVED'
    PARTIAL = 'PARTIAL'
    PAID = 'PAID'
    OVERDUE = 'OVERDUE'
    VOID = 'VOID'


class CalendarEventHistoryChangeType(str, enum.Enum):
    CREATED = 'CREATED'
    UPDATED = 'UPDATED'
    DELETED = 'DELETED'
    RESCHEDULED = 'RESCHEDULED'
    CANCELLED = 'CANCELLED'
    COMPLETED = 'COMPLETED'


class CalendarEventParticipantsResponseStatus(str, enum.Enum):
    PENDING = 'PENDING'
    ACCEPTED = 'ACCEPTED'
    DECLINED = 'DECLINED'
    TENTATIVE = 'TENTATIVE'


class CalendarEventParticipantsRole(str, enum.Enum):
    ORGANIZER = 'ORGANIZER'
    REQUIRED = 'REQUIRED'
    OPTIONAL = 'OPTIONAL'
    OBSERVER = 'OBSERVER'


class CalendarEventPermissionsGrantType(str, enum.Enum):
    USER = 'USER'
    ROLE = 'ROLE'
    TEAM = 'TEAM'


class CalendarEventPermissionsPermission(str, enum.Enum):
    VIEW = 'VIEW'
    EDIT = 'EDIT'
    DELETE = 'DELETE'
    MANAGE = 'MANAGE'


class CalendarEventsEventType(str, enum.Enum):
    MEETING = 'MEETING'
    DEADLINE = 'DEADLINE'
    TASK = 'TASK'
    DELIVERY = 'DELIVERY'
    PAYMENT_DUE = 'PAYMENT_DUE'
    FOLLOW_UP = 'FOLLOW_UP'
    AUDIT = 'AUDIT'
    INTAKE = 'INTAKE'
    PHOTOGRAPHY = 'PHOTOGRAPHY'
    BATCH_EXPIRATION = 'BATCH_EXPIRATION'
    RECURRING_ORDER = 'RECURRING_ORDER'
    SAMPLE_REQUEST = 'SAMPLE_REQUEST'
    OTHER = 'OTHER'
    AR_COLLECTION = 'AR_COLLECTION'
    AP_PAYMENT = 'AP_PAYMENT'


class CalendarEventsModule(str, enum.Enum):
    INVENTORY = 'INVENTORY'
    ACCOUNTING = 'ACCOUNTING'
    CLIENTS = 'CLIENTS'
    VENDORS = 'VENDORS'
    ORDERS = 'ORDERS'
    SAMPLES = 'SAMPLES'
    COMPLIANCE = 'COMPLIANCE'
    GENERAL = 'GENERAL'


class CalendarEventsPriority(str, enum.Enum):
    LOW = 'LOW'
    MEDIUM = 'MEDIUM'
    HIGH = 'HIGH'
    URGENT = 'URGENT'


class CalendarEventsStatus(str, enum.Enum):
    SCHEDULED = 'SCHEDULED'
    IN_PROGRESS = 'IN_PROGRESS'
    COMPLETED = 'COMPLETED'
    CANCELLED = 'CANCELLED'


class CalendarEventsVisibility(str, enum.Enum):
    PRIVATE = 'PRIVATE'
    TEAM = 'TEAM'
    COMPANY = 'COMPANY'
    PUBLIC = 'PUBLIC'


class CalendarRecurrenceInstancesStatus(str, enum.Enum):
    GENERATED = 'GENERATED'
    MODIFIED = 'MODIFIED'
    CANCELLED = 'CANCELLED'


class CalendarRecurrenceRulesFrequency(str, enum.Enum):
    DAILY = 'DAILY'
    WEEKLY = 'WEEKLY'
    MONTHLY = 'MONTHLY'
    YEARLY = 'YEARLY'


class CalendarRemindersMethod(str, enum.Enum):
    IN_APP = 'IN_APP'
    EMAIL = 'EMAIL'
    BOTH = 'BOTH'


class CalendarRemindersStatus(str, enum.Enum):
    PENDING = 'PENDING'
    SENT = 'SENT'
    FAILED = 'FAILED'
    CANCELLED = 'CANCELLED'


class CalendarViewsDefaultViewType(str, enum.Enum):
    MONTH = 'MONTH'
    WEEK = 'WEEK'
    DAY = 'DAY'
    AGENDA = 'AGENDA'


class ClientActivityActivityType(str, enum.Enum):
    CREATED = 'CREATED'
    UPDATED = 'UPDATED'
    TRANSACTION_ADDED = 'TRANSACTION_ADDED'
    PAYMENT_RECORDED = 'PAYMENT_RECORDED'
    NOTE_ADDED = 'NOTE_ADDED'
    TAG_ADDED = 'TAG_ADDED'
    TAG_REMOVED = 'TAG_REMOVED'


class ClientCommunicationsCommunicationtype(str, enum.Enum):
    CALL = 'CALL'
    EMAIL = 'EMAIL'
    MEETING = 'MEETING'
    NOTE = 'NOTE'


class ClientCreditLimitsMode(str, enum.Enum):
    LEARNING = 'LEARNING'
    ACTIVE = 'ACTIVE'


class ClientCreditLimitsTrend(str, enum.Enum):
    IMPROVING = 'IMPROVING'
    STABLE = 'STABLE'
    WORSENING = 'WORSENING'


class ClientNeedsPriority(str, enum.Enum):
    LOW = 'LOW'
    MEDIUM = 'MEDIUM'
    HIGH = 'HIGH'
    URGENT = 'URGENT'


class ClientNeedsStatus(str, enum.Enum):
    ACTIVE = 'ACTIVE'
    FULFILLED = 'FULFILLED'
    EXPIRED = 'EXPIRED'
    CANCELLED = 'CANCELLED'


class ClientNeedsStrainType(str, enum.Enum):
    INDICA = 'INDICA'
    SATIVA = 'SATIVA'
    HYBRID = 'HYBRID'
    CBD = 'CBD'
    ANY = 'ANY'


class ClientTransactionsPaymentStatus(str, enum.Enum):
    PAID = 'PAID'
    PENDING = 'PENDING'
    OVERDUE = 'OVERDUE'
    PARTIAL = 'PARTIAL'


class ClientTransactionsTransactionType(str, enum.Enum):
    INVOICE = 'INVOICE'
    PAYMENT = 'PAYMENT'
    QUOTE = 'QUOTE'
    ORDER = 'ORDER'
    REFUND = 'REFUND'
    CREDIT = 'CREDIT'


class ClientsCogsadjustmenttype(str, enum.Enum):
    NONE = 'NONE'
    PERCENTAGE = 'PERCENTAGE'
    FIXED_AMOUNT = 'FIXED_AMOUNT'


class CogsRulesAdjustmentType(str, enum.Enum):
    PERCENTAGE = 'PERCENTAGE'
    FIXED_AMOUNT = 'FIXED_AMOUNT'
    USE_MIN = 'USE_MIN'
    USE_MAX = 'USE_MAX'


class CogsRulesConditionField(str, enum.Enum):
    QUANTITY = 'QUANTITY'
    TOTAL_VALUE = 'TOTAL_VALUE'
    CLIENT_TIER = 'CLIENT_TIER'
    PAYMENT_TERMS = 'PAYMENT_TERMS'


class CogsRulesConditionOperator(str, enum.Enum):
    GT = 'GT'
    GTE = 'GTE'
    LT = 'LT'
    LTE = 'LTE'
    EQ = 'EQ'


class CreditAuditLogEventType(str, enum.Enum):
    LIMIT_CALCULATED = 'LIMIT_CALCULATED'
    LIMIT_INCREASED = 'LIMIT_INCREASED'
    LIMIT_DECREASED = 'LIMIT_DECREASED'
    MODE_CHANGED = 'MODE_CHANGED'
    MANUAL_OVERRIDE = 'MANUAL_OVERRIDE'
    EXPOSURE_EXCEEDED = 'EXPOSURE_EXCEEDED'


class CreditsCreditstatus(str, enum.Enum):
    ACTIVE = 'ACTIVE'
    PARTIALLY_USED = 'PARTIALLY_USED'
    FULLY_USED = 'FULLY_USED'
    EXPIRED = 'EXPIRED'
    VOID = 'VOID'


class DashboardKpiConfigsRole(str, enum.Enum):
    USER = 'user'
    ADMIN = 'admin'


class DashboardWidgetLayoutsRole(str, enum.Enum):
    USER = 'user'
    ADMIN = 'admin'


class ExpensesPaymentmethod(str, enum.Enum):
    CASH = 'CASH'
    CHECK = 'CHECK'
    CREDIT_CARD = 'CREDIT_CARD'
    DEBIT_CARD = 'DEBIT_CARD'
    BANK_TRANSFER = 'BANK_TRANSFER'
    OTHER = 'OTHER'


class FiscalperiodsStatus(str, enum.Enum):
    OPEN = 'OPEN'
    CLOSED = 'CLOSED'
    LOCKED = 'LOCKED'


class InboxItemsSourceType(str, enum.Enum):
    MENTION = 'mention'
    TASK_ASSIGNMENT = 'task_assignment'
    TASK_UPDATE = 'task_update'


class InboxItemsStatus(str, enum.Enum):
    UNREAD = 'unread'
    SEEN = 'seen'
    COMPLETED = 'completed'


class IntakeSessionsPaymentterms(str, enum.Enum):
    COD = 'COD'
    NET_7 = 'NET_7'
    NET_15 = 'NET_15'
    NET_30 = 'NET_30'
    CONSIGNMENT = 'CONSIGNMENT'
    PARTIAL = 'PARTIAL'


class IntakeSessionsStatus(str, enum.Enum):
    IN_PROGRESS = 'IN_PROGRESS'
    COMPLETED = 'COMPLETED'
    CANCELLED = 'CANCELLED'


class InventoryalertsAlertseverity(str, enum.Enum):
    LOW = 'LOW'
    MEDIUM = 'MEDIUM'
    HIGH = 'HIGH'


class InventoryalertsAlertstatus(str, enum.Enum):
    ACTIVE = 'ACTIVE'
    ACKNOWLEDGED = 'ACKNOWLEDGED'
    RESOLVED = 'RESOLVED'


class InventoryalertsInventoryalerttype(str, enum.Enum):
    LOW_STOCK = 'LOW_STOCK'
    EXPIRING = 'EXPIRING'
    OVERSTOCK = 'OVERSTOCK'
    SLOW_MOVING = 'SLOW_MOVING'


class InventorymovementsAdjustmentreason(str, enum.Enum):
    DAMAGED = 'DAMAGED'
    EXPIRED = 'EXPIRED'
    LOST = 'LOST'
    THEFT = 'THEFT'
    COUNT_DISCREPANCY = 'COUNT_DISCREPANCY'
    QUALITY_ISSUE = 'QUALITY_ISSUE'
    REWEIGH = 'REWEIGH'
    OTHER = 'OTHER'


class InventorymovementsInventorymovementtype(str, enum.Enum):
    INTAKE = 'INTAKE'
    SALE = 'SALE'
    RETURN = 'RETURN'
    REFUND_RETURN = 'REFUND_RETURN'
    ADJUSTMENT = 'ADJUSTMENT'
    QUARANTINE = 'QUARANTINE'
    RELEASE_FROM_QUARANTINE = 'RELEASE_FROM_QUARANTINE'
    DISPOSAL = 'DISPOSAL'
    TRANSFER = 'TRANSFER'
    SAMPLE = 'SAMPLE'


class InvoicesStatus(str, enum.Enum):
    DRAFT = 'DRAFT'
    SENT = 'SENT'
    VIEWED = 'VIEWED'
    PARTIAL = 'PARTIAL'
    PAID = 'PAID'
    OVERDUE = 'OVERDUE'
    VOID = 'VOID'


class MatchRecordsMatchType(str, enum.Enum):
    EXACT = 'EXACT'
    CLOSE = 'CLOSE'
    HISTORICAL = 'HISTORICAL'


class MatchRecordsUserAction(str, enum.Enum):
    CREATED_QUOTE = 'CREATED_QUOTE'
    CONTACTED_VENDOR = 'CONTACTED_VENDOR'
    DISMISSED = 'DISMISSED'
    NONE = 'NONE'


class NoteActivityActivitytype(str, enum.Enum):
    CREATED = 'CREATED'
    UPDATED = 'UPDATED'
    COMMENTED = 'COMMENTED'
    SHARED = 'SHARED'
    ARCHIVED = 'ARCHIVED'
    RESTORED = 'RESTORED'
    PINNED = 'PINNED'
    UNPINNED = 'UNPINNED'
    TEMPLATE_APPLIED = 'TEMPLATE_APPLIED'


class OrderLineItemsMarginSource(str, enum.Enum):
    CUSTOMER_PROFILE = 'CUSTOMER_PROFILE'
    DEFAULT = 'DEFAULT'
    MANUAL = 'MANUAL'


class OrderStatusHistoryFulfillmentstatus(str, enum.Enum):
    PENDING = 'PENDING'
    PACKED = 'PACKED'
    SHIPPED = 'SHIPPED'


class OrdersFulfillmentstatus(str, enum.Enum):
    PENDING = 'PENDING'
    PACKED = 'PACKED'
    SHIPPED = 'SHIPPED'


class OrdersOrdertype(str, enum.Enum):
    QUOTE = 'QUOTE'
    SALE = 'SALE'


class OrdersPaymentterms(str, enum.Enum):
    COD = 'COD'
    NET_7 = 'NET_7'
    NET_15 = 'NET_15'
    NET_30 = 'NET_30'
    CONSIGNMENT = 'CONSIGNMENT'
    PARTIAL = 'PARTIAL'


class OrdersQuotestatus(str, enum.Enum):
    DRAFT = 'DRAFT'
    SENT = 'SENT'
    VIEWED = 'VIEWED'
    ACCEPTED = 'ACCEPTED'
    REJECTED = 'REJECTED'
    EXPIRED = 'EXPIRED'
    CONVERTED = 'CONVERTED'


class OrdersSalestatus(str, enum.Enum):
    PENDING = 'PENDING'
    PARTIAL = 'PARTIAL'
    PAID = 'PAID'
    OVERDUE = 'OVERDUE'
    CANCELLED = 'CANCELLED'


class PaymentsPaymentmethod(str, enum.Enum):
    CASH = 'CASH'
    CHECK = 'CHECK'
    WIRE = 'WIRE'
    ACH = 'ACH'
    CREDIT_CARD = 'CREDIT_CARD'
    DEBIT_CARD = 'DEBIT_CARD'
    OTHER = 'OTHER'


class PaymentsPaymenttype(str, enum.Enum):
    RECEIVED = 'RECEIVED'
    SENT = 'SENT'


class PricingRulesAdjustmentType(str, enum.Enum):
    PERCENT_MARKUP = 'PERCENT_MARKUP'
    PERCENT_MARKDOWN = 'PERCENT_MARKDOWN'
    DOLLAR_MARKUP = 'DOLLAR_MARKUP'
    DOLLAR_MARKDOWN = 'DOLLAR_MARKDOWN'


class PricingRulesLogicType(str, enum.Enum):
    AND = 'AND'
    OR = 'OR'


class PurchaseordersPurchaseorderstatus(str, enum.Enum):
    DRAFT = 'DRAFT'
    SENT = 'SENT'
    CONFIRMED = 'CONFIRMED'
    RECEIVING = 'RECEIVING'
    RECEIVED = 'RECEIVED'
    CANCELLED = 'CANCELLED'


class RecurringOrdersFrequency(str, enum.Enum):
    DAILY = 'DAILY'
    WEEKLY = 'WEEKLY'
    BIWEEKLY = 'BIWEEKLY'
    MONTHLY = 'MONTHLY'
    QUARTERLY = 'QUARTERLY'


class RecurringOrdersStatus(str, enum.Enum):
    ACTIVE = 'ACTIVE'
    PAUSED = 'PAUSED'
    CANCELLED = 'CANCELLED'


class ReturnsReturnreason(str, enum.Enum):
    DEFECTIVE = 'DEFECTIVE'
    WRONG_ITEM = 'WRONG_ITEM'
    NOT_AS_DESCRIBED = 'NOT_AS_DESCRIBED'
    CUSTOMER_CHANGED_MIND = 'CUSTOMER_CHANGED_MIND'
    OTHER = 'OTHER'


class SampleInventoryLogAction(str, enum.Enum):
    ALLOCATED = 'ALLOCATED'
    RELEASED = 'RELEASED'
    CONSUMED = 'CONSUMED'


class SamplerequestsSamplerequeststatus(str, enum.Enum):
    PENDING = 'PENDING'
    FULFILLED = 'FULFILLED'
    CANCELLED = 'CANCELLED'


class TodoListMembersRole(str, enum.Enum):
    OWNER = 'owner'
    EDITOR = 'editor'
    VIEWER = 'viewer'


class TodoTaskActivityAction(str, enum.Enum):
    CREATED = 'created'
    UPDATED = 'updated'
    STATUS_CHANGED = 'status_changed'
    ASSIGNED = 'assigned'
    COMPLETED = 'completed'
    DELETED = 'deleted'


class TodoTasksPriority(str, enum.Enum):
    LOW = 'low'
    MEDIUM = 'medium'
    HIGH = 'high'
    URGENT = 'urgent'


class TodoTasksStatus(str, enum.Enum):
    TODO = 'todo'
    IN_PROGRESS = 'in_progress'
    DONE = 'done'


class TransactionlinksTransactionlinktype(str, enum.Enum):
    REFUND_OF = 'REFUND_OF'
    PAYMENT_FOR = 'PAYMENT_FOR'
    CREDIT_APPLIED_TO = 'CREDIT_APPLIED_TO'
    CONVERTED_FROM = 'CONVERTED_FROM'
    PARTIAL_OF = 'PARTIAL_OF'
    RELATED_TO = 'RELATED_TO'


class TransactionsTransactionstatus(str, enum.Enum):
    DRAFT = 'DRAFT'
    PENDING = 'PENDING'
    CONFIRMED = 'CONFIRMED'
    COMPLETED = 'COMPLETED'
    PARTIAL = 'PARTIAL'
    PAID = 'PAID'
    OVERDUE = 'OVERDUE'
    VOID = 'VOID'
    WRITTEN_OFF = 'WRITTEN_OFF'


class TransactionsTransactiontype(str, enum.Enum):
    INVOICE = 'INVOICE'
    PAYMENT = 'PAYMENT'
    REFUND = 'REFUND'
    CREDIT = 'CREDIT'
    QUOTE = 'QUOTE'
    ORDER = 'ORDER'
    SALE = 'SALE'


class UsersRole(str, enum.Enum):
    USER = 'user'
    ADMIN = 'admin'


class VendorSupplyStatus(str, enum.Enum):
    AVAILABLE = 'AVAILABLE'
    RESERVED = 'RESERVED'
    PURCHASED = 'PURCHASED'
    EXPIRED = 'EXPIRED'


class VendorSupplyStrainType(str, enum.Enum):
    INDICA = 'INDICA'
    SATIVA = 'SATIVA'
    HYBRID = 'HYBRID'
    CBD = 'CBD'


class Accounts(Base):
    __tablename__ = 'accounts'
    __table_args__ = (
        Index('accounts_accountNumber_unique', 'accountNumber', unique=True),
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    accountNumber: Mapped[str] = mapped_column(String(20), nullable=False)
    accountName: Mapped[str] = mapped_column(String(255), nullable=False)
    accountType: Mapped[AccountsAccounttype] = mapped_column(Enum(AccountsAccounttype, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    isActive: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('1'))
    normalBalance: Mapped[AccountsNormalbalance] = mapped_column(Enum(AccountsNormalbalance, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updatedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    parentAccountId: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    description: Mapped[Optional[str]] = mapped_column(Text)


class AuditLogs(Base):
    __tablename__ = 'auditLogs'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    actorId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    entity: Mapped[str] = mapped_column(String(50), nullable=False)
    entityId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    action: Mapped[str] = mapped_column(String(100), nullable=False)
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    before: Mapped[Optional[str]] = mapped_column(Text)
    after: Mapped[Optional[str]] = mapped_column(Text)
    reason: Mapped[Optional[str]] = mapped_column(Text)


class BankAccounts(Base):
    __tablename__ = 'bankAccounts'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    accountName: Mapped[str] = mapped_column(String(255), nullable=False)
    accountNumber: Mapped[str] = mapped_column(String(50), nullable=False)
    bankName: Mapped[str] = mapped_column(String(255), nullable=False)
    accountType: Mapped[BankaccountsAccounttype] = mapped_column(Enum(BankaccountsAccounttype, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    currency: Mapped[str] = mapped_column(String(3), nullable=False, server_default=text("'USD'"))
    currentBalance: Mapped[decimal.Decimal] = mapped_column(DECIMAL(12, 2), nullable=False, server_default=text('0.00'))
    isActive: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('1'))
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updatedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    ledgerAccountId: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    notes: Mapped[Optional[str]] = mapped_column(Text)


class BankTransactions(Base):
    __tablename__ = 'bankTransactions'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    bankAccountId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    transactionDate: Mapped[datetime.date] = mapped_column(Date, nullable=False)
    transactionType: Mapped[BanktransactionsTransactiontype] = mapped_column(Enum(BanktransactionsTransactiontype, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    amount: Mapped[decimal.Decimal] = mapped_column(DECIMAL(12, 2), nullable=False)
    isReconciled: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('0'))
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    description: Mapped[Optional[str]] = mapped_column(Text)
    referenceNumber: Mapped[Optional[str]] = mapped_column(String(100))
    paymentId: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    reconciledAt: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)


class BatchLocations(Base):
    __tablename__ = 'batchLocations'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    batchId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    site: Mapped[str] = mapped_column(String(100), nullable=False)
    qty: Mapped[str] = mapped_column(String(20), nullable=False)
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updatedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    zone: Mapped[Optional[str]] = mapped_column(String(100))
    rack: Mapped[Optional[str]] = mapped_column(String(100))
    shelf: Mapped[Optional[str]] = mapped_column(String(100))
    bin: Mapped[Optional[str]] = mapped_column(String(100))


class BillLineItems(Base):
    __tablename__ = 'billLineItems'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    billId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False)
    quantity: Mapped[decimal.Decimal] = mapped_column(DECIMAL(10, 2), nullable=False)
    unitPrice: Mapped[decimal.Decimal] = mapped_column(DECIMAL(12, 2), nullable=False)
    taxRate: Mapped[decimal.Decimal] = mapped_column(DECIMAL(5, 2), nullable=False, server_default=text('0.00'))
    discountPercent: Mapped[decimal.Decimal] = mapped_column(DECIMAL(5, 2), nullable=False, server_default=text('0.00'))
    lineTotal: Mapped[decimal.Decimal] = mapped_column(DECIMAL(12, 2), nullable=False)
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    productId: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    lotId: Mapped[Optional[int]] = mapped_column(INTEGER(11))


class Bills(Base):
    __tablename__ = 'bills'
    __table_args__ = (
        Index('bills_billNumber_unique', 'billNumber', unique=True),
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    billNumber: Mapped[str] = mapped_column(String(50), nullable=False)
    vendorId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    billDate: Mapped[datetime.date] = mapped_column(Date, nullable=False)
    dueDate: Mapped[datetime.date] = mapped_column(Date, nullable=False)
    subtotal: Mapped[decimal.Decimal] = mapped_column(DECIMAL(12, 2), nullable=False)
    taxAmount: Mapped[decimal.Decimal] = mapped_column(DECIMAL(12, 2), nullable=False, server_default=text('0.00'))
    discountAmount: Mapped[decimal.Decimal] = mapped_column(DECIMAL(12, 2), nullable=False, server_default=text('0.00'))
    totalAmount: Mapped[decimal.Decimal] = mapped_column(DECIMAL(12, 2), nullable=False)
    amountPaid: Mapped[decimal.Decimal] = mapped_column(DECIMAL(12, 2), nullable=False, server_default=text('0.00'))
    amountDue: Mapped[decimal.Decimal] = mapped_column(DECIMAL(12, 2), nullable=False)
    status: Mapped[BillsStatus] = mapped_column(Enum(BillsStatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'DRAFT'"))
    createdBy: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updatedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    paymentTerms: Mapped[Optional[str]] = mapped_column(String(100))
    notes: Mapped[Optional[str]] = mapped_column(Text)
    referenceType: Mapped[Optional[str]] = mapped_column(String(50))
    referenceId: Mapped[Optional[int]] = mapped_column(INTEGER(11))


class Brands(Base):
    __tablename__ = 'brands'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(255), nullable=False)
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updatedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    vendorId: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    description: Mapped[Optional[str]] = mapped_column(Text)


class Categories(Base):
    __tablename__ = 'categories'
    __table_args__ = (
        Index('categories_name_unique', 'name', unique=True),
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    isActive: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('1'))
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updatedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    description: Mapped[Optional[str]] = mapped_column(Text)


class Clients(Base):
    __tablename__ = 'clients'
    __table_args__ = (
        Index('clients_teri_code_unique', 'teri_code', unique=True),
        Index('idx_teri_code', 'teri_code'),
        Index('idx_total_owed', 'total_owed')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    teri_code: Mapped[str] = mapped_column(String(50), nullable=False)
    name: Mapped[str] = mapped_column(String(255), nullable=False)
    email: Mapped[Optional[str]] = mapped_column(String(255))
    phone: Mapped[Optional[str]] = mapped_column(String(50))
    address: Mapped[Optional[str]] = mapped_column(Text)
    is_buyer: Mapped[Optional[int]] = mapped_column(TINYINT(1), server_default=text('0'))
    is_seller: Mapped[Optional[int]] = mapped_column(TINYINT(1), server_default=text('0'))
    is_brand: Mapped[Optional[int]] = mapped_column(TINYINT(1), server_default=text('0'))
    is_referee: Mapped[Optional[int]] = mapped_column(TINYINT(1), server_default=text('0'))
    is_contractor: Mapped[Optional[int]] = mapped_column(TINYINT(1), server_default=text('0'))
    tags: Mapped[Optional[str]] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'))
    pricing_profile_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    custom_pricing_rules: Mapped[Optional[str]] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'))
    cogsAdjustmentType: Mapped[Optional[ClientsCogsadjustmenttype]] = mapped_column(Enum(ClientsCogsadjustmenttype, values_callable=lambda cls: [member.value for member in cls]), server_default=text("'NONE'"))
    cogs_adjustment_value: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(10, 4), server_default=text('0.0000'))
    auto_defer_consignment: Mapped[Optional[int]] = mapped_column(TINYINT(1), server_default=text('0'))
    total_spent: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(15, 2), server_default=text('0.00'))
    total_profit: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(15, 2), server_default=text('0.00'))
    avg_profit_margin: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(5, 2), server_default=text('0.00'))
    total_owed: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(15, 2), server_default=text('0.00'))
    oldest_debt_days: Mapped[Optional[int]] = mapped_column(INTEGER(11), server_default=text('0'))
    vip_portal_enabled: Mapped[Optional[int]] = mapped_column(TINYINT(1), server_default=text('0'))
    vip_portal_last_login: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    created_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text('current_timestamp()'))
    updated_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))

    calendar_events: Mapped[list['CalendarEvents']] = relationship('CalendarEvents', back_populates='client')
    client_activity: Mapped[list['ClientActivity']] = relationship('ClientActivity', back_populates='client')
    client_catalog_views: Mapped[list['ClientCatalogViews']] = relationship('ClientCatalogViews', back_populates='client')
    client_communications: Mapped[list['ClientCommunications']] = relationship('ClientCommunications', back_populates='client')
    client_credit_limits: Mapped[list['ClientCreditLimits']] = relationship('ClientCreditLimits', back_populates='client')
    client_draft_interests: Mapped[list['ClientDraftInterests']] = relationship('ClientDraftInterests', back_populates='client')
    client_interest_lists: Mapped[list['ClientInterestLists']] = relationship('ClientInterestLists', back_populates='client')
    client_needs: Mapped[list['ClientNeeds']] = relationship('ClientNeeds', back_populates='client')
    client_price_alerts: Mapped[list['ClientPriceAlerts']] = relationship('ClientPriceAlerts', back_populates='client')
    client_transactions: Mapped[list['ClientTransactions']] = relationship('ClientTransactions', back_populates='client')
    credit_audit_log: Mapped[list['CreditAuditLog']] = relationship('CreditAuditLog', back_populates='client')
    credit_signal_history: Mapped[list['CreditSignalHistory']] = relationship('CreditSignalHistory', back_populates='client')
    intake_sessions: Mapped[list['IntakeSessions']] = relationship('IntakeSessions', back_populates='vendor')
    recurring_orders: Mapped[list['RecurringOrders']] = relationship('RecurringOrders', back_populates='client')
    sales_sheet_templates: Mapped[list['SalesSheetTemplates']] = relationship('SalesSheetTemplates', back_populates='client')
    sampleAllocations: Mapped[list['SampleAllocations']] = relationship('SampleAllocations', back_populates='clients')
    transactions: Mapped[list['Transactions']] = relationship('Transactions', back_populates='clients')
    vip_portal_auth: Mapped[list['VipPortalAuth']] = relationship('VipPortalAuth', back_populates='client')
    vip_portal_configurations: Mapped[list['VipPortalConfigurations']] = relationship('VipPortalConfigurations', back_populates='client')
    client_notes: Mapped[list['ClientNotes']] = relationship('ClientNotes', back_populates='client')
    credits: Mapped[list['Credits']] = relationship('Credits', back_populates='clients')
    orders: Mapped[list['Orders']] = relationship('Orders', back_populates='client')
    sales_sheet_history: Mapped[list['SalesSheetHistory']] = relationship('SalesSheetHistory', back_populates='client')
    match_records: Mapped[list['MatchRecords']] = relationship('MatchRecords', back_populates='client')
    sampleRequests: Mapped[list['SampleRequests']] = relationship('SampleRequests', back_populates='clients')


class CogsHistory(Base):
    __tablename__ = 'cogsHistory'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    batchId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    newCogs: Mapped[str] = mapped_column(String(20), nullable=False)
    changeType: Mapped[str] = mapped_column(String(50), nullable=False)
    changedBy: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    oldCogs: Mapped[Optional[str]] = mapped_column(String(20))
    affectedSalesCount: Mapped[Optional[int]] = mapped_column(INTEGER(11), server_default=text('0'))
    reason: Mapped[Optional[str]] = mapped_column(Text)


class CogsRules(Base):
    __tablename__ = 'cogs_rules'
    __table_args__ = (
        Index('idx_is_active', 'is_active'),
        Index('idx_priority', 'priority')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(255), nullable=False)
    description: Mapped[Optional[str]] = mapped_column(Text)
    condition_field: Mapped[Optional[CogsRulesConditionField]] = mapped_column(Enum(CogsRulesConditionField, values_callable=lambda cls: [member.value for member in cls]))
    condition_operator: Mapped[Optional[CogsRulesConditionOperator]] = mapped_column(Enum(CogsRulesConditionOperator, values_callable=lambda cls: [member.value for member in cls]))
    condition_value: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(15, 4))
    adjustment_type: Mapped[Optional[CogsRulesAdjustmentType]] = mapped_column(Enum(CogsRulesAdjustmentType, values_callable=lambda cls: [member.value for member in cls]))
    adjustment_value: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(10, 4))
    priority: Mapped[Optional[int]] = mapped_column(INTEGER(11), server_default=text('0'))
    is_active: Mapped[Optional[int]] = mapped_column(TINYINT(1), server_default=text('1'))
    created_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text('current_timestamp()'))
    updated_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))


class DashboardKpiConfigs(Base):
    __tablename__ = 'dashboard_kpi_configs'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    role: Mapped[DashboardKpiConfigsRole] = mapped_column(Enum(DashboardKpiConfigsRole, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    kpiType: Mapped[str] = mapped_column(String(100), nullable=False)
    position: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    isVisible: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('1'))
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updatedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))


class Deployments(Base):
    __tablename__ = 'deployments'
    __table_args__ = (
        Index('idx_deployments_branch', 'branch'),
        Index('idx_deployments_commit_sha', 'commitSha'),
        Index('idx_deployments_status', 'status')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    commitSha: Mapped[str] = mapped_column(String(40), nullable=False)
    commitMessage: Mapped[str] = mapped_column(Text, nullable=False)
    commitTimestamp: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False)
    branch: Mapped[str] = mapped_column(String(255), nullable=False)
    author: Mapped[str] = mapped_column(String(255), nullable=False)
    pusher: Mapped[str] = mapped_column(String(255), nullable=False)
    status: Mapped[str] = mapped_column(String(50), nullable=False, server_default=text("'pending'"))
    startedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    completedAt: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    duration: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    doDeploymentId: Mapped[Optional[str]] = mapped_column(String(255))
    buildLogs: Mapped[Optional[str]] = mapped_column(Text)
    deploymentUrl: Mapped[Optional[str]] = mapped_column(String(500))
    errorMessage: Mapped[Optional[str]] = mapped_column(Text)
    githubDeliveryId: Mapped[Optional[str]] = mapped_column(String(255))
    webhookPayload: Mapped[Optional[str]] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'))


class ExpenseCategories(Base):
    __tablename__ = 'expenseCategories'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    categoryName: Mapped[str] = mapped_column(String(255), nullable=False)
    isActive: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('1'))
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updatedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    parentCategoryId: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    ledgerAccountId: Mapped[Optional[int]] = mapped_column(INTEGER(11))


class Expenses(Base):
    __tablename__ = 'expenses'
    __table_args__ = (
        Index('expenses_expenseNumber_unique', 'expenseNumber', unique=True),
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    expenseNumber: Mapped[str] = mapped_column(String(50), nullable=False)
    expenseDate: Mapped[datetime.date] = mapped_column(Date, nullable=False)
    categoryId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    amount: Mapped[decimal.Decimal] = mapped_column(DECIMAL(12, 2), nullable=False)
    taxAmount: Mapped[decimal.Decimal] = mapped_column(DECIMAL(12, 2), nullable=False, server_default=text('0.00'))
    totalAmount: Mapped[decimal.Decimal] = mapped_column(DECIMAL(12, 2), nullable=False)
    paymentMethod: Mapped[ExpensesPaymentmethod] = mapped_column(Enum(ExpensesPaymentmethod, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    isReimbursable: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('0'))
    isReimbursed: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('0'))
    createdBy: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updatedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    vendorId: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    bankAccountId: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    description: Mapped[Optional[str]] = mapped_column(Text)
    receiptUrl: Mapped[Optional[str]] = mapped_column(String(500))
    billId: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    reimbursedAt: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)


class FiscalPeriods(Base):
    __tablename__ = 'fiscalPeriods'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    periodName: Mapped[str] = mapped_column(String(100), nullable=False)
    startDate: Mapped[datetime.date] = mapped_column(Date, nullable=False)
    endDate: Mapped[datetime.date] = mapped_column(Date, nullable=False)
    fiscalYear: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    status: Mapped[FiscalperiodsStatus] = mapped_column(Enum(FiscalperiodsStatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'OPEN'"))
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updatedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    closedAt: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    closedBy: Mapped[Optional[int]] = mapped_column(INTEGER(11))


class Grades(Base):
    __tablename__ = 'grades'
    __table_args__ = (
        Index('grades_name_unique', 'name', unique=True),
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(50), nullable=False)
    isActive: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('1'))
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updatedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    description: Mapped[Optional[str]] = mapped_column(Text)
    sortOrder: Mapped[Optional[int]] = mapped_column(INTEGER(11), server_default=text('0'))


class InvoiceLineItems(Base):
    __tablename__ = 'invoiceLineItems'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    invoiceId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False)
    quantity: Mapped[decimal.Decimal] = mapped_column(DECIMAL(10, 2), nullable=False)
    unitPrice: Mapped[decimal.Decimal] = mapped_column(DECIMAL(12, 2), nullable=False)
    taxRate: Mapped[decimal.Decimal] = mapped_column(DECIMAL(5, 2), nullable=False, server_default=text('0.00'))
    discountPercent: Mapped[decimal.Decimal] = mapped_column(DECIMAL(5, 2), nullable=False, server_default=text('0.00'))
    lineTotal: Mapped[decimal.Decimal] = mapped_column(DECIMAL(12, 2), nullable=False)
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    productId: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    batchId: Mapped[Optional[int]] = mapped_column(INTEGER(11))


class Invoices(Base):
    __tablename__ = 'invoices'
    __table_args__ = (
        Index('invoices_invoiceNumber_unique', 'invoiceNumber', unique=True),
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    invoiceNumber: Mapped[str] = mapped_column(String(50), nullable=False)
    customerId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    invoiceDate: Mapped[datetime.date] = mapped_column(Date, nullable=False)
    dueDate: Mapped[datetime.date] = mapped_column(Date, nullable=False)
    subtotal: Mapped[decimal.Decimal] = mapped_column(DECIMAL(12, 2), nullable=False)
    taxAmount: Mapped[decimal.Decimal] = mapped_column(DECIMAL(12, 2), nullable=False, server_default=text('0.00'))
    discountAmount: Mapped[decimal.Decimal] = mapped_column(DECIMAL(12, 2), nullable=False, server_default=text('0.00'))
    totalAmount: Mapped[decimal.Decimal] = mapped_column(DECIMAL(12, 2), nullable=False)
    amountPaid: Mapped[decimal.Decimal] = mapped_column(DECIMAL(12, 2), nullable=False, server_default=text('0.00'))
    amountDue: Mapped[decimal.Decimal] = mapped_column(DECIMAL(12, 2), nullable=False)
    status: Mapped[InvoicesStatus] = mapped_column(Enum(InvoicesStatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'DRAFT'"))
    createdBy: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updatedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    paymentTerms: Mapped[Optional[str]] = mapped_column(String(100))
    notes: Mapped[Optional[str]] = mapped_column(Text)
    referenceType: Mapped[Optional[str]] = mapped_column(String(50))
    referenceId: Mapped[Optional[int]] = mapped_column(INTEGER(11))


class LedgerEntries(Base):
    __tablename__ = 'ledgerEntries'
    __table_args__ = (
        Index('ledgerEntries_entryNumber_unique', 'entryNumber', unique=True),
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    entryNumber: Mapped[str] = mapped_column(String(50), nullable=False)
    entryDate: Mapped[datetime.date] = mapped_column(Date, nullable=False)
    accountId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    debit: Mapped[decimal.Decimal] = mapped_column(DECIMAL(12, 2), nullable=False, server_default=text('0.00'))
    credit: Mapped[decimal.Decimal] = mapped_column(DECIMAL(12, 2), nullable=False, server_default=text('0.00'))
    fiscalPeriodId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    isManual: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('0'))
    isPosted: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('0'))
    createdBy: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    description: Mapped[Optional[str]] = mapped_column(Text)
    referenceType: Mapped[Optional[str]] = mapped_column(String(50))
    referenceId: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    postedAt: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    postedBy: Mapped[Optional[int]] = mapped_column(INTEGER(11))


class Locations(Base):
    __tablename__ = 'locations'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    site: Mapped[str] = mapped_column(String(100), nullable=False)
    isActive: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('1'))
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updatedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    zone: Mapped[Optional[str]] = mapped_column(String(100))
    rack: Mapped[Optional[str]] = mapped_column(String(100))
    shelf: Mapped[Optional[str]] = mapped_column(String(100))
    bin: Mapped[Optional[str]] = mapped_column(String(100))


class Lots(Base):
    __tablename__ = 'lots'
    __table_args__ = (
        Index('lots_code_unique', 'code', unique=True),
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(String(50), nullable=False)
    vendorId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    date: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False)
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updatedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    notes: Mapped[Optional[str]] = mapped_column(Text)


class OrderAuditLog(Base):
    __tablename__ = 'order_audit_log'
    __table_args__ = (
        Index('idx_order_id', 'order_id'),
        Index('idx_timestamp', 'timestamp')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    order_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    action: Mapped[str] = mapped_column(String(50), nullable=False)
    timestamp: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    changes: Mapped[Optional[str]] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'))
    user_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    reason: Mapped[Optional[str]] = mapped_column(Text)


class OrderLineItems(Base):
    __tablename__ = 'order_line_items'
    __table_args__ = (
        Index('idx_batch_id', 'batch_id'),
        Index('idx_order_id', 'order_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    order_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    batch_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    quantity: Mapped[decimal.Decimal] = mapped_column(DECIMAL(10, 2), nullable=False)
    cogs_per_unit: Mapped[decimal.Decimal] = mapped_column(DECIMAL(10, 2), nullable=False)
    original_cogs_per_unit: Mapped[decimal.Decimal] = mapped_column(DECIMAL(10, 2), nullable=False)
    is_cogs_overridden: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('0'))
    margin_percent: Mapped[decimal.Decimal] = mapped_column(DECIMAL(5, 2), nullable=False)
    margin_dollar: Mapped[decimal.Decimal] = mapped_column(DECIMAL(10, 2), nullable=False)
    is_margin_overridden: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('0'))
    margin_source: Mapped[OrderLineItemsMarginSource] = mapped_column(Enum(OrderLineItemsMarginSource, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    unit_price: Mapped[decimal.Decimal] = mapped_column(DECIMAL(10, 2), nullable=False)
    line_total: Mapped[decimal.Decimal] = mapped_column(DECIMAL(10, 2), nullable=False)
    is_sample: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('0'))
    created_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updated_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    product_display_name: Mapped[Optional[str]] = mapped_column(String(255))
    cogs_override_reason: Mapped[Optional[str]] = mapped_column(Text)


class PaymentHistory(Base):
    __tablename__ = 'paymentHistory'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    batchId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    vendorId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    amount: Mapped[str] = mapped_column(String(20), nullable=False)
    paymentDate: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False)
    recordedBy: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    paymentMethod: Mapped[Optional[str]] = mapped_column(String(50))
    notes: Mapped[Optional[str]] = mapped_column(Text)


class PaymentMethods(Base):
    __tablename__ = 'paymentMethods'
    __table_args__ = (
        Index('idx_payment_methods_active', 'isActive'),
        Index('idx_payment_methods_sort', 'sortOrder'),
        Index('paymentMethods_code_unique', 'code', unique=True)
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(String(50), nullable=False)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    isActive: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('1'))
    sortOrder: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('0'))
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updatedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    description: Mapped[Optional[str]] = mapped_column(Text)


class Payments(Base):
    __tablename__ = 'payments'
    __table_args__ = (
        Index('payments_paymentNumber_unique', 'paymentNumber', unique=True),
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    paymentNumber: Mapped[str] = mapped_column(String(50), nullable=False)
    paymentType: Mapped[PaymentsPaymenttype] = mapped_column(Enum(PaymentsPaymenttype, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    paymentDate: Mapped[datetime.date] = mapped_column(Date, nullable=False)
    amount: Mapped[decimal.Decimal] = mapped_column(DECIMAL(12, 2), nullable=False)
    paymentMethod: Mapped[PaymentsPaymentmethod] = mapped_column(Enum(PaymentsPaymentmethod, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    isReconciled: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('0'))
    createdBy: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updatedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    referenceNumber: Mapped[Optional[str]] = mapped_column(String(100))
    bankAccountId: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    customerId: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    vendorId: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    invoiceId: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    billId: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    notes: Mapped[Optional[str]] = mapped_column(Text)
    reconciledAt: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)


class Permissions(Base):
    __tablename__ = 'permissions'
    __table_args__ = (
        Index('permissions_name_unique', 'name', unique=True),
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    module: Mapped[str] = mapped_column(String(50), nullable=False)
    created_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    description: Mapped[Optional[str]] = mapped_column(Text)

    role_permissions: Mapped[list['RolePermissions']] = relationship('RolePermissions', back_populates='permission')
    user_permission_overrides: Mapped[list['UserPermissionOverrides']] = relationship('UserPermissionOverrides', back_populates='permission')


class PricingDefaults(Base):
    __tablename__ = 'pricing_defaults'
    __table_args__ = (
        Index('idx_product_category', 'product_category'),
        Index('pricing_defaults_product_category_unique', 'product_category', unique=True)
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    product_category: Mapped[str] = mapped_column(String(100), nullable=False)
    default_margin_percent: Mapped[decimal.Decimal] = mapped_column(DECIMAL(5, 2), nullable=False)
    created_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updated_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))


class PricingRules(Base):
    __tablename__ = 'pricing_rules'
    __table_args__ = (
        Index('idx_priority', 'priority'),
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(255), nullable=False)
    adjustment_type: Mapped[PricingRulesAdjustmentType] = mapped_column(Enum(PricingRulesAdjustmentType, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    adjustment_value: Mapped[decimal.Decimal] = mapped_column(DECIMAL(10, 2), nullable=False)
    conditions: Mapped[str] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'), nullable=False)
    description: Mapped[Optional[str]] = mapped_column(Text)
    logic_type: Mapped[Optional[PricingRulesLogicType]] = mapped_column(Enum(PricingRulesLogicType, values_callable=lambda cls: [member.value for member in cls]), server_default=text("'AND'"))
    priority: Mapped[Optional[int]] = mapped_column(INTEGER(11), server_default=text('0'))
    is_active: Mapped[Optional[int]] = mapped_column(TINYINT(1), server_default=text('1'))
    created_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text('current_timestamp()'))
    updated_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))


class ProductMedia(Base):
    __tablename__ = 'productMedia'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    productId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    url: Mapped[str] = mapped_column(String(1000), nullable=False)
    type: Mapped[str] = mapped_column(String(50), nullable=False)
    filename: Mapped[str] = mapped_column(String(255), nullable=False)
    uploadedBy: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    size: Mapped[Optional[int]] = mapped_column(INTEGER(11))


class ProductSynonyms(Base):
    __tablename__ = 'productSynonyms'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    productId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    synonym: Mapped[str] = mapped_column(String(500), nullable=False)
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))


class ProductTags(Base):
    __tablename__ = 'productTags'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    productId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    tagId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))


class Products(Base):
    __tablename__ = 'products'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    brandId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    nameCanonical: Mapped[str] = mapped_column(String(500), nullable=False)
    category: Mapped[str] = mapped_column(String(100), nullable=False)
    uomSellable: Mapped[str] = mapped_column(String(20), nullable=False, server_default=text("'EA'"))
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updatedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    strainId: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    subcategory: Mapped[Optional[str]] = mapped_column(String(100))
    description: Mapped[Optional[str]] = mapped_column(Text)

    purchaseOrderItems: Mapped[list['PurchaseOrderItems']] = relationship('PurchaseOrderItems', back_populates='products')


class Roles(Base):
    __tablename__ = 'roles'
    __table_args__ = (
        Index('roles_name_unique', 'name', unique=True),
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    is_system_role: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('0'))
    created_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updated_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    description: Mapped[Optional[str]] = mapped_column(Text)

    role_permissions: Mapped[list['RolePermissions']] = relationship('RolePermissions', back_populates='role')
    user_roles: Mapped[list['UserRoles']] = relationship('UserRoles', back_populates='role')


class Sales(Base):
    __tablename__ = 'sales'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    batchId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    productId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    quantity: Mapped[str] = mapped_column(String(20), nullable=False)
    cogsAtSale: Mapped[str] = mapped_column(String(20), nullable=False)
    salePrice: Mapped[str] = mapped_column(String(20), nullable=False)
    cogsOverride: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('0'))
    saleDate: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False)
    createdBy: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updatedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    customerId: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    notes: Mapped[Optional[str]] = mapped_column(Text)


class Sequences(Base):
    __tablename__ = 'sequences'
    __table_args__ = (
        Index('sequences_name_unique', 'name', unique=True),
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(50), nullable=False)
    prefix: Mapped[str] = mapped_column(String(20), nullable=False)
    currentValue: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('0'))
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updatedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))


class Strains(Base):
    __tablename__ = 'strains'
    __table_args__ = (
        Index('strains_name_unique', 'name', unique=True),
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(255), nullable=False)
    standardizedName: Mapped[str] = mapped_column(String(255), nullable=False)
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updatedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    aliases: Mapped[Optional[str]] = mapped_column(Text)
    category: Mapped[Optional[str]] = mapped_column(String(50))
    description: Mapped[Optional[str]] = mapped_column(Text)
    openthcId: Mapped[Optional[str]] = mapped_column(String(255))
    openthcStub: Mapped[Optional[str]] = mapped_column(String(255))
    parentStrainId: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    baseStrainName: Mapped[Optional[str]] = mapped_column(String(255))

    client_needs: Mapped[list['ClientNeeds']] = relationship('ClientNeeds', back_populates='strains')


class Subcategories(Base):
    __tablename__ = 'subcategories'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    categoryId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    isActive: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('1'))
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updatedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    description: Mapped[Optional[str]] = mapped_column(Text)


class Tags(Base):
    __tablename__ = 'tags'
    __table_args__ = (
        Index('tags_name_unique', 'name', unique=True),
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    standardizedName: Mapped[str] = mapped_column(String(100), nullable=False)
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updatedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    category: Mapped[Optional[str]] = mapped_column(String(50))
    description: Mapped[Optional[str]] = mapped_column(Text)

    tagHierarchy_childTagId: Mapped[list['TagHierarchy']] = relationship('TagHierarchy', foreign_keys='[TagHierarchy.childTagId]', back_populates='tags')
    tagHierarchy_parentTagId: Mapped[list['TagHierarchy']] = relationship('TagHierarchy', foreign_keys='[TagHierarchy.parentTagId]', back_populates='tags_')
    tagGroupMembers: Mapped[list['TagGroupMembers']] = relationship('TagGroupMembers', back_populates='tags')


class Users(Base):
    __tablename__ = 'users'
    __table_args__ = (
        Index('users_openId_unique', 'openId', unique=True),
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    openId: Mapped[str] = mapped_column(String(64), nullable=False)
    role: Mapped[UsersRole] = mapped_column(Enum(UsersRole, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'user'"))
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updatedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    lastSignedIn: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    name: Mapped[Optional[str]] = mapped_column(Text)
    email: Mapped[Optional[str]] = mapped_column(String(320))
    loginMethod: Mapped[Optional[str]] = mapped_column(String(64))

    alert_configurations: Mapped[list['AlertConfigurations']] = relationship('AlertConfigurations', back_populates='user')
    calendar_events_assigned_to: Mapped[list['CalendarEvents']] = relationship('CalendarEvents', foreign_keys='[CalendarEvents.assigned_to]', back_populates='users')
    calendar_events_created_by: Mapped[list['CalendarEvents']] = relationship('CalendarEvents', foreign_keys='[CalendarEvents.created_by]', back_populates='users_')
    calendar_views: Mapped[list['CalendarViews']] = relationship('CalendarViews', back_populates='user')
    client_activity: Mapped[list['ClientActivity']] = relationship('ClientActivity', back_populates='user')
    client_communications: Mapped[list['ClientCommunications']] = relationship('ClientCommunications', back_populates='users')
    client_needs: Mapped[list['ClientNeeds']] = relationship('ClientNeeds', back_populates='users')
    comments_resolved_by: Mapped[list['Comments']] = relationship('Comments', foreign_keys='[Comments.resolved_by]', back_populates='users')
    comments_user: Mapped[list['Comments']] = relationship('Comments', foreign_keys='[Comments.user_id]', back_populates='user')
    credit_audit_log: Mapped[list['CreditAuditLog']] = relationship('CreditAuditLog', back_populates='users')
    credit_system_settings: Mapped[list['CreditSystemSettings']] = relationship('CreditSystemSettings', back_populates='users')
    dashboard_widget_layouts: Mapped[list['DashboardWidgetLayouts']] = relationship('DashboardWidgetLayouts', back_populates='users')
    freeform_notes: Mapped[list['FreeformNotes']] = relationship('FreeformNotes', back_populates='users')
    inbox_items: Mapped[list['InboxItems']] = relationship('InboxItems', back_populates='user')
    intake_sessions: Mapped[list['IntakeSessions']] = relationship('IntakeSessions', back_populates='users')
    inventoryViews: Mapped[list['InventoryViews']] = relationship('InventoryViews', back_populates='users')
    pricing_profiles: Mapped[list['PricingProfiles']] = relationship('PricingProfiles', back_populates='users')
    recurring_orders: Mapped[list['RecurringOrders']] = relationship('RecurringOrders', back_populates='users')
    sales_sheet_templates: Mapped[list['SalesSheetTemplates']] = relationship('SalesSheetTemplates', back_populates='users')
    scratch_pad_notes: Mapped[list['ScratchPadNotes']] = relationship('ScratchPadNotes', back_populates='users')
    tagGroups: Mapped[list['TagGroups']] = relationship('TagGroups', back_populates='users')
    todo_lists: Mapped[list['TodoLists']] = relationship('TodoLists', back_populates='owner')
    transactions: Mapped[list['Transactions']] = relationship('Transactions', back_populates='users')
    userDashboardPreferences: Mapped[list['UserDashboardPreferences']] = relationship('UserDashboardPreferences', back_populates='users')
    vendorNotes: Mapped[list['VendorNotes']] = relationship('VendorNotes', back_populates='users')
    vendor_supply: Mapped[list['VendorSupply']] = relationship('VendorSupply', back_populates='users')
    calendar_event_attachments: Mapped[list['CalendarEventAttachments']] = relationship('CalendarEventAttachments', back_populates='users')
    calendar_event_history: Mapped[list['CalendarEventHistory']] = relationship('CalendarEventHistory', back_populates='users')
    calendar_event_participants_added_by: Mapped[list['CalendarEventParticipants']] = relationship('CalendarEventParticipants', foreign_keys='[CalendarEventParticipants.added_by]', back_populates='users')
    calendar_event_participants_user: Mapped[list['CalendarEventParticipants']] = relationship('CalendarEventParticipants', foreign_keys='[CalendarEventParticipants.user_id]', back_populates='user')
    calendar_event_permissions: Mapped[list['CalendarEventPermissions']] = relationship('CalendarEventPermissions', back_populates='users')
    calendar_recurrence_instances_modified_assigned_to: Mapped[list['CalendarRecurrenceInstances']] = relationship('CalendarRecurrenceInstances', foreign_keys='[CalendarRecurrenceInstances.modified_assigned_to]', back_populates='users')
    calendar_recurrence_instances_modified_by: Mapped[list['CalendarRecurrenceInstances']] = relationship('CalendarRecurrenceInstances', foreign_keys='[CalendarRecurrenceInstances.modified_by]', back_populates='users_')
    calendar_reminders: Mapped[list['CalendarReminders']] = relationship('CalendarReminders', back_populates='user')
    comment_mentions_mentioned_by_user: Mapped[list['CommentMentions']] = relationship('CommentMentions', foreign_keys='[CommentMentions.mentioned_by_user_id]', back_populates='mentioned_by_user')
    comment_mentions_mentioned_user: Mapped[list['CommentMentions']] = relationship('CommentMentions', foreign_keys='[CommentMentions.mentioned_user_id]', back_populates='mentioned_user')
    credits: Mapped[list['Credits']] = relationship('Credits', back_populates='users')
    note_activity: Mapped[list['NoteActivity']] = relationship('NoteActivity', back_populates='users')
    note_comments: Mapped[list['NoteComments']] = relationship('NoteComments', back_populates='users')
    orders_created_by: Mapped[list['Orders']] = relationship('Orders', foreign_keys='[Orders.created_by]', back_populates='users')
    orders_packed_by: Mapped[list['Orders']] = relationship('Orders', foreign_keys='[Orders.packed_by]', back_populates='users_')
    orders_shipped_by: Mapped[list['Orders']] = relationship('Orders', foreign_keys='[Orders.shipped_by]', back_populates='users1')
    purchaseOrders: Mapped[list['PurchaseOrders']] = relationship('PurchaseOrders', back_populates='users')
    salesSheetVersions: Mapped[list['SalesSheetVersions']] = relationship('SalesSheetVersions', back_populates='users')
    sales_sheet_history: Mapped[list['SalesSheetHistory']] = relationship('SalesSheetHistory', back_populates='users')
    todo_list_members_added_by: Mapped[list['TodoListMembers']] = relationship('TodoListMembers', foreign_keys='[TodoListMembers.added_by]', back_populates='users')
    todo_list_members_user: Mapped[list['TodoListMembers']] = relationship('TodoListMembers', foreign_keys='[TodoListMembers.user_id]', back_populates='user')
    todo_tasks_assigned_to: Mapped[list['TodoTasks']] = relationship('TodoTasks', foreign_keys='[TodoTasks.assigned_to]', back_populates='users')
    todo_tasks_completed_by: Mapped[list['TodoTasks']] = relationship('TodoTasks', foreign_keys='[TodoTasks.completed_by]', back_populates='users_')
    todo_tasks_created_by: Mapped[list['TodoTasks']] = relationship('TodoTasks', foreign_keys='[TodoTasks.created_by]', back_populates='users1')
    transactionLinks: Mapped[list['TransactionLinks']] = relationship('TransactionLinks', back_populates='users')
    batch_status_history: Mapped[list['BatchStatusHistory']] = relationship('BatchStatusHistory', back_populates='users')
    creditApplications: Mapped[list['CreditApplications']] = relationship('CreditApplications', back_populates='users')
    inventoryAlerts: Mapped[list['InventoryAlerts']] = relationship('InventoryAlerts', back_populates='users')
    inventoryMovements: Mapped[list['InventoryMovements']] = relationship('InventoryMovements', back_populates='users')
    match_records: Mapped[list['MatchRecords']] = relationship('MatchRecords', back_populates='users')
    order_status_history: Mapped[list['OrderStatusHistory']] = relationship('OrderStatusHistory', back_populates='users')
    returns: Mapped[list['Returns']] = relationship('Returns', back_populates='users')
    sampleRequests_cancelledBy: Mapped[list['SampleRequests']] = relationship('SampleRequests', foreign_keys='[SampleRequests.cancelledBy]', back_populates='users')
    sampleRequests_fulfilledBy: Mapped[list['SampleRequests']] = relationship('SampleRequests', foreign_keys='[SampleRequests.fulfilledBy]', back_populates='users_')
    sampleRequests_requestedBy: Mapped[list['SampleRequests']] = relationship('SampleRequests', foreign_keys='[SampleRequests.requestedBy]', back_populates='users1')
    sample_inventory_log: Mapped[list['SampleInventoryLog']] = relationship('SampleInventoryLog', back_populates='users')
    todo_task_activity: Mapped[list['TodoTaskActivity']] = relationship('TodoTaskActivity', back_populates='user')


class Vendors(Base):
    __tablename__ = 'vendors'
    __table_args__ = (
        Index('vendors_name_unique', 'name', unique=True),
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(255), nullable=False)
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updatedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    contactName: Mapped[Optional[str]] = mapped_column(String(255))
    contactEmail: Mapped[Optional[str]] = mapped_column(String(320))
    contactPhone: Mapped[Optional[str]] = mapped_column(String(50))
    paymentTerms: Mapped[Optional[str]] = mapped_column(String(100))
    notes: Mapped[Optional[str]] = mapped_column(Text)

    calendar_events: Mapped[list['CalendarEvents']] = relationship('CalendarEvents', back_populates='vendor')
    vendorNotes: Mapped[list['VendorNotes']] = relationship('VendorNotes', back_populates='vendors')
    vendor_supply: Mapped[list['VendorSupply']] = relationship('VendorSupply', back_populates='vendor')
    purchaseOrders: Mapped[list['PurchaseOrders']] = relationship('PurchaseOrders', back_populates='vendors')


class WorkflowStatuses(Base):
    __tablename__ = 'workflow_statuses'
    __table_args__ = (
        Index('idx_workflow_statuses_isActive', 'isActive'),
        Index('idx_workflow_statuses_order', 'order'),
        Index('workflow_statuses_slug_unique', 'slug', unique=True)
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    slug: Mapped[str] = mapped_column(String(50), nullable=False)
    color: Mapped[str] = mapped_column(String(20), nullable=False, server_default=text("'#6B7280'"))
    order: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('0'))
    isActive: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('1'))
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updatedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))

    batches: Mapped[list['Batches']] = relationship('Batches', back_populates='workflow_statuses')
    batch_status_history_fromStatusId: Mapped[list['BatchStatusHistory']] = relationship('BatchStatusHistory', foreign_keys='[BatchStatusHistory.fromStatusId]', back_populates='workflow_statuses')
    batch_status_history_toStatusId: Mapped[list['BatchStatusHistory']] = relationship('BatchStatusHistory', foreign_keys='[BatchStatusHistory.toStatusId]', back_populates='workflow_statuses_')


class AlertConfigurations(Base):
    __tablename__ = 'alert_configurations'
    __table_args__ = (
        ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE', name='alert_configurations_user_id_users_id_fk'),
        Index('idx_alert_type', 'alert_type'),
        Index('idx_is_active', 'is_active'),
        Index('idx_user_id', 'user_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    alert_type: Mapped[AlertConfigurationsAlertType] = mapped_column(Enum(AlertConfigurationsAlertType, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    target_type: Mapped[AlertConfigurationsTargetType] = mapped_column(Enum(AlertConfigurationsTargetType, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    threshold_value: Mapped[decimal.Decimal] = mapped_column(DECIMAL(15, 4), nullable=False)
    threshold_operator: Mapped[AlertConfigurationsThresholdOperator] = mapped_column(Enum(AlertConfigurationsThresholdOperator, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    delivery_method: Mapped[AlertConfigurationsDeliveryMethod] = mapped_column(Enum(AlertConfigurationsDeliveryMethod, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'DASHBOARD'"))
    target_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    email_address: Mapped[Optional[str]] = mapped_column(String(255))
    is_active: Mapped[Optional[int]] = mapped_column(TINYINT(1), server_default=text('1'))
    created_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text('current_timestamp()'))
    updated_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))

    user: Mapped['Users'] = relationship('Users', back_populates='alert_configurations')


class CalendarEvents(Base):
    __tablename__ = 'calendar_events'
    __table_args__ = (
        ForeignKeyConstraint(['assigned_to'], ['users.id'], name='calendar_events_assigned_to_users_id_fk'),
        ForeignKeyConstraint(['client_id'], ['clients.id'], ondelete='SET NULL', name='calendar_events_client_id_clients_id_fk'),
        ForeignKeyConstraint(['created_by'], ['users.id'], name='calendar_events_created_by_users_id_fk'),
        ForeignKeyConstraint(['vendor_id'], ['vendors.id'], ondelete='SET NULL', name='calendar_events_vendor_id_vendors_id_fk'),
        Index('idx_calendar_assigned', 'assigned_to'),
        Index('idx_calendar_created_by', 'created_by'),
        Index('idx_calendar_date_range', 'start_date', 'end_date'),
        Index('idx_calendar_entity', 'entity_type', 'entity_id'),
        Index('idx_calendar_events_client_id', 'client_id'),
        Index('idx_calendar_events_vendor_id', 'vendor_id'),
        Index('idx_calendar_module', 'module'),
        Index('idx_calendar_status', 'status')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    title: Mapped[str] = mapped_column(String(255), nullable=False)
    start_date: Mapped[datetime.date] = mapped_column(Date, nullable=False)
    end_date: Mapped[datetime.date] = mapped_column(Date, nullable=False)
    is_floating_time: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('0'))
    module: Mapped[CalendarEventsModule] = mapped_column(Enum(CalendarEventsModule, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    event_type: Mapped[CalendarEventsEventType] = mapped_column(Enum(CalendarEventsEventType, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    status: Mapped[CalendarEventsStatus] = mapped_column(Enum(CalendarEventsStatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'SCHEDULED'"))
    priority: Mapped[CalendarEventsPriority] = mapped_column(Enum(CalendarEventsPriority, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'MEDIUM'"))
    is_recurring: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('0'))
    created_by: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    visibility: Mapped[CalendarEventsVisibility] = mapped_column(Enum(CalendarEventsVisibility, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'COMPANY'"))
    is_auto_generated: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('0'))
    created_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updated_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    description: Mapped[Optional[str]] = mapped_column(Text)
    location: Mapped[Optional[str]] = mapped_column(String(500))
    start_time: Mapped[Optional[str]] = mapped_column(String(8))
    end_time: Mapped[Optional[str]] = mapped_column(String(8))
    timezone: Mapped[Optional[str]] = mapped_column(String(50))
    entity_type: Mapped[Optional[str]] = mapped_column(String(50))
    entity_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    client_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    vendor_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    metadata_: Mapped[Optional[str]] = mapped_column('metadata', LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'))
    assigned_to: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    auto_generation_rule: Mapped[Optional[str]] = mapped_column(String(100))
    deleted_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)

    users: Mapped[Optional['Users']] = relationship('Users', foreign_keys=[assigned_to], back_populates='calendar_events_assigned_to')
    client: Mapped[Optional['Clients']] = relationship('Clients', back_populates='calendar_events')
    users_: Mapped['Users'] = relationship('Users', foreign_keys=[created_by], back_populates='calendar_events_created_by')
    vendor: Mapped[Optional['Vendors']] = relationship('Vendors', back_populates='calendar_events')
    batches: Mapped[list['Batches']] = relationship('Batches', back_populates='photo_session_event')
    calendar_event_attachments: Mapped[list['CalendarEventAttachments']] = relationship('CalendarEventAttachments', back_populates='event')
    calendar_event_history: Mapped[list['CalendarEventHistory']] = relationship('CalendarEventHistory', back_populates='event')
    calendar_event_participants: Mapped[list['CalendarEventParticipants']] = relationship('CalendarEventParticipants', back_populates='event')
    calendar_event_permissions: Mapped[list['CalendarEventPermissions']] = relationship('CalendarEventPermissions', back_populates='event')
    calendar_recurrence_instances: Mapped[list['CalendarRecurrenceInstances']] = relationship('CalendarRecurrenceInstances', back_populates='parent_event')
    calendar_recurrence_rules: Mapped[list['CalendarRecurrenceRules']] = relationship('CalendarRecurrenceRules', back_populates='event')
    calendar_reminders: Mapped[list['CalendarReminders']] = relationship('CalendarReminders', back_populates='event')
    client_meeting_history: Mapped[list['ClientMeetingHistory']] = relationship('ClientMeetingHistory', back_populates='calendar_event')
    orders: Mapped[list['Orders']] = relationship('Orders', back_populates='intake_event')


class CalendarViews(Base):
    __tablename__ = 'calendar_views'
    __table_args__ = (
        ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE', name='calendar_views_user_id_users_id_fk'),
        Index('idx_view_user', 'user_id'),
        Index('idx_view_user_default', 'user_id', 'is_default')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    is_default: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('0'))
    filters: Mapped[str] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'), nullable=False)
    default_view_type: Mapped[CalendarViewsDefaultViewType] = mapped_column(Enum(CalendarViewsDefaultViewType, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'MONTH'"))
    created_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updated_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))

    user: Mapped['Users'] = relationship('Users', back_populates='calendar_views')


class ClientActivity(Base):
    __tablename__ = 'client_activity'
    __table_args__ = (
        ForeignKeyConstraint(['client_id'], ['clients.id'], ondelete='CASCADE', name='client_activity_client_id_clients_id_fk'),
        ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE', name='client_activity_user_id_users_id_fk'),
        Index('client_activity_user_id_users_id_fk', 'user_id'),
        Index('idx_client_id', 'client_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    client_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    user_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    activity_type: Mapped[ClientActivityActivityType] = mapped_column(Enum(ClientActivityActivityType, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    metadata_: Mapped[Optional[str]] = mapped_column('metadata', LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'))
    created_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text('current_timestamp()'))

    client: Mapped['Clients'] = relationship('Clients', back_populates='client_activity')
    user: Mapped['Users'] = relationship('Users', back_populates='client_activity')


class ClientCatalogViews(Base):
    __tablename__ = 'client_catalog_views'
    __table_args__ = (
        ForeignKeyConstraint(['client_id'], ['clients.id'], ondelete='CASCADE', name='client_catalog_views_client_id_clients_id_fk'),
        Index('idx_client_catalog_views_client_id', 'client_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    client_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    filters: Mapped[str] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'), nullable=False)
    created_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updated_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))

    client: Mapped['Clients'] = relationship('Clients', back_populates='client_catalog_views')


class ClientCommunications(Base):
    __tablename__ = 'client_communications'
    __table_args__ = (
        ForeignKeyConstraint(['client_id'], ['clients.id'], ondelete='CASCADE', name='client_communications_client_id_clients_id_fk'),
        ForeignKeyConstraint(['logged_by'], ['users.id'], name='client_communications_logged_by_users_id_fk'),
        Index('client_communications_logged_by_users_id_fk', 'logged_by'),
        Index('idx_client_id', 'client_id'),
        Index('idx_communicated_at', 'communicated_at'),
        Index('idx_type', 'communicationType')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    client_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    communicationType: Mapped[ClientCommunicationsCommunicationtype] = mapped_column(Enum(ClientCommunicationsCommunicationtype, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    subject: Mapped[str] = mapped_column(String(255), nullable=False)
    communicated_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False)
    logged_by: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    created_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    notes: Mapped[Optional[str]] = mapped_column(Text)

    client: Mapped['Clients'] = relationship('Clients', back_populates='client_communications')
    users: Mapped['Users'] = relationship('Users', back_populates='client_communications')


class ClientCreditLimits(Base):
    __tablename__ = 'client_credit_limits'
    __table_args__ = (
        ForeignKeyConstraint(['client_id'], ['clients.id'], ondelete='CASCADE', name='client_credit_limits_client_id_clients_id_fk'),
        Index('client_credit_limits_client_id_unique', 'client_id', unique=True),
        Index('idx_client_id', 'client_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    client_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    credit_limit: Mapped[decimal.Decimal] = mapped_column(DECIMAL(15, 2), nullable=False, server_default=text('0.00'))
    current_exposure: Mapped[decimal.Decimal] = mapped_column(DECIMAL(15, 2), nullable=False, server_default=text('0.00'))
    utilization_percent: Mapped[decimal.Decimal] = mapped_column(DECIMAL(5, 2), nullable=False, server_default=text('0.00'))
    credit_health_score: Mapped[decimal.Decimal] = mapped_column(DECIMAL(5, 2), nullable=False, server_default=text('0.00'))
    base_capacity: Mapped[decimal.Decimal] = mapped_column(DECIMAL(15, 2), nullable=False, server_default=text('0.00'))
    risk_modifier: Mapped[decimal.Decimal] = mapped_column(DECIMAL(5, 4), nullable=False, server_default=text('1.0000'))
    directional_factor: Mapped[decimal.Decimal] = mapped_column(DECIMAL(5, 4), nullable=False, server_default=text('1.0000'))
    mode: Mapped[ClientCreditLimitsMode] = mapped_column(Enum(ClientCreditLimitsMode, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'LEARNING'"))
    confidence_score: Mapped[decimal.Decimal] = mapped_column(DECIMAL(5, 2), nullable=False, server_default=text('0.00'))
    data_readiness: Mapped[decimal.Decimal] = mapped_column(DECIMAL(5, 2), nullable=False, server_default=text('0.00'))
    trend: Mapped[ClientCreditLimitsTrend] = mapped_column(Enum(ClientCreditLimitsTrend, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'STABLE'"))
    last_calculated: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    created_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text('current_timestamp()'))
    updated_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))

    client: Mapped['Clients'] = relationship('Clients', back_populates='client_credit_limits')


class ClientDraftInterests(Base):
    __tablename__ = 'client_draft_interests'
    __table_args__ = (
        ForeignKeyConstraint(['client_id'], ['clients.id'], ondelete='CASCADE', name='client_draft_interests_client_id_clients_id_fk'),
        Index('idx_client_draft_interests_batch_id', 'batch_id'),
        Index('idx_client_draft_interests_client_id', 'client_id'),
        Index('idx_client_draft_unique', 'client_id', 'batch_id', unique=True)
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    client_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    batch_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    added_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))

    client: Mapped['Clients'] = relationship('Clients', back_populates='client_draft_interests')


class ClientInterestLists(Base):
    __tablename__ = 'client_interest_lists'
    __table_args__ = (
        ForeignKeyConstraint(['client_id'], ['clients.id'], ondelete='CASCADE', name='client_interest_lists_client_id_clients_id_fk'),
        Index('idx_client_interest_lists_client_id', 'client_id'),
        Index('idx_client_interest_lists_status', 'status')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    client_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    submitted_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    status: Mapped[str] = mapped_column(String(20), nullable=False, server_default=text("'NEW'"))
    total_items: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    total_value: Mapped[decimal.Decimal] = mapped_column(DECIMAL(10, 2), nullable=False)
    created_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updated_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    reviewed_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    reviewed_by: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    converted_to_order_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    converted_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    converted_by: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    notes: Mapped[Optional[str]] = mapped_column(Text)

    client: Mapped['Clients'] = relationship('Clients', back_populates='client_interest_lists')
    client_interest_list_items: Mapped[list['ClientInterestListItems']] = relationship('ClientInterestListItems', back_populates='interest_list')


class ClientNeeds(Base):
    __tablename__ = 'client_needs'
    __table_args__ = (
        ForeignKeyConstraint(['client_id'], ['clients.id'], ondelete='CASCADE', name='client_needs_client_id_clients_id_fk'),
        ForeignKeyConstraint(['created_by'], ['users.id'], name='client_needs_created_by_users_id_fk'),
        ForeignKeyConstraint(['strainId'], ['strains.id'], ondelete='SET NULL', name='client_needs_strainId_strains_id_fk'),
        Index('client_needs_created_by_users_id_fk', 'created_by'),
        Index('client_needs_strainId_strains_id_fk', 'strainId'),
        Index('idx_category', 'category'),
        Index('idx_client_id', 'client_id'),
        Index('idx_priority', 'priority'),
        Index('idx_product_name_cn', 'product_name'),
        Index('idx_status', 'status'),
        Index('idx_strain', 'strain')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    client_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    status: Mapped[ClientNeedsStatus] = mapped_column(Enum(ClientNeedsStatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'ACTIVE'"))
    priority: Mapped[ClientNeedsPriority] = mapped_column(Enum(ClientNeedsPriority, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'MEDIUM'"))
    created_by: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    strain: Mapped[Optional[str]] = mapped_column(String(255))
    product_name: Mapped[Optional[str]] = mapped_column(String(255))
    strainId: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    strain_type: Mapped[Optional[ClientNeedsStrainType]] = mapped_column(Enum(ClientNeedsStrainType, values_callable=lambda cls: [member.value for member in cls]))
    category: Mapped[Optional[str]] = mapped_column(String(100))
    subcategory: Mapped[Optional[str]] = mapped_column(String(100))
    grade: Mapped[Optional[str]] = mapped_column(String(50))
    quantity_min: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(15, 4))
    quantity_max: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(15, 4))
    price_max: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(15, 2))
    needed_by: Mapped[Optional[datetime.date]] = mapped_column(Date)
    expires_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    fulfilled_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    notes: Mapped[Optional[str]] = mapped_column(Text)
    internal_notes: Mapped[Optional[str]] = mapped_column(Text)
    created_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text('current_timestamp()'))
    updated_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))

    client: Mapped['Clients'] = relationship('Clients', back_populates='client_needs')
    users: Mapped['Users'] = relationship('Users', back_populates='client_needs')
    strains: Mapped[Optional['Strains']] = relationship('Strains', back_populates='client_needs')
    match_records: Mapped[list['MatchRecords']] = relationship('MatchRecords', back_populates='client_need')


class ClientPriceAlerts(Base):
    __tablename__ = 'client_price_alerts'
    __table_args__ = (
        ForeignKeyConstraint(['client_id'], ['clients.id'], ondelete='CASCADE', name='client_price_alerts_client_id_clients_id_fk'),
        Index('idx_client_price_alerts_active', 'active'),
        Index('idx_client_price_alerts_batch_id', 'batch_id'),
        Index('idx_client_price_alerts_client_id', 'client_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    client_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    batch_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    target_price: Mapped[decimal.Decimal] = mapped_column(DECIMAL(10, 2), nullable=False)
    active: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('1'))
    created_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    expires_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False)
    triggered_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)

    client: Mapped['Clients'] = relationship('Clients', back_populates='client_price_alerts')


class ClientTransactions(Base):
    __tablename__ = 'client_transactions'
    __table_args__ = (
        ForeignKeyConstraint(['client_id'], ['clients.id'], ondelete='CASCADE', name='client_transactions_client_id_clients_id_fk'),
        Index('idx_client_id', 'client_id'),
        Index('idx_payment_status', 'payment_status'),
        Index('idx_transaction_date', 'transaction_date')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    client_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    transaction_type: Mapped[ClientTransactionsTransactionType] = mapped_column(Enum(ClientTransactionsTransactionType, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    transaction_date: Mapped[datetime.date] = mapped_column(Date, nullable=False)
    amount: Mapped[decimal.Decimal] = mapped_column(DECIMAL(15, 2), nullable=False)
    transaction_number: Mapped[Optional[str]] = mapped_column(String(100))
    payment_status: Mapped[Optional[ClientTransactionsPaymentStatus]] = mapped_column(Enum(ClientTransactionsPaymentStatus, values_callable=lambda cls: [member.value for member in cls]), server_default=text("'PENDING'"))
    payment_date: Mapped[Optional[datetime.date]] = mapped_column(Date)
    payment_amount: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(15, 2))
    notes: Mapped[Optional[str]] = mapped_column(Text)
    metadata_: Mapped[Optional[str]] = mapped_column('metadata', LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'))
    created_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text('current_timestamp()'))
    updated_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))

    client: Mapped['Clients'] = relationship('Clients', back_populates='client_transactions')


class Comments(Base):
    __tablename__ = 'comments'
    __table_args__ = (
        ForeignKeyConstraint(['resolved_by'], ['users.id'], ondelete='SET NULL', name='comments_resolved_by_users_id_fk'),
        ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE', name='comments_user_id_users_id_fk'),
        Index('comments_resolved_by_users_id_fk', 'resolved_by'),
        Index('idx_commentable', 'commentable_type', 'commentable_id'),
        Index('idx_created_at', 'created_at'),
        Index('idx_is_resolved', 'is_resolved'),
        Index('idx_user_id', 'user_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    commentable_type: Mapped[str] = mapped_column(String(50), nullable=False)
    commentable_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    user_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    content: Mapped[str] = mapped_column(Text, nullable=False)
    is_resolved: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('0'))
    created_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updated_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    resolved_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    resolved_by: Mapped[Optional[int]] = mapped_column(INTEGER(11))

    users: Mapped[Optional['Users']] = relationship('Users', foreign_keys=[resolved_by], back_populates='comments_resolved_by')
    user: Mapped['Users'] = relationship('Users', foreign_keys=[user_id], back_populates='comments_user')
    comment_mentions: Mapped[list['CommentMentions']] = relationship('CommentMentions', back_populates='comment')


class CreditAuditLog(Base):
    __tablename__ = 'credit_audit_log'
    __table_args__ = (
        ForeignKeyConstraint(['client_id'], ['clients.id'], ondelete='CASCADE', name='credit_audit_log_client_id_clients_id_fk'),
        ForeignKeyConstraint(['triggered_by'], ['users.id'], name='credit_audit_log_triggered_by_users_id_fk'),
        Index('credit_audit_log_triggered_by_users_id_fk', 'triggered_by'),
        Index('idx_client_id', 'client_id'),
        Index('idx_created_at', 'created_at')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    client_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    event_type: Mapped[CreditAuditLogEventType] = mapped_column(Enum(CreditAuditLogEventType, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    old_value: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(15, 2))
    new_value: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(15, 2))
    change_percent: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(5, 2))
    reason: Mapped[Optional[str]] = mapped_column(Text)
    metadata_: Mapped[Optional[str]] = mapped_column('metadata', LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'))
    triggered_by: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    created_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text('current_timestamp()'))

    client: Mapped['Clients'] = relationship('Clients', back_populates='credit_audit_log')
    users: Mapped[Optional['Users']] = relationship('Users', back_populates='credit_audit_log')


class CreditSignalHistory(Base):
    __tablename__ = 'credit_signal_history'
    __table_args__ = (
        ForeignKeyConstraint(['client_id'], ['clients.id'], ondelete='CASCADE', name='credit_signal_history_client_id_clients_id_fk'),
        Index('idx_calculated_at', 'calculated_at'),
        Index('idx_client_id', 'client_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    client_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    revenue_momentum: Mapped[decimal.Decimal] = mapped_column(DECIMAL(5, 2), nullable=False, server_default=text('0.00'))
    cash_collection_strength: Mapped[decimal.Decimal] = mapped_column(DECIMAL(5, 2), nullable=False, server_default=text('0.00'))
    profitability_quality: Mapped[decimal.Decimal] = mapped_column(DECIMAL(5, 2), nullable=False, server_default=text('0.00'))
    debt_aging_risk: Mapped[decimal.Decimal] = mapped_column(DECIMAL(5, 2), nullable=False, server_default=text('0.00'))
    repayment_velocity: Mapped[decimal.Decimal] = mapped_column(DECIMAL(5, 2), nullable=False, server_default=text('0.00'))
    tenure_depth: Mapped[decimal.Decimal] = mapped_column(DECIMAL(5, 2), nullable=False, server_default=text('0.00'))
    revenue_momentum_trend: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('0'))
    cash_collection_trend: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('0'))
    profitability_trend: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('0'))
    debt_aging_trend: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('0'))
    repayment_velocity_trend: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('0'))
    calculation_metadata: Mapped[Optional[str]] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'))
    calculated_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text('current_timestamp()'))

    client: Mapped['Clients'] = relationship('Clients', back_populates='credit_signal_history')


class CreditSystemSettings(Base):
    __tablename__ = 'credit_system_settings'
    __table_args__ = (
        ForeignKeyConstraint(['updated_by'], ['users.id'], name='credit_system_settings_updated_by_users_id_fk'),
        Index('credit_system_settings_updated_by_users_id_fk', 'updated_by')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    revenue_momentum_weight: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('20'))
    cash_collection_weight: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('25'))
    profitability_weight: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('20'))
    debt_aging_weight: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('15'))
    repayment_velocity_weight: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('10'))
    tenure_weight: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('10'))
    learning_mode_threshold: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('3'))
    min_invoices_for_activation: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('15'))
    directional_sensitivity: Mapped[decimal.Decimal] = mapped_column(DECIMAL(5, 4), nullable=False, server_default=text('0.1000'))
    revenue_multiplier: Mapped[decimal.Decimal] = mapped_column(DECIMAL(5, 2), nullable=False, server_default=text('2.00'))
    margin_multiplier: Mapped[decimal.Decimal] = mapped_column(DECIMAL(5, 2), nullable=False, server_default=text('2.50'))
    global_min_limit: Mapped[decimal.Decimal] = mapped_column(DECIMAL(15, 2), nullable=False, server_default=text('1000.00'))
    global_max_limit: Mapped[decimal.Decimal] = mapped_column(DECIMAL(15, 2), nullable=False, server_default=text('1000000.00'))
    updated_by: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    created_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text('current_timestamp()'))
    updated_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))

    users: Mapped[Optional['Users']] = relationship('Users', back_populates='credit_system_settings')


class DashboardWidgetLayouts(Base):
    __tablename__ = 'dashboard_widget_layouts'
    __table_args__ = (
        ForeignKeyConstraint(['userId'], ['users.id'], ondelete='CASCADE', name='dashboard_widget_layouts_userId_users_id_fk'),
        Index('dashboard_widget_layouts_userId_users_id_fk', 'userId')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    widgetType: Mapped[str] = mapped_column(String(100), nullable=False)
    position: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    width: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('1'))
    height: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('1'))
    isVisible: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('1'))
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updatedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    userId: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    role: Mapped[Optional[DashboardWidgetLayoutsRole]] = mapped_column(Enum(DashboardWidgetLayoutsRole, values_callable=lambda cls: [member.value for member in cls]))
    config: Mapped[Optional[str]] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'))

    users: Mapped[Optional['Users']] = relationship('Users', back_populates='dashboard_widget_layouts')


class FreeformNotes(Base):
    __tablename__ = 'freeform_notes'
    __table_args__ = (
        ForeignKeyConstraint(['userId'], ['users.id'], ondelete='CASCADE', name='freeform_notes_userId_users_id_fk'),
        Index('freeform_notes_userId_users_id_fk', 'userId')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    userId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    title: Mapped[str] = mapped_column(String(500), nullable=False, server_default=text("'Untitled Note'"))
    isPinned: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('0'))
    isArchived: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('0'))
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updatedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    content: Mapped[Optional[str]] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'))
    templateType: Mapped[Optional[str]] = mapped_column(String(100))
    tags: Mapped[Optional[str]] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'))
    sharedWith: Mapped[Optional[str]] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'))
    lastViewedAt: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)

    users: Mapped['Users'] = relationship('Users', back_populates='freeform_notes')
    client_notes: Mapped[list['ClientNotes']] = relationship('ClientNotes', back_populates='note')
    note_activity: Mapped[list['NoteActivity']] = relationship('NoteActivity', back_populates='freeform_notes')
    note_comments: Mapped[list['NoteComments']] = relationship('NoteComments', back_populates='freeform_notes')


class InboxItems(Base):
    __tablename__ = 'inbox_items'
    __table_args__ = (
        ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE', name='inbox_items_user_id_users_id_fk'),
        Index('idx_created_at', 'created_at'),
        Index('idx_is_archived', 'is_archived'),
        Index('idx_reference', 'reference_type', 'reference_id'),
        Index('idx_source', 'source_type', 'source_id'),
        Index('idx_status', 'status'),
        Index('idx_user_id', 'user_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    source_type: Mapped[InboxItemsSourceType] = mapped_column(Enum(InboxItemsSourceType, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    source_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    reference_type: Mapped[str] = mapped_column(String(50), nullable=False)
    reference_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    title: Mapped[str] = mapped_column(String(500), nullable=False)
    status: Mapped[InboxItemsStatus] = mapped_column(Enum(InboxItemsStatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'unread'"))
    is_archived: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('0'))
    created_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updated_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    description: Mapped[Optional[str]] = mapped_column(Text)
    seen_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    completed_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)

    user: Mapped['Users'] = relationship('Users', back_populates='inbox_items')


class IntakeSessions(Base):
    __tablename__ = 'intake_sessions'
    __table_args__ = (
        ForeignKeyConstraint(['received_by'], ['users.id'], name='intake_sessions_received_by_users_id_fk'),
        ForeignKeyConstraint(['vendor_id'], ['clients.id'], name='intake_sessions_vendor_id_clients_id_fk'),
        Index('idx_receive_date', 'receive_date'),
        Index('idx_status', 'status'),
        Index('idx_vendor_id', 'vendor_id'),
        Index('intake_sessions_received_by_users_id_fk', 'received_by'),
        Index('intake_sessions_session_number_unique', 'session_number', unique=True)
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    session_number: Mapped[str] = mapped_column(String(50), nullable=False)
    vendor_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    status: Mapped[IntakeSessionsStatus] = mapped_column(Enum(IntakeSessionsStatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'IN_PROGRESS'"))
    receive_date: Mapped[datetime.date] = mapped_column(Date, nullable=False)
    received_by: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    paymentTerms: Mapped[IntakeSessionsPaymentterms] = mapped_column(Enum(IntakeSessionsPaymentterms, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    payment_due_date: Mapped[Optional[datetime.date]] = mapped_column(Date)
    total_amount: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(15, 2), server_default=text('0.00'))
    amount_paid: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(15, 2), server_default=text('0.00'))
    internal_notes: Mapped[Optional[str]] = mapped_column(Text)
    vendor_notes: Mapped[Optional[str]] = mapped_column(Text)
    receipt_generated: Mapped[Optional[int]] = mapped_column(TINYINT(1), server_default=text('0'))
    receipt_generated_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    created_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text('current_timestamp()'))
    updated_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    completed_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)

    users: Mapped['Users'] = relationship('Users', back_populates='intake_sessions')
    vendor: Mapped['Clients'] = relationship('Clients', back_populates='intake_sessions')
    purchaseOrders: Mapped[list['PurchaseOrders']] = relationship('PurchaseOrders', back_populates='intake_sessions')
    intake_session_batches: Mapped[list['IntakeSessionBatches']] = relationship('IntakeSessionBatches', back_populates='intake_session')


class InventoryViews(Base):
    __tablename__ = 'inventoryViews'
    __table_args__ = (
        ForeignKeyConstraint(['createdBy'], ['users.id'], ondelete='CASCADE', name='inventoryViews_createdBy_users_id_fk'),
        Index('idx_inventory_views_created_by', 'createdBy')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    filters: Mapped[str] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'), nullable=False)
    isShared: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('0'))
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updatedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    createdBy: Mapped[Optional[int]] = mapped_column(INTEGER(11))

    users: Mapped[Optional['Users']] = relationship('Users', back_populates='inventoryViews')


class PricingProfiles(Base):
    __tablename__ = 'pricing_profiles'
    __table_args__ = (
        ForeignKeyConstraint(['created_by'], ['users.id'], name='pricing_profiles_created_by_users_id_fk'),
        Index('pricing_profiles_created_by_users_id_fk', 'created_by')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(255), nullable=False)
    rules: Mapped[str] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'), nullable=False)
    description: Mapped[Optional[str]] = mapped_column(Text)
    created_by: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    created_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text('current_timestamp()'))
    updated_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))

    users: Mapped[Optional['Users']] = relationship('Users', back_populates='pricing_profiles')


class RecurringOrders(Base):
    __tablename__ = 'recurring_orders'
    __table_args__ = (
        ForeignKeyConstraint(['client_id'], ['clients.id'], ondelete='CASCADE', name='recurring_orders_client_id_clients_id_fk'),
        ForeignKeyConstraint(['created_by'], ['users.id'], name='recurring_orders_created_by_users_id_fk'),
        Index('idx_client_id', 'client_id'),
        Index('idx_next_generation_date', 'next_generation_date'),
        Index('idx_status', 'status'),
        Index('recurring_orders_created_by_users_id_fk', 'created_by')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    client_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    frequency: Mapped[RecurringOrdersFrequency] = mapped_column(Enum(RecurringOrdersFrequency, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    order_template: Mapped[str] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'), nullable=False)
    status: Mapped[RecurringOrdersStatus] = mapped_column(Enum(RecurringOrdersStatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'ACTIVE'"))
    start_date: Mapped[datetime.date] = mapped_column(Date, nullable=False)
    next_generation_date: Mapped[datetime.date] = mapped_column(Date, nullable=False)
    created_by: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    day_of_week: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    day_of_month: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    end_date: Mapped[Optional[datetime.date]] = mapped_column(Date)
    last_generated_date: Mapped[Optional[datetime.date]] = mapped_column(Date)
    notify_client: Mapped[Optional[int]] = mapped_column(TINYINT(1), server_default=text('1'))
    notify_email: Mapped[Optional[str]] = mapped_column(String(255))
    created_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text('current_timestamp()'))
    updated_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))

    client: Mapped['Clients'] = relationship('Clients', back_populates='recurring_orders')
    users: Mapped['Users'] = relationship('Users', back_populates='recurring_orders')


class RolePermissions(Base):
    __tablename__ = 'role_permissions'
    __table_args__ = (
        ForeignKeyConstraint(['permission_id'], ['permissions.id'], ondelete='CASCADE', name='role_permissions_permission_id_permissions_id_fk'),
        ForeignKeyConstraint(['role_id'], ['roles.id'], ondelete='CASCADE', name='role_permissions_role_id_roles_id_fk'),
        Index('role_permissions_permission_id_permissions_id_fk', 'permission_id')
    )

    role_id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    permission_id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    created_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))

    permission: Mapped['Permissions'] = relationship('Permissions', back_populates='role_permissions')
    role: Mapped['Roles'] = relationship('Roles', back_populates='role_permissions')


class SalesSheetTemplates(Base):
    __tablename__ = 'sales_sheet_templates'
    __table_args__ = (
        ForeignKeyConstraint(['client_id'], ['clients.id'], ondelete='CASCADE', name='sales_sheet_templates_client_id_clients_id_fk'),
        ForeignKeyConstraint(['created_by'], ['users.id'], name='sales_sheet_templates_created_by_users_id_fk'),
        Index('idx_client_id', 'client_id'),
        Index('idx_created_by', 'created_by')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(255), nullable=False)
    filters: Mapped[str] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'), nullable=False)
    selected_items: Mapped[str] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'), nullable=False)
    column_visibility: Mapped[str] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'), nullable=False)
    created_by: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    is_active: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('1'))
    current_version: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('1'))
    description: Mapped[Optional[str]] = mapped_column(Text)
    client_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    created_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text('current_timestamp()'))
    last_used_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    expiration_date: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)

    client: Mapped[Optional['Clients']] = relationship('Clients', back_populates='sales_sheet_templates')
    users: Mapped['Users'] = relationship('Users', back_populates='sales_sheet_templates')
    salesSheetVersions: Mapped[list['SalesSheetVersions']] = relationship('SalesSheetVersions', back_populates='sales_sheet_templates')
    sales_sheet_history: Mapped[list['SalesSheetHistory']] = relationship('SalesSheetHistory', back_populates='template')


class SampleAllocations(Base):
    __tablename__ = 'sampleAllocations'
    __table_args__ = (
        ForeignKeyConstraint(['clientId'], ['clients.id'], ondelete='CASCADE', name='sampleAllocations_clientId_clients_id_fk'),
        Index('idx_sample_allocations_client_month', 'clientId', 'monthYear'),
        Index('idx_sample_allocations_unique', 'clientId', 'monthYear')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    clientId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    monthYear: Mapped[str] = mapped_column(String(7), nullable=False)
    allocatedQuantity: Mapped[str] = mapped_column(String(20), nullable=False)
    usedQuantity: Mapped[str] = mapped_column(String(20), nullable=False, server_default=text("'0'"))
    remainingQuantity: Mapped[str] = mapped_column(String(20), nullable=False)
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updatedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))

    clients: Mapped['Clients'] = relationship('Clients', back_populates='sampleAllocations')


class ScratchPadNotes(Base):
    __tablename__ = 'scratch_pad_notes'
    __table_args__ = (
        ForeignKeyConstraint(['userId'], ['users.id'], ondelete='CASCADE', name='scratch_pad_notes_userId_users_id_fk'),
        Index('scratch_pad_notes_userId_users_id_fk', 'userId')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    userId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    content: Mapped[str] = mapped_column(Text, nullable=False)
    isCompleted: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('0'))
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updatedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    completedAt: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)

    users: Mapped['Users'] = relationship('Users', back_populates='scratch_pad_notes')


class TagGroups(Base):
    __tablename__ = 'tagGroups'
    __table_args__ = (
        ForeignKeyConstraint(['createdBy'], ['users.id'], name='tagGroups_createdBy_users_id_fk'),
        Index('tagGroups_createdBy_users_id_fk', 'createdBy')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    createdBy: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updatedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    description: Mapped[Optional[str]] = mapped_column(Text)
    color: Mapped[Optional[str]] = mapped_column(String(7))

    users: Mapped['Users'] = relationship('Users', back_populates='tagGroups')
    tagGroupMembers: Mapped[list['TagGroupMembers']] = relationship('TagGroupMembers', back_populates='tagGroups')


class TagHierarchy(Base):
    __tablename__ = 'tagHierarchy'
    __table_args__ = (
        ForeignKeyConstraint(['childTagId'], ['tags.id'], ondelete='CASCADE', name='tagHierarchy_childTagId_tags_id_fk'),
        ForeignKeyConstraint(['parentTagId'], ['tags.id'], ondelete='CASCADE', name='tagHierarchy_parentTagId_tags_id_fk'),
        Index('idx_tag_hierarchy_parent_child', 'parentTagId', 'childTagId'),
        Index('idx_tag_hierarchy_unique', 'parentTagId', 'childTagId'),
        Index('tagHierarchy_childTagId_tags_id_fk', 'childTagId')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    parentTagId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    childTagId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))

    tags: Mapped['Tags'] = relationship('Tags', foreign_keys=[childTagId], back_populates='tagHierarchy_childTagId')
    tags_: Mapped['Tags'] = relationship('Tags', foreign_keys=[parentTagId], back_populates='tagHierarchy_parentTagId')


class TodoLists(Base):
    __tablename__ = 'todo_lists'
    __table_args__ = (
        ForeignKeyConstraint(['owner_id'], ['users.id'], ondelete='CASCADE', name='todo_lists_owner_id_users_id_fk'),
        Index('idx_is_shared', 'is_shared'),
        Index('idx_owner_id', 'owner_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(255), nullable=False)
    owner_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    is_shared: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('0'))
    created_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updated_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    description: Mapped[Optional[str]] = mapped_column(Text)

    owner: Mapped['Users'] = relationship('Users', back_populates='todo_lists')
    todo_list_members: Mapped[list['TodoListMembers']] = relationship('TodoListMembers', back_populates='list')
    todo_tasks: Mapped[list['TodoTasks']] = relationship('TodoTasks', back_populates='list')


class Transactions(Base):
    __tablename__ = 'transactions'
    __table_args__ = (
        ForeignKeyConstraint(['clientId'], ['clients.id'], ondelete='CASCADE', name='transactions_clientId_clients_id_fk'),
        ForeignKeyConstraint(['createdBy'], ['users.id'], name='transactions_createdBy_users_id_fk'),
        Index('idx_transactions_client_id', 'clientId'),
        Index('idx_transactions_date', 'transactionDate'),
        Index('idx_transactions_status', 'transactionStatus'),
        Index('idx_transactions_type', 'transactionType'),
        Index('transactions_createdBy_users_id_fk', 'createdBy'),
        Index('transactions_transactionNumber_unique', 'transactionNumber', unique=True)
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    transactionNumber: Mapped[str] = mapped_column(String(50), nullable=False)
    transactionType: Mapped[TransactionsTransactiontype] = mapped_column(Enum(TransactionsTransactiontype, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    clientId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    transactionDate: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False)
    amount: Mapped[str] = mapped_column(String(20), nullable=False)
    transactionStatus: Mapped[TransactionsTransactionstatus] = mapped_column(Enum(TransactionsTransactionstatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    createdBy: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updatedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    notes: Mapped[Optional[str]] = mapped_column(Text)
    metadata_: Mapped[Optional[str]] = mapped_column('metadata', Text)

    clients: Mapped['Clients'] = relationship('Clients', back_populates='transactions')
    users: Mapped['Users'] = relationship('Users', back_populates='transactions')
    credits: Mapped[list['Credits']] = relationship('Credits', back_populates='transactions')
    transactionLinks_childTransactionId: Mapped[list['TransactionLinks']] = relationship('TransactionLinks', foreign_keys='[TransactionLinks.childTransactionId]', back_populates='transactions')
    transactionLinks_parentTransactionId: Mapped[list['TransactionLinks']] = relationship('TransactionLinks', foreign_keys='[TransactionLinks.parentTransactionId]', back_populates='transactions_')
    creditApplications: Mapped[list['CreditApplications']] = relationship('CreditApplications', back_populates='transactions')


class UserDashboardPreferences(Base):
    __tablename__ = 'userDashboardPreferences'
    __table_args__ = (
        ForeignKeyConstraint(['userId'], ['users.id'], ondelete='CASCADE', name='userDashboardPreferences_userId_users_id_fk'),
        Index('userDashboardPreferences_userId_unique', 'userId', unique=True)
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    userId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    activeLayout: Mapped[str] = mapped_column(String(50), nullable=False, server_default=text("'operations'"))
    widgetConfig: Mapped[str] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'), nullable=False)
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updatedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))

    users: Mapped['Users'] = relationship('Users', back_populates='userDashboardPreferences')


class UserPermissionOverrides(Base):
    __tablename__ = 'user_permission_overrides'
    __table_args__ = (
        ForeignKeyConstraint(['permission_id'], ['permissions.id'], ondelete='CASCADE', name='user_permission_overrides_permission_id_permissions_id_fk'),
        Index('user_permission_overrides_permission_id_permissions_id_fk', 'permission_id')
    )

    user_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    permission_id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    granted: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('1'))
    created_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))

    permission: Mapped['Permissions'] = relationship('Permissions', back_populates='user_permission_overrides')


class UserRoles(Base):
    __tablename__ = 'user_roles'
    __table_args__ = (
        ForeignKeyConstraint(['role_id'], ['roles.id'], ondelete='CASCADE', name='user_roles_role_id_roles_id_fk'),
        Index('user_roles_role_id_roles_id_fk', 'role_id')
    )

    user_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    role_id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    created_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))

    role: Mapped['Roles'] = relationship('Roles', back_populates='user_roles')


class VendorNotes(Base):
    __tablename__ = 'vendorNotes'
    __table_args__ = (
        ForeignKeyConstraint(['userId'], ['users.id'], name='vendorNotes_userId_users_id_fk'),
        ForeignKeyConstraint(['vendorId'], ['vendors.id'], ondelete='CASCADE', name='vendorNotes_vendorId_vendors_id_fk'),
        Index('vendorNotes_userId_users_id_fk', 'userId'),
        Index('vendorNotes_vendorId_vendors_id_fk', 'vendorId')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    vendorId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    userId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False)
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updatedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))

    users: Mapped['Users'] = relationship('Users', back_populates='vendorNotes')
    vendors: Mapped['Vendors'] = relationship('Vendors', back_populates='vendorNotes')


class VendorSupply(Base):
    __tablename__ = 'vendor_supply'
    __table_args__ = (
        ForeignKeyConstraint(['created_by'], ['users.id'], name='vendor_supply_created_by_users_id_fk'),
        ForeignKeyConstraint(['vendor_id'], ['vendors.id'], ondelete='CASCADE', name='vendor_supply_vendor_id_vendors_id_fk'),
        Index('idx_category', 'category'),
        Index('idx_product_name_vs', 'product_name'),
        Index('idx_status', 'status'),
        Index('idx_strain', 'strain'),
        Index('idx_vendor_id', 'vendor_id'),
        Index('vendor_supply_created_by_users_id_fk', 'created_by')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    vendor_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    quantity_available: Mapped[decimal.Decimal] = mapped_column(DECIMAL(15, 4), nullable=False)
    status: Mapped[VendorSupplyStatus] = mapped_column(Enum(VendorSupplyStatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'AVAILABLE'"))
    created_by: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    strain: Mapped[Optional[str]] = mapped_column(String(255))
    product_name: Mapped[Optional[str]] = mapped_column(String(255))
    strain_type: Mapped[Optional[VendorSupplyStrainType]] = mapped_column(Enum(VendorSupplyStrainType, values_callable=lambda cls: [member.value for member in cls]))
    category: Mapped[Optional[str]] = mapped_column(String(100))
    subcategory: Mapped[Optional[str]] = mapped_column(String(100))
    grade: Mapped[Optional[str]] = mapped_column(String(50))
    unit_price: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(15, 2))
    available_until: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    reserved_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    purchased_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    notes: Mapped[Optional[str]] = mapped_column(Text)
    internal_notes: Mapped[Optional[str]] = mapped_column(Text)
    created_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text('current_timestamp()'))
    updated_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))

    users: Mapped['Users'] = relationship('Users', back_populates='vendor_supply')
    vendor: Mapped['Vendors'] = relationship('Vendors', back_populates='vendor_supply')
    match_records: Mapped[list['MatchRecords']] = relationship('MatchRecords', back_populates='vendor_supply')


class VipPortalAuth(Base):
    __tablename__ = 'vip_portal_auth'
    __table_args__ = (
        ForeignKeyConstraint(['client_id'], ['clients.id'], ondelete='CASCADE', name='vip_portal_auth_client_id_clients_id_fk'),
        Index('idx_vip_portal_email', 'email'),
        Index('idx_vip_portal_session_token', 'session_token'),
        Index('vip_portal_auth_client_id_unique', 'client_id', unique=True),
        Index('vip_portal_auth_email_unique', 'email', unique=True)
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    client_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    email: Mapped[str] = mapped_column(String(320), nullable=False)
    login_count: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('0'))
    created_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updated_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    password_hash: Mapped[Optional[str]] = mapped_column(String(255))
    google_id: Mapped[Optional[str]] = mapped_column(String(255))
    microsoft_id: Mapped[Optional[str]] = mapped_column(String(255))
    session_token: Mapped[Optional[str]] = mapped_column(String(255))
    session_expires_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    reset_token: Mapped[Optional[str]] = mapped_column(String(255))
    reset_token_expires_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    last_login_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)

    client: Mapped['Clients'] = relationship('Clients', back_populates='vip_portal_auth')


class VipPortalConfigurations(Base):
    __tablename__ = 'vip_portal_configurations'
    __table_args__ = (
        ForeignKeyConstraint(['client_id'], ['clients.id'], ondelete='CASCADE', name='vip_portal_configurations_client_id_clients_id_fk'),
        Index('idx_vip_portal_client_id', 'client_id'),
        Index('vip_portal_configurations_client_id_unique', 'client_id', unique=True)
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    client_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    module_dashboard_enabled: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('1'))
    module_live_catalog_enabled: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('0'))
    module_ar_enabled: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('1'))
    module_ap_enabled: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('1'))
    module_transaction_history_enabled: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('1'))
    module_vip_tier_enabled: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('1'))
    module_credit_center_enabled: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('1'))
    module_marketplace_needs_enabled: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('1'))
    module_marketplace_supply_enabled: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('1'))
    created_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updated_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    features_config: Mapped[Optional[str]] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'))
    advanced_options: Mapped[Optional[str]] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'))

    client: Mapped['Clients'] = relationship('Clients', back_populates='vip_portal_configurations')


class Batches(Base):
    __tablename__ = 'batches'
    __table_args__ = (
        ForeignKeyConstraint(['photo_session_event_id'], ['calendar_events.id'], ondelete='SET NULL', name='batches_photo_session_event_id_calendar_events_id_fk'),
        ForeignKeyConstraint(['statusId'], ['workflow_statuses.id'], ondelete='SET NULL', name='batches_statusId_workflow_statuses_id_fk'),
        Index('batches_code_unique', 'code', unique=True),
        Index('batches_photo_session_event_id_calendar_events_id_fk', 'photo_session_event_id'),
        Index('batches_sku_unique', 'sku', unique=True),
        Index('batches_statusId_workflow_statuses_id_fk', 'statusId')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(String(50), nullable=False)
    sku: Mapped[str] = mapped_column(String(100), nullable=False)
    productId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    lotId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    batchStatus: Mapped[BatchesBatchstatus] = mapped_column(Enum(BatchesBatchstatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'AWAITING_INTAKE'"))
    isSample: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('0'))
    sampleOnly: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('0'))
    sampleAvailable: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('0'))
    cogsMode: Mapped[BatchesCogsmode] = mapped_column(Enum(BatchesCogsmode, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    paymentTerms: Mapped[BatchesPaymentterms] = mapped_column(Enum(BatchesPaymentterms, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    onHandQty: Mapped[str] = mapped_column(String(20), nullable=False, server_default=text("'0'"))
    sampleQty: Mapped[str] = mapped_column(String(20), nullable=False, server_default=text("'0'"))
    reservedQty: Mapped[str] = mapped_column(String(20), nullable=False, server_default=text("'0'"))
    quarantineQty: Mapped[str] = mapped_column(String(20), nullable=False, server_default=text("'0'"))
    holdQty: Mapped[str] = mapped_column(String(20), nullable=False, server_default=text("'0'"))
    defectiveQty: Mapped[str] = mapped_column(String(20), nullable=False, server_default=text("'0'"))
    publishEcom: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('0'))
    publishB2b: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('0'))
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updatedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    statusId: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    grade: Mapped[Optional[str]] = mapped_column(String(10))
    unitCogs: Mapped[Optional[str]] = mapped_column(String(20))
    unitCogsMin: Mapped[Optional[str]] = mapped_column(String(20))
    unitCogsMax: Mapped[Optional[str]] = mapped_column(String(20))
    amountPaid: Mapped[Optional[str]] = mapped_column(String(20), server_default=text("'0'"))
    metadata_: Mapped[Optional[str]] = mapped_column('metadata', Text)
    photo_session_event_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))

    photo_session_event: Mapped[Optional['CalendarEvents']] = relationship('CalendarEvents', back_populates='batches')
    workflow_statuses: Mapped[Optional['WorkflowStatuses']] = relationship('WorkflowStatuses', back_populates='batches')
    batch_status_history: Mapped[list['BatchStatusHistory']] = relationship('BatchStatusHistory', back_populates='batches')
    intake_session_batches: Mapped[list['IntakeSessionBatches']] = relationship('IntakeSessionBatches', back_populates='batch')
    inventoryAlerts: Mapped[list['InventoryAlerts']] = relationship('InventoryAlerts', back_populates='batches')
    inventoryMovements: Mapped[list['InventoryMovements']] = relationship('InventoryMovements', back_populates='batches')
    match_records: Mapped[list['MatchRecords']] = relationship('MatchRecords', back_populates='inventory_batch')
    sample_inventory_log: Mapped[list['SampleInventoryLog']] = relationship('SampleInventoryLog', back_populates='batch')


class CalendarEventAttachments(Base):
    __tablename__ = 'calendar_event_attachments'
    __table_args__ = (
        ForeignKeyConstraint(['event_id'], ['calendar_events.id'], ondelete='CASCADE', name='calendar_event_attachments_event_id_calendar_events_id_fk'),
        ForeignKeyConstraint(['uploaded_by'], ['users.id'], name='calendar_event_attachments_uploaded_by_users_id_fk'),
        Index('calendar_event_attachments_uploaded_by_users_id_fk', 'uploaded_by'),
        Index('idx_attachment_event', 'event_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    event_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    filename: Mapped[str] = mapped_column(String(255), nullable=False)
    original_filename: Mapped[str] = mapped_column(String(255), nullable=False)
    url: Mapped[str] = mapped_column(String(1000), nullable=False)
    file_size: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    mime_type: Mapped[str] = mapped_column(String(100), nullable=False)
    uploaded_by: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    uploaded_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))

    event: Mapped['CalendarEvents'] = relationship('CalendarEvents', back_populates='calendar_event_attachments')
    users: Mapped['Users'] = relationship('Users', back_populates='calendar_event_attachments')


class CalendarEventHistory(Base):
    __tablename__ = 'calendar_event_history'
    __table_args__ = (
        ForeignKeyConstraint(['changed_by'], ['users.id'], name='calendar_event_history_changed_by_users_id_fk'),
        ForeignKeyConstraint(['event_id'], ['calendar_events.id'], ondelete='CASCADE', name='calendar_event_history_event_id_calendar_events_id_fk'),
        Index('calendar_event_history_changed_by_users_id_fk', 'changed_by'),
        Index('idx_history_changed_at', 'changed_at'),
        Index('idx_history_event', 'event_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    event_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    change_type: Mapped[CalendarEventHistoryChangeType] = mapped_column(Enum(CalendarEventHistoryChangeType, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    changed_by: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    changed_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    field_changed: Mapped[Optional[str]] = mapped_column(String(100))
    previous_value: Mapped[Optional[str]] = mapped_column(Text)
    new_value: Mapped[Optional[str]] = mapped_column(Text)
    change_reason: Mapped[Optional[str]] = mapped_column(Text)
    full_snapshot: Mapped[Optional[str]] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'))

    users: Mapped['Users'] = relationship('Users', back_populates='calendar_event_history')
    event: Mapped['CalendarEvents'] = relationship('CalendarEvents', back_populates='calendar_event_history')


class CalendarEventParticipants(Base):
    __tablename__ = 'calendar_event_participants'
    __table_args__ = (
        ForeignKeyConstraint(['added_by'], ['users.id'], name='calendar_event_participants_added_by_users_id_fk'),
        ForeignKeyConstraint(['event_id'], ['calendar_events.id'], ondelete='CASCADE', name='calendar_event_participants_event_id_calendar_events_id_fk'),
        ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE', name='calendar_event_participants_user_id_users_id_fk'),
        Index('calendar_event_participants_added_by_users_id_fk', 'added_by'),
        Index('idx_participant_event_user', 'event_id', 'user_id', unique=True),
        Index('idx_participant_user', 'user_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    event_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    user_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    role: Mapped[CalendarEventParticipantsRole] = mapped_column(Enum(CalendarEventParticipantsRole, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'REQUIRED'"))
    response_status: Mapped[CalendarEventParticipantsResponseStatus] = mapped_column(Enum(CalendarEventParticipantsResponseStatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'PENDING'"))
    notify_on_creation: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('1'))
    notify_on_update: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('1'))
    added_by: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    added_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    responded_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)

    users: Mapped['Users'] = relationship('Users', foreign_keys=[added_by], back_populates='calendar_event_participants_added_by')
    event: Mapped['CalendarEvents'] = relationship('CalendarEvents', back_populates='calendar_event_participants')
    user: Mapped['Users'] = relationship('Users', foreign_keys=[user_id], back_populates='calendar_event_participants_user')


class CalendarEventPermissions(Base):
    __tablename__ = 'calendar_event_permissions'
    __table_args__ = (
        ForeignKeyConstraint(['event_id'], ['calendar_events.id'], ondelete='CASCADE', name='calendar_event_permissions_event_id_calendar_events_id_fk'),
        ForeignKeyConstraint(['granted_by'], ['users.id'], name='calendar_event_permissions_granted_by_users_id_fk'),
        Index('calendar_event_permissions_granted_by_users_id_fk', 'granted_by'),
        Index('idx_permission_event_grantee', 'event_id', 'grant_type', 'grantee_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    event_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    grant_type: Mapped[CalendarEventPermissionsGrantType] = mapped_column(Enum(CalendarEventPermissionsGrantType, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    grantee_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    permission: Mapped[CalendarEventPermissionsPermission] = mapped_column(Enum(CalendarEventPermissionsPermission, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    granted_by: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    granted_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))

    event: Mapped['CalendarEvents'] = relationship('CalendarEvents', back_populates='calendar_event_permissions')
    users: Mapped['Users'] = relationship('Users', back_populates='calendar_event_permissions')


class CalendarRecurrenceInstances(Base):
    __tablename__ = 'calendar_recurrence_instances'
    __table_args__ = (
        ForeignKeyConstraint(['modified_assigned_to'], ['users.id'], name='calendar_recurrence_instances_modified_assigned_to_users_id_fk'),
        ForeignKeyConstraint(['modified_by'], ['users.id'], name='calendar_recurrence_instances_modified_by_users_id_fk'),
        ForeignKeyConstraint(['parent_event_id'], ['calendar_events.id'], ondelete='CASCADE', name='calendar_recurrence_instances_parent_event_id_fk'),
        Index('calendar_recurrence_instances_modified_assigned_to_users_id_fk', 'modified_assigned_to'),
        Index('calendar_recurrence_instances_modified_by_users_id_fk', 'modified_by'),
        Index('idx_instance_date_range', 'instance_date', 'start_time'),
        Index('idx_instance_parent_date', 'parent_event_id', 'instance_date'),
        Index('idx_instance_status', 'status')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    parent_event_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    instance_date: Mapped[datetime.date] = mapped_column(Date, nullable=False)
    status: Mapped[CalendarRecurrenceInstancesStatus] = mapped_column(Enum(CalendarRecurrenceInstancesStatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'GENERATED'"))
    generated_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    start_time: Mapped[Optional[str]] = mapped_column(String(8))
    end_time: Mapped[Optional[str]] = mapped_column(String(8))
    timezone: Mapped[Optional[str]] = mapped_column(String(50))
    modified_title: Mapped[Optional[str]] = mapped_column(String(255))
    modified_description: Mapped[Optional[str]] = mapped_column(Text)
    modified_location: Mapped[Optional[str]] = mapped_column(String(500))
    modified_assigned_to: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    modified_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    modified_by: Mapped[Optional[int]] = mapped_column(INTEGER(11))

    users: Mapped[Optional['Users']] = relationship('Users', foreign_keys=[modified_assigned_to], back_populates='calendar_recurrence_instances_modified_assigned_to')
    users_: Mapped[Optional['Users']] = relationship('Users', foreign_keys=[modified_by], back_populates='calendar_recurrence_instances_modified_by')
    parent_event: Mapped['CalendarEvents'] = relationship('CalendarEvents', back_populates='calendar_recurrence_instances')


class CalendarRecurrenceRules(Base):
    __tablename__ = 'calendar_recurrence_rules'
    __table_args__ = (
        ForeignKeyConstraint(['event_id'], ['calendar_events.id'], ondelete='CASCADE', name='calendar_recurrence_rules_event_id_calendar_events_id_fk'),
        Index('calendar_recurrence_rules_event_id_unique', 'event_id', unique=True),
        Index('idx_recurrence_event', 'event_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    event_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    frequency: Mapped[CalendarRecurrenceRulesFrequency] = mapped_column(Enum(CalendarRecurrenceRulesFrequency, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    interval: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('1'))
    start_date: Mapped[datetime.date] = mapped_column(Date, nullable=False)
    created_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updated_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    by_day: Mapped[Optional[str]] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'))
    by_month_day: Mapped[Optional[str]] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'))
    by_week_of_month: Mapped[Optional[str]] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'))
    by_day_of_week_in_month: Mapped[Optional[str]] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'))
    by_month: Mapped[Optional[str]] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'))
    end_date: Mapped[Optional[datetime.date]] = mapped_column(Date)
    count: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    exception_dates: Mapped[Optional[str]] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'), server_default=text("'[]'"))

    event: Mapped['CalendarEvents'] = relationship('CalendarEvents', back_populates='calendar_recurrence_rules')


class CalendarReminders(Base):
    __tablename__ = 'calendar_reminders'
    __table_args__ = (
        ForeignKeyConstraint(['event_id'], ['calendar_events.id'], ondelete='CASCADE', name='calendar_reminders_event_id_calendar_events_id_fk'),
        ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE', name='calendar_reminders_user_id_users_id_fk'),
        Index('idx_reminder_event', 'event_id'),
        Index('idx_reminder_time', 'reminder_time', 'status'),
        Index('idx_reminder_user', 'user_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    event_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    user_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    reminder_time: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False)
    method: Mapped[CalendarRemindersMethod] = mapped_column(Enum(CalendarRemindersMethod, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'IN_APP'"))
    status: Mapped[CalendarRemindersStatus] = mapped_column(Enum(CalendarRemindersStatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'PENDING'"))
    created_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    relative_minutes: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    sent_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    failure_reason: Mapped[Optional[str]] = mapped_column(String(500))

    event: Mapped['CalendarEvents'] = relationship('CalendarEvents', back_populates='calendar_reminders')
    user: Mapped['Users'] = relationship('Users', back_populates='calendar_reminders')


class ClientInterestListItems(Base):
    __tablename__ = 'client_interest_list_items'
    __table_args__ = (
        ForeignKeyConstraint(['interest_list_id'], ['client_interest_lists.id'], ondelete='CASCADE', name='client_interest_list_items_interest_list_id_fk'),
        Index('idx_interest_list_items_batch_id', 'batch_id'),
        Index('idx_interest_list_items_list_id', 'interest_list_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    interest_list_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    batch_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    item_name: Mapped[str] = mapped_column(String(255), nullable=False)
    price_at_interest: Mapped[decimal.Decimal] = mapped_column(DECIMAL(10, 2), nullable=False)
    created_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    category: Mapped[Optional[str]] = mapped_column(String(100))
    subcategory: Mapped[Optional[str]] = mapped_column(String(100))
    quantity_at_interest: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(10, 2))

    interest_list: Mapped['ClientInterestLists'] = relationship('ClientInterestLists', back_populates='client_interest_list_items')


class ClientMeetingHistory(Base):
    __tablename__ = 'client_meeting_history'
    __table_args__ = (
        ForeignKeyConstraint(['calendar_event_id'], ['calendar_events.id'], ondelete='CASCADE', name='client_meeting_history_calendar_event_id_calendar_events_id_fk'),
        Index('idx_meeting_history_client', 'client_id'),
        Index('idx_meeting_history_date', 'meeting_date'),
        Index('idx_meeting_history_event', 'calendar_event_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    client_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    calendar_event_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    meeting_date: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False)
    meeting_type: Mapped[str] = mapped_column(String(100), nullable=False)
    outcome: Mapped[str] = mapped_column(String(50), nullable=False)
    created_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updated_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    attendees: Mapped[Optional[str]] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'))
    notes: Mapped[Optional[str]] = mapped_column(Text)
    action_items: Mapped[Optional[str]] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'))

    calendar_event: Mapped['CalendarEvents'] = relationship('CalendarEvents', back_populates='client_meeting_history')


class ClientNotes(Base):
    __tablename__ = 'client_notes'
    __table_args__ = (
        ForeignKeyConstraint(['client_id'], ['clients.id'], ondelete='CASCADE', name='client_notes_client_id_clients_id_fk'),
        ForeignKeyConstraint(['note_id'], ['freeform_notes.id'], ondelete='CASCADE', name='client_notes_note_id_freeform_notes_id_fk'),
        Index('client_notes_note_id_freeform_notes_id_fk', 'note_id'),
        Index('unique_client_note', 'client_id', 'note_id', unique=True)
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    client_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    note_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    created_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text('current_timestamp()'))

    client: Mapped['Clients'] = relationship('Clients', back_populates='client_notes')
    note: Mapped['FreeformNotes'] = relationship('FreeformNotes', back_populates='client_notes')


class CommentMentions(Base):
    __tablename__ = 'comment_mentions'
    __table_args__ = (
        ForeignKeyConstraint(['comment_id'], ['comments.id'], ondelete='CASCADE', name='comment_mentions_comment_id_comments_id_fk'),
        ForeignKeyConstraint(['mentioned_by_user_id'], ['users.id'], ondelete='CASCADE', name='comment_mentions_mentioned_by_user_id_users_id_fk'),
        ForeignKeyConstraint(['mentioned_user_id'], ['users.id'], ondelete='CASCADE', name='comment_mentions_mentioned_user_id_users_id_fk'),
        Index('comment_mentions_mentioned_by_user_id_users_id_fk', 'mentioned_by_user_id'),
        Index('idx_comment_id', 'comment_id'),
        Index('idx_mentioned_user_id', 'mentioned_user_id'),
        Index('unique_mention', 'comment_id', 'mentioned_user_id', unique=True)
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    comment_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    mentioned_user_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    mentioned_by_user_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    created_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))

    comment: Mapped['Comments'] = relationship('Comments', back_populates='comment_mentions')
    mentioned_by_user: Mapped['Users'] = relationship('Users', foreign_keys=[mentioned_by_user_id], back_populates='comment_mentions_mentioned_by_user')
    mentioned_user: Mapped['Users'] = relationship('Users', foreign_keys=[mentioned_user_id], back_populates='comment_mentions_mentioned_user')


class Credits(Base):
    __tablename__ = 'credits'
    __table_args__ = (
        ForeignKeyConstraint(['clientId'], ['clients.id'], ondelete='CASCADE', name='credits_clientId_clients_id_fk'),
        ForeignKeyConstraint(['createdBy'], ['users.id'], name='credits_createdBy_users_id_fk'),
        ForeignKeyConstraint(['transactionId'], ['transactions.id'], name='credits_transactionId_transactions_id_fk'),
        Index('credits_createdBy_users_id_fk', 'createdBy'),
        Index('credits_creditNumber_unique', 'creditNumber', unique=True),
        Index('credits_transactionId_transactions_id_fk', 'transactionId'),
        Index('idx_credits_client_id', 'clientId'),
        Index('idx_credits_expiration', 'expirationDate'),
        Index('idx_credits_status', 'creditStatus')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    creditNumber: Mapped[str] = mapped_column(String(50), nullable=False)
    clientId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    creditAmount: Mapped[str] = mapped_column(String(20), nullable=False)
    amountUsed: Mapped[str] = mapped_column(String(20), nullable=False, server_default=text("'0'"))
    amountRemaining: Mapped[str] = mapped_column(String(20), nullable=False)
    creditStatus: Mapped[CreditsCreditstatus] = mapped_column(Enum(CreditsCreditstatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'ACTIVE'"))
    createdBy: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updatedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    transactionId: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    creditReason: Mapped[Optional[str]] = mapped_column(String(100))
    expirationDate: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    notes: Mapped[Optional[str]] = mapped_column(Text)

    clients: Mapped['Clients'] = relationship('Clients', back_populates='credits')
    users: Mapped['Users'] = relationship('Users', back_populates='credits')
    transactions: Mapped[Optional['Transactions']] = relationship('Transactions', back_populates='credits')
    creditApplications: Mapped[list['CreditApplications']] = relationship('CreditApplications', back_populates='credits')


class NoteActivity(Base):
    __tablename__ = 'note_activity'
    __table_args__ = (
        ForeignKeyConstraint(['noteId'], ['freeform_notes.id'], ondelete='CASCADE', name='note_activity_noteId_freeform_notes_id_fk'),
        ForeignKeyConstraint(['userId'], ['users.id'], ondelete='CASCADE', name='note_activity_userId_users_id_fk'),
        Index('note_activity_noteId_freeform_notes_id_fk', 'noteId'),
        Index('note_activity_userId_users_id_fk', 'userId')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    noteId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    userId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    activityType: Mapped[NoteActivityActivitytype] = mapped_column(Enum(NoteActivityActivitytype, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    metadata_: Mapped[Optional[str]] = mapped_column('metadata', LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'))

    freeform_notes: Mapped['FreeformNotes'] = relationship('FreeformNotes', back_populates='note_activity')
    users: Mapped['Users'] = relationship('Users', back_populates='note_activity')


class NoteComments(Base):
    __tablename__ = 'note_comments'
    __table_args__ = (
        ForeignKeyConstraint(['noteId'], ['freeform_notes.id'], ondelete='CASCADE', name='note_comments_noteId_freeform_notes_id_fk'),
        ForeignKeyConstraint(['userId'], ['users.id'], ondelete='CASCADE', name='note_comments_userId_users_id_fk'),
        Index('note_comments_noteId_freeform_notes_id_fk', 'noteId'),
        Index('note_comments_userId_users_id_fk', 'userId')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    noteId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    userId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    content: Mapped[str] = mapped_column(Text, nullable=False)
    isResolved: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('0'))
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updatedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    parentCommentId: Mapped[Optional[int]] = mapped_column(INTEGER(11))

    freeform_notes: Mapped['FreeformNotes'] = relationship('FreeformNotes', back_populates='note_comments')
    users: Mapped['Users'] = relationship('Users', back_populates='note_comments')


class Orders(Base):
    __tablename__ = 'orders'
    __table_args__ = (
        ForeignKeyConstraint(['client_id'], ['clients.id'], ondelete='CASCADE', name='orders_client_id_clients_id_fk'),
        ForeignKeyConstraint(['converted_from_order_id'], ['orders.id'], name='orders_converted_from_order_id_orders_id_fk'),
        ForeignKeyConstraint(['created_by'], ['users.id'], name='orders_created_by_users_id_fk'),
        ForeignKeyConstraint(['intake_event_id'], ['calendar_events.id'], ondelete='SET NULL', name='orders_intake_event_id_calendar_events_id_fk'),
        ForeignKeyConstraint(['packed_by'], ['users.id'], name='orders_packed_by_users_id_fk'),
        ForeignKeyConstraint(['shipped_by'], ['users.id'], name='orders_shipped_by_users_id_fk'),
        Index('idx_client_id', 'client_id'),
        Index('idx_created_at', 'created_at'),
        Index('idx_fulfillment_status', 'fulfillmentStatus'),
        Index('idx_is_draft', 'is_draft'),
        Index('idx_order_type', 'orderType'),
        Index('idx_quote_status', 'quoteStatus'),
        Index('idx_sale_status', 'saleStatus'),
        Index('orders_converted_from_order_id_orders_id_fk', 'converted_from_order_id'),
        Index('orders_created_by_users_id_fk', 'created_by'),
        Index('orders_intake_event_id_calendar_events_id_fk', 'intake_event_id'),
        Index('orders_order_number_unique', 'order_number', unique=True),
        Index('orders_packed_by_users_id_fk', 'packed_by'),
        Index('orders_shipped_by_users_id_fk', 'shipped_by')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    order_number: Mapped[str] = mapped_column(String(50), nullable=False)
    orderType: Mapped[OrdersOrdertype] = mapped_column(Enum(OrdersOrdertype, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    is_draft: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('1'))
    client_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    items: Mapped[str] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'), nullable=False)
    subtotal: Mapped[decimal.Decimal] = mapped_column(DECIMAL(15, 2), nullable=False)
    total: Mapped[decimal.Decimal] = mapped_column(DECIMAL(15, 2), nullable=False)
    paymentTerms: Mapped[OrdersPaymentterms] = mapped_column(Enum(OrdersPaymentterms, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    created_by: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    client_need_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    intake_event_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    tax: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(15, 2), server_default=text('0.00'))
    discount: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(15, 2), server_default=text('0.00'))
    total_cogs: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(15, 2))
    total_margin: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(15, 2))
    avg_margin_percent: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(5, 2))
    valid_until: Mapped[Optional[datetime.date]] = mapped_column(Date)
    quoteStatus: Mapped[Optional[OrdersQuotestatus]] = mapped_column(Enum(OrdersQuotestatus, values_callable=lambda cls: [member.value for member in cls]))
    cash_payment: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(15, 2), server_default=text('0.00'))
    due_date: Mapped[Optional[datetime.date]] = mapped_column(Date)
    saleStatus: Mapped[Optional[OrdersSalestatus]] = mapped_column(Enum(OrdersSalestatus, values_callable=lambda cls: [member.value for member in cls]))
    invoice_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    fulfillmentStatus: Mapped[Optional[OrdersFulfillmentstatus]] = mapped_column(Enum(OrdersFulfillmentstatus, values_callable=lambda cls: [member.value for member in cls]), server_default=text("'PENDING'"))
    packed_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    packed_by: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    shipped_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    shipped_by: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    converted_from_order_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    converted_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    confirmed_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    related_sample_request_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    notes: Mapped[Optional[str]] = mapped_column(Text)
    created_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text('current_timestamp()'))
    updated_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))

    client: Mapped['Clients'] = relationship('Clients', back_populates='orders')
    converted_from_order: Mapped[Optional['Orders']] = relationship('Orders', remote_side=[id], back_populates='converted_from_order_reverse')
    converted_from_order_reverse: Mapped[list['Orders']] = relationship('Orders', remote_side=[converted_from_order_id], back_populates='converted_from_order')
    users: Mapped['Users'] = relationship('Users', foreign_keys=[created_by], back_populates='orders_created_by')
    intake_event: Mapped[Optional['CalendarEvents']] = relationship('CalendarEvents', back_populates='orders')
    users_: Mapped[Optional['Users']] = relationship('Users', foreign_keys=[packed_by], back_populates='orders_packed_by')
    users1: Mapped[Optional['Users']] = relationship('Users', foreign_keys=[shipped_by], back_populates='orders_shipped_by')
    match_records_historical_order: Mapped[list['MatchRecords']] = relationship('MatchRecords', foreign_keys='[MatchRecords.historical_order_id]', back_populates='historical_order')
    match_records_sale_order: Mapped[list['MatchRecords']] = relationship('MatchRecords', foreign_keys='[MatchRecords.sale_order_id]', back_populates='sale_order')
    order_status_history: Mapped[list['OrderStatusHistory']] = relationship('OrderStatusHistory', back_populates='order')
    returns: Mapped[list['Returns']] = relationship('Returns', back_populates='order')
    sampleRequests: Mapped[list['SampleRequests']] = relationship('SampleRequests', back_populates='orders')
    sample_inventory_log: Mapped[list['SampleInventoryLog']] = relationship('SampleInventoryLog', back_populates='order')


class PurchaseOrders(Base):
    __tablename__ = 'purchaseOrders'
    __table_args__ = (
        ForeignKeyConstraint(['createdBy'], ['users.id'], name='purchaseOrders_createdBy_users_id_fk'),
        ForeignKeyConstraint(['intakeSessionId'], ['intake_sessions.id'], ondelete='SET NULL', name='purchaseOrders_intakeSessionId_intake_sessions_id_fk'),
        ForeignKeyConstraint(['vendorId'], ['vendors.id'], name='purchaseOrders_vendorId_vendors_id_fk'),
        Index('idx_po_order_date', 'orderDate'),
        Index('idx_po_status', 'purchaseOrderStatus'),
        Index('idx_po_vendor_id', 'vendorId'),
        Index('purchaseOrders_createdBy_users_id_fk', 'createdBy'),
        Index('purchaseOrders_intakeSessionId_intake_sessions_id_fk', 'intakeSessionId'),
        Index('purchaseOrders_poNumber_unique', 'poNumber', unique=True)
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    poNumber: Mapped[str] = mapped_column(String(50), nullable=False)
    vendorId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    purchaseOrderStatus: Mapped[PurchaseordersPurchaseorderstatus] = mapped_column(Enum(PurchaseordersPurchaseorderstatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'DRAFT'"))
    orderDate: Mapped[datetime.date] = mapped_column(Date, nullable=False)
    createdBy: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updatedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    intakeSessionId: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    expectedDeliveryDate: Mapped[Optional[datetime.date]] = mapped_column(Date)
    actualDeliveryDate: Mapped[Optional[datetime.date]] = mapped_column(Date)
    subtotal: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(15, 2), server_default=text('0.00'))
    tax: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(15, 2), server_default=text('0.00'))
    shipping: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(15, 2), server_default=text('0.00'))
    total: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(15, 2), server_default=text('0.00'))
    paymentTerms: Mapped[Optional[str]] = mapped_column(String(100))
    paymentDueDate: Mapped[Optional[datetime.date]] = mapped_column(Date)
    notes: Mapped[Optional[str]] = mapped_column(Text)
    vendorNotes: Mapped[Optional[str]] = mapped_column(Text)
    sentAt: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    confirmedAt: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)

    users: Mapped['Users'] = relationship('Users', back_populates='purchaseOrders')
    intake_sessions: Mapped[Optional['IntakeSessions']] = relationship('IntakeSessions', back_populates='purchaseOrders')
    vendors: Mapped['Vendors'] = relationship('Vendors', back_populates='purchaseOrders')
    purchaseOrderItems: Mapped[list['PurchaseOrderItems']] = relationship('PurchaseOrderItems', back_populates='purchaseOrders')


class SalesSheetVersions(Base):
    __tablename__ = 'salesSheetVersions'
    __table_args__ = (
        ForeignKeyConstraint(['createdBy'], ['users.id'], name='salesSheetVersions_createdBy_users_id_fk'),
        ForeignKeyConstraint(['templateId'], ['sales_sheet_templates.id'], ondelete='CASCADE', name='salesSheetVersions_templateId_sales_sheet_templates_id_fk'),
        Index('idx_sales_sheet_versions_template', 'templateId', 'versionNumber'),
        Index('salesSheetVersions_createdBy_users_id_fk', 'createdBy')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    templateId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    versionNumber: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    name: Mapped[str] = mapped_column(String(255), nullable=False)
    filters: Mapped[str] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'), nullable=False)
    selected_items: Mapped[str] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'), nullable=False)
    column_visibility: Mapped[str] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'), nullable=False)
    createdBy: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    description: Mapped[Optional[str]] = mapped_column(Text)
    changes: Mapped[Optional[str]] = mapped_column(Text)

    users: Mapped['Users'] = relationship('Users', back_populates='salesSheetVersions')
    sales_sheet_templates: Mapped['SalesSheetTemplates'] = relationship('SalesSheetTemplates', back_populates='salesSheetVersions')


class SalesSheetHistory(Base):
    __tablename__ = 'sales_sheet_history'
    __table_args__ = (
        ForeignKeyConstraint(['client_id'], ['clients.id'], ondelete='CASCADE', name='sales_sheet_history_client_id_clients_id_fk'),
        ForeignKeyConstraint(['created_by'], ['users.id'], name='sales_sheet_history_created_by_users_id_fk'),
        ForeignKeyConstraint(['template_id'], ['sales_sheet_templates.id'], ondelete='SET NULL', name='sales_sheet_history_template_id_sales_sheet_templates_id_fk'),
        Index('idx_client_id', 'client_id'),
        Index('idx_created_at', 'created_at'),
        Index('idx_created_by', 'created_by'),
        Index('sales_sheet_history_template_id_sales_sheet_templates_id_fk', 'template_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    client_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    created_by: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    items: Mapped[str] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'), nullable=False)
    total_value: Mapped[decimal.Decimal] = mapped_column(DECIMAL(15, 2), nullable=False)
    item_count: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    template_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    notes: Mapped[Optional[str]] = mapped_column(Text)
    created_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text('current_timestamp()'))

    client: Mapped['Clients'] = relationship('Clients', back_populates='sales_sheet_history')
    users: Mapped['Users'] = relationship('Users', back_populates='sales_sheet_history')
    template: Mapped[Optional['SalesSheetTemplates']] = relationship('SalesSheetTemplates', back_populates='sales_sheet_history')


class TagGroupMembers(Base):
    __tablename__ = 'tagGroupMembers'
    __table_args__ = (
        ForeignKeyConstraint(['groupId'], ['tagGroups.id'], ondelete='CASCADE', name='tagGroupMembers_groupId_tagGroups_id_fk'),
        ForeignKeyConstraint(['tagId'], ['tags.id'], ondelete='CASCADE', name='tagGroupMembers_tagId_tags_id_fk'),
        Index('idx_tag_group_members_group_tag', 'groupId', 'tagId'),
        Index('tagGroupMembers_tagId_tags_id_fk', 'tagId')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    groupId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    tagId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))

    tagGroups: Mapped['TagGroups'] = relationship('TagGroups', back_populates='tagGroupMembers')
    tags: Mapped['Tags'] = relationship('Tags', back_populates='tagGroupMembers')


class TodoListMembers(Base):
    __tablename__ = 'todo_list_members'
    __table_args__ = (
        ForeignKeyConstraint(['added_by'], ['users.id'], ondelete='CASCADE', name='todo_list_members_added_by_users_id_fk'),
        ForeignKeyConstraint(['list_id'], ['todo_lists.id'], ondelete='CASCADE', name='todo_list_members_list_id_todo_lists_id_fk'),
        ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE', name='todo_list_members_user_id_users_id_fk'),
        Index('idx_list_id', 'list_id'),
        Index('idx_user_id', 'user_id'),
        Index('todo_list_members_added_by_users_id_fk', 'added_by'),
        Index('unique_list_member', 'list_id', 'user_id', unique=True)
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    list_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    user_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    role: Mapped[TodoListMembersRole] = mapped_column(Enum(TodoListMembersRole, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'editor'"))
    added_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    added_by: Mapped[int] = mapped_column(INTEGER(11), nullable=False)

    users: Mapped['Users'] = relationship('Users', foreign_keys=[added_by], back_populates='todo_list_members_added_by')
    list: Mapped['TodoLists'] = relationship('TodoLists', back_populates='todo_list_members')
    user: Mapped['Users'] = relationship('Users', foreign_keys=[user_id], back_populates='todo_list_members_user')


class TodoTasks(Base):
    __tablename__ = 'todo_tasks'
    __table_args__ = (
        ForeignKeyConstraint(['assigned_to'], ['users.id'], ondelete='SET NULL', name='todo_tasks_assigned_to_users_id_fk'),
        ForeignKeyConstraint(['completed_by'], ['users.id'], ondelete='SET NULL', name='todo_tasks_completed_by_users_id_fk'),
        ForeignKeyConstraint(['created_by'], ['users.id'], ondelete='CASCADE', name='todo_tasks_created_by_users_id_fk'),
        ForeignKeyConstraint(['list_id'], ['todo_lists.id'], ondelete='CASCADE', name='todo_tasks_list_id_todo_lists_id_fk'),
        Index('idx_assigned_to', 'assigned_to'),
        Index('idx_created_by', 'created_by'),
        Index('idx_due_date', 'due_date'),
        Index('idx_list_id', 'list_id'),
        Index('idx_status', 'status'),
        Index('todo_tasks_completed_by_users_id_fk', 'completed_by')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    list_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    title: Mapped[str] = mapped_column(String(500), nullable=False)
    status: Mapped[TodoTasksStatus] = mapped_column(Enum(TodoTasksStatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'todo'"))
    created_by: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    position: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('0'))
    is_completed: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('0'))
    created_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updated_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    description: Mapped[Optional[str]] = mapped_column(Text)
    priority: Mapped[Optional[TodoTasksPriority]] = mapped_column(Enum(TodoTasksPriority, values_callable=lambda cls: [member.value for member in cls]), server_default=text("'medium'"))
    due_date: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    assigned_to: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    completed_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    completed_by: Mapped[Optional[int]] = mapped_column(INTEGER(11))

    users: Mapped[Optional['Users']] = relationship('Users', foreign_keys=[assigned_to], back_populates='todo_tasks_assigned_to')
    users_: Mapped[Optional['Users']] = relationship('Users', foreign_keys=[completed_by], back_populates='todo_tasks_completed_by')
    users1: Mapped['Users'] = relationship('Users', foreign_keys=[created_by], back_populates='todo_tasks_created_by')
    list: Mapped['TodoLists'] = relationship('TodoLists', back_populates='todo_tasks')
    todo_task_activity: Mapped[list['TodoTaskActivity']] = relationship('TodoTaskActivity', back_populates='task')


class TransactionLinks(Base):
    __tablename__ = 'transactionLinks'
    __table_args__ = (
        ForeignKeyConstraint(['childTransactionId'], ['transactions.id'], ondelete='CASCADE', name='transactionLinks_childTransactionId_transactions_id_fk'),
        ForeignKeyConstraint(['createdBy'], ['users.id'], name='transactionLinks_createdBy_users_id_fk'),
        ForeignKeyConstraint(['parentTransactionId'], ['transactions.id'], ondelete='CASCADE', name='transactionLinks_parentTransactionId_transactions_id_fk'),
        Index('idx_transaction_links_child', 'childTransactionId'),
        Index('idx_transaction_links_parent', 'parentTransactionId'),
        Index('idx_transaction_links_type', 'transactionLinkType'),
        Index('transactionLinks_createdBy_users_id_fk', 'createdBy')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    parentTransactionId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    childTransactionId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    transactionLinkType: Mapped[TransactionlinksTransactionlinktype] = mapped_column(Enum(TransactionlinksTransactionlinktype, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    createdBy: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    linkAmount: Mapped[Optional[str]] = mapped_column(String(20))
    notes: Mapped[Optional[str]] = mapped_column(Text)

    transactions: Mapped['Transactions'] = relationship('Transactions', foreign_keys=[childTransactionId], back_populates='transactionLinks_childTransactionId')
    users: Mapped['Users'] = relationship('Users', back_populates='transactionLinks')
    transactions_: Mapped['Transactions'] = relationship('Transactions', foreign_keys=[parentTransactionId], back_populates='transactionLinks_parentTransactionId')


class BatchStatusHistory(Base):
    __tablename__ = 'batch_status_history'
    __table_args__ = (
        ForeignKeyConstraint(['batchId'], ['batches.id'], ondelete='CASCADE', name='batch_status_history_batchId_batches_id_fk'),
        ForeignKeyConstraint(['changedBy'], ['users.id'], name='batch_status_history_changedBy_users_id_fk'),
        ForeignKeyConstraint(['fromStatusId'], ['workflow_statuses.id'], ondelete='SET NULL', name='batch_status_history_fromStatusId_workflow_statuses_id_fk'),
        ForeignKeyConstraint(['toStatusId'], ['workflow_statuses.id'], name='batch_status_history_toStatusId_workflow_statuses_id_fk'),
        Index('batch_status_history_fromStatusId_workflow_statuses_id_fk', 'fromStatusId'),
        Index('idx_batch_status_history_batchId', 'batchId'),
        Index('idx_batch_status_history_changedBy', 'changedBy'),
        Index('idx_batch_status_history_createdAt', 'createdAt'),
        Index('idx_batch_status_history_toStatusId', 'toStatusId')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    batchId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    toStatusId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    changedBy: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    fromStatusId: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    notes: Mapped[Optional[str]] = mapped_column(Text)

    batches: Mapped['Batches'] = relationship('Batches', back_populates='batch_status_history')
    users: Mapped['Users'] = relationship('Users', back_populates='batch_status_history')
    workflow_statuses: Mapped[Optional['WorkflowStatuses']] = relationship('WorkflowStatuses', foreign_keys=[fromStatusId], back_populates='batch_status_history_fromStatusId')
    workflow_statuses_: Mapped['WorkflowStatuses'] = relationship('WorkflowStatuses', foreign_keys=[toStatusId], back_populates='batch_status_history_toStatusId')


class CreditApplications(Base):
    __tablename__ = 'creditApplications'
    __table_args__ = (
        ForeignKeyConstraint(['appliedBy'], ['users.id'], name='creditApplications_appliedBy_users_id_fk'),
        ForeignKeyConstraint(['creditId'], ['credits.id'], ondelete='CASCADE', name='creditApplications_creditId_credits_id_fk'),
        ForeignKeyConstraint(['invoiceId'], ['transactions.id'], ondelete='CASCADE', name='creditApplications_invoiceId_transactions_id_fk'),
        Index('creditApplications_appliedBy_users_id_fk', 'appliedBy'),
        Index('idx_credit_applications_credit', 'creditId'),
        Index('idx_credit_applications_invoice', 'invoiceId')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    creditId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    invoiceId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    amountApplied: Mapped[str] = mapped_column(String(20), nullable=False)
    appliedDate: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False)
    appliedBy: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    notes: Mapped[Optional[str]] = mapped_column(Text)

    users: Mapped['Users'] = relationship('Users', back_populates='creditApplications')
    credits: Mapped['Credits'] = relationship('Credits', back_populates='creditApplications')
    transactions: Mapped['Transactions'] = relationship('Transactions', back_populates='creditApplications')


class IntakeSessionBatches(Base):
    __tablename__ = 'intake_session_batches'
    __table_args__ = (
        ForeignKeyConstraint(['batch_id'], ['batches.id'], ondelete='CASCADE', name='intake_session_batches_batch_id_batches_id_fk'),
        ForeignKeyConstraint(['intake_session_id'], ['intake_sessions.id'], ondelete='CASCADE', name='intake_session_batches_intake_session_id_intake_sessions_id_fk'),
        Index('idx_batch_id', 'batch_id'),
        Index('idx_intake_session_id', 'intake_session_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    intake_session_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    batch_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    received_qty: Mapped[decimal.Decimal] = mapped_column(DECIMAL(15, 4), nullable=False)
    unit_cost: Mapped[decimal.Decimal] = mapped_column(DECIMAL(15, 4), nullable=False)
    total_cost: Mapped[decimal.Decimal] = mapped_column(DECIMAL(15, 4), nullable=False)
    internal_notes: Mapped[Optional[str]] = mapped_column(Text)
    vendor_notes: Mapped[Optional[str]] = mapped_column(Text)
    cogs_agreement: Mapped[Optional[str]] = mapped_column(Text)
    created_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text('current_timestamp()'))
    updated_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))

    batch: Mapped['Batches'] = relationship('Batches', back_populates='intake_session_batches')
    intake_session: Mapped['IntakeSessions'] = relationship('IntakeSessions', back_populates='intake_session_batches')


class InventoryAlerts(Base):
    __tablename__ = 'inventoryAlerts'
    __table_args__ = (
        ForeignKeyConstraint(['acknowledgedBy'], ['users.id'], name='inventoryAlerts_acknowledgedBy_users_id_fk'),
        ForeignKeyConstraint(['batchId'], ['batches.id'], ondelete='CASCADE', name='inventoryAlerts_batchId_batches_id_fk'),
        Index('idx_inventory_alerts_batch', 'batchId'),
        Index('idx_inventory_alerts_severity', 'alertSeverity'),
        Index('idx_inventory_alerts_status', 'alertStatus'),
        Index('idx_inventory_alerts_type', 'inventoryAlertType'),
        Index('inventoryAlerts_acknowledgedBy_users_id_fk', 'acknowledgedBy')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    inventoryAlertType: Mapped[InventoryalertsInventoryalerttype] = mapped_column(Enum(InventoryalertsInventoryalerttype, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    batchId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    alertSeverity: Mapped[InventoryalertsAlertseverity] = mapped_column(Enum(InventoryalertsAlertseverity, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    alertStatus: Mapped[InventoryalertsAlertstatus] = mapped_column(Enum(InventoryalertsAlertstatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'ACTIVE'"))
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updatedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    threshold: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(10, 2))
    currentValue: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(10, 2))
    message: Mapped[Optional[str]] = mapped_column(Text)
    acknowledgedBy: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    acknowledgedAt: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    resolvedAt: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    resolution: Mapped[Optional[str]] = mapped_column(Text)

    users: Mapped[Optional['Users']] = relationship('Users', back_populates='inventoryAlerts')
    batches: Mapped['Batches'] = relationship('Batches', back_populates='inventoryAlerts')


class InventoryMovements(Base):
    __tablename__ = 'inventoryMovements'
    __table_args__ = (
        ForeignKeyConstraint(['batchId'], ['batches.id'], ondelete='CASCADE', name='inventoryMovements_batchId_batches_id_fk'),
        ForeignKeyConstraint(['performedBy'], ['users.id'], name='inventoryMovements_performedBy_users_id_fk'),
        Index('idx_inventory_movements_batch', 'batchId'),
        Index('idx_inventory_movements_created', 'createdAt'),
        Index('idx_inventory_movements_reference', 'referenceType', 'referenceId'),
        Index('idx_inventory_movements_type', 'inventoryMovementType'),
        Index('inventoryMovements_performedBy_users_id_fk', 'performedBy')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    batchId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    inventoryMovementType: Mapped[InventorymovementsInventorymovementtype] = mapped_column(Enum(InventorymovementsInventorymovementtype, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    quantityChange: Mapped[str] = mapped_column(String(20), nullable=False)
    quantityBefore: Mapped[str] = mapped_column(String(20), nullable=False)
    quantityAfter: Mapped[str] = mapped_column(String(20), nullable=False)
    performedBy: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    referenceType: Mapped[Optional[str]] = mapped_column(String(50))
    referenceId: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    adjustmentReason: Mapped[Optional[InventorymovementsAdjustmentreason]] = mapped_column(Enum(InventorymovementsAdjustmentreason, values_callable=lambda cls: [member.value for member in cls]))
    notes: Mapped[Optional[str]] = mapped_column(Text)

    batches: Mapped['Batches'] = relationship('Batches', back_populates='inventoryMovements')
    users: Mapped['Users'] = relationship('Users', back_populates='inventoryMovements')


class MatchRecords(Base):
    __tablename__ = 'match_records'
    __table_args__ = (
        ForeignKeyConstraint(['actioned_by'], ['users.id'], ondelete='SET NULL', name='match_records_actioned_by_users_id_fk'),
        ForeignKeyConstraint(['client_id'], ['clients.id'], ondelete='CASCADE', name='match_records_client_id_clients_id_fk'),
        ForeignKeyConstraint(['client_need_id'], ['client_needs.id'], ondelete='SET NULL', name='match_records_client_need_id_client_needs_id_fk'),
        ForeignKeyConstraint(['historical_order_id'], ['orders.id'], ondelete='SET NULL', name='match_records_historical_order_id_orders_id_fk'),
        ForeignKeyConstraint(['inventory_batch_id'], ['batches.id'], ondelete='SET NULL', name='match_records_inventory_batch_id_batches_id_fk'),
        ForeignKeyConstraint(['sale_order_id'], ['orders.id'], ondelete='SET NULL', name='match_records_sale_order_id_orders_id_fk'),
        ForeignKeyConstraint(['vendor_supply_id'], ['vendor_supply.id'], ondelete='SET NULL', name='match_records_vendor_supply_id_vendor_supply_id_fk'),
        Index('idx_client_id', 'client_id'),
        Index('idx_client_need_id', 'client_need_id'),
        Index('idx_match_type', 'match_type'),
        Index('idx_user_action', 'user_action'),
        Index('match_records_actioned_by_users_id_fk', 'actioned_by'),
        Index('match_records_historical_order_id_orders_id_fk', 'historical_order_id'),
        Index('match_records_inventory_batch_id_batches_id_fk', 'inventory_batch_id'),
        Index('match_records_sale_order_id_orders_id_fk', 'sale_order_id'),
        Index('match_records_vendor_supply_id_vendor_supply_id_fk', 'vendor_supply_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    client_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    match_type: Mapped[MatchRecordsMatchType] = mapped_column(Enum(MatchRecordsMatchType, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    confidence_score: Mapped[decimal.Decimal] = mapped_column(DECIMAL(5, 2), nullable=False)
    match_reasons: Mapped[str] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'), nullable=False)
    client_need_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    inventory_batch_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    vendor_supply_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    historical_order_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    user_action: Mapped[Optional[MatchRecordsUserAction]] = mapped_column(Enum(MatchRecordsUserAction, values_callable=lambda cls: [member.value for member in cls]))
    actioned_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    actioned_by: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    resulted_in_sale: Mapped[Optional[int]] = mapped_column(TINYINT(1), server_default=text('0'))
    sale_order_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    created_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text('current_timestamp()'))

    users: Mapped[Optional['Users']] = relationship('Users', back_populates='match_records')
    client: Mapped['Clients'] = relationship('Clients', back_populates='match_records')
    client_need: Mapped[Optional['ClientNeeds']] = relationship('ClientNeeds', back_populates='match_records')
    historical_order: Mapped[Optional['Orders']] = relationship('Orders', foreign_keys=[historical_order_id], back_populates='match_records_historical_order')
    inventory_batch: Mapped[Optional['Batches']] = relationship('Batches', back_populates='match_records')
    sale_order: Mapped[Optional['Orders']] = relationship('Orders', foreign_keys=[sale_order_id], back_populates='match_records_sale_order')
    vendor_supply: Mapped[Optional['VendorSupply']] = relationship('VendorSupply', back_populates='match_records')


class OrderStatusHistory(Base):
    __tablename__ = 'order_status_history'
    __table_args__ = (
        ForeignKeyConstraint(['changed_by'], ['users.id'], name='order_status_history_changed_by_users_id_fk'),
        ForeignKeyConstraint(['order_id'], ['orders.id'], ondelete='CASCADE', name='order_status_history_order_id_orders_id_fk'),
        Index('idx_changed_at', 'changed_at'),
        Index('idx_order_id', 'order_id'),
        Index('order_status_history_changed_by_users_id_fk', 'changed_by')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    order_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    fulfillmentStatus: Mapped[OrderStatusHistoryFulfillmentstatus] = mapped_column(Enum(OrderStatusHistoryFulfillmentstatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'PENDING'"))
    changed_by: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    changed_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    notes: Mapped[Optional[str]] = mapped_column(Text)

    users: Mapped['Users'] = relationship('Users', back_populates='order_status_history')
    order: Mapped['Orders'] = relationship('Orders', back_populates='order_status_history')


class PurchaseOrderItems(Base):
    __tablename__ = 'purchaseOrderItems'
    __table_args__ = (
        ForeignKeyConstraint(['productId'], ['products.id'], name='purchaseOrderItems_productId_products_id_fk'),
        ForeignKeyConstraint(['purchaseOrderId'], ['purchaseOrders.id'], ondelete='CASCADE', name='purchaseOrderItems_purchaseOrderId_purchaseOrders_id_fk'),
        Index('idx_poi_po_id', 'purchaseOrderId'),
        Index('idx_poi_product_id', 'productId')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    purchaseOrderId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    productId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    quantityOrdered: Mapped[decimal.Decimal] = mapped_column(DECIMAL(15, 4), nullable=False)
    unitCost: Mapped[decimal.Decimal] = mapped_column(DECIMAL(15, 4), nullable=False)
    totalCost: Mapped[decimal.Decimal] = mapped_column(DECIMAL(15, 4), nullable=False)
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updatedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    quantityReceived: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(15, 4), server_default=text('0.0000'))
    notes: Mapped[Optional[str]] = mapped_column(Text)

    products: Mapped['Products'] = relationship('Products', back_populates='purchaseOrderItems')
    purchaseOrders: Mapped['PurchaseOrders'] = relationship('PurchaseOrders', back_populates='purchaseOrderItems')


class Returns(Base):
    __tablename__ = 'returns'
    __table_args__ = (
        ForeignKeyConstraint(['order_id'], ['orders.id'], ondelete='CASCADE', name='returns_order_id_orders_id_fk'),
        ForeignKeyConstraint(['processed_by'], ['users.id'], name='returns_processed_by_users_id_fk'),
        Index('idx_order_id', 'order_id'),
        Index('idx_processed_at', 'processed_at'),
        Index('returns_processed_by_users_id_fk', 'processed_by')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    order_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    items: Mapped[str] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'), nullable=False)
    returnReason: Mapped[ReturnsReturnreason] = mapped_column(Enum(ReturnsReturnreason, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    processed_by: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    processed_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    notes: Mapped[Optional[str]] = mapped_column(Text)

    order: Mapped['Orders'] = relationship('Orders', back_populates='returns')
    users: Mapped['Users'] = relationship('Users', back_populates='returns')


class SampleRequests(Base):
    __tablename__ = 'sampleRequests'
    __table_args__ = (
        ForeignKeyConstraint(['cancelledBy'], ['users.id'], name='sampleRequests_cancelledBy_users_id_fk'),
        ForeignKeyConstraint(['clientId'], ['clients.id'], ondelete='CASCADE', name='sampleRequests_clientId_clients_id_fk'),
        ForeignKeyConstraint(['fulfilledBy'], ['users.id'], name='sampleRequests_fulfilledBy_users_id_fk'),
        ForeignKeyConstraint(['relatedOrderId'], ['orders.id'], name='sampleRequests_relatedOrderId_orders_id_fk'),
        ForeignKeyConstraint(['requestedBy'], ['users.id'], name='sampleRequests_requestedBy_users_id_fk'),
        Index('idx_sample_requests_client', 'clientId'),
        Index('idx_sample_requests_date', 'requestDate'),
        Index('idx_sample_requests_order', 'relatedOrderId'),
        Index('idx_sample_requests_status', 'sampleRequestStatus'),
        Index('sampleRequests_cancelledBy_users_id_fk', 'cancelledBy'),
        Index('sampleRequests_fulfilledBy_users_id_fk', 'fulfilledBy'),
        Index('sampleRequests_requestedBy_users_id_fk', 'requestedBy')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    clientId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    requestedBy: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    requestDate: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    products: Mapped[str] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'), nullable=False)
    sampleRequestStatus: Mapped[SamplerequestsSamplerequeststatus] = mapped_column(Enum(SamplerequestsSamplerequeststatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'PENDING'"))
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    updatedAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    fulfilledDate: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    fulfilledBy: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    cancelledDate: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    cancelledBy: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    cancellationReason: Mapped[Optional[str]] = mapped_column(Text)
    notes: Mapped[Optional[str]] = mapped_column(Text)
    totalCost: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(10, 2))
    relatedOrderId: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    conversionDate: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)

    users: Mapped[Optional['Users']] = relationship('Users', foreign_keys=[cancelledBy], back_populates='sampleRequests_cancelledBy')
    clients: Mapped['Clients'] = relationship('Clients', back_populates='sampleRequests')
    users_: Mapped[Optional['Users']] = relationship('Users', foreign_keys=[fulfilledBy], back_populates='sampleRequests_fulfilledBy')
    orders: Mapped[Optional['Orders']] = relationship('Orders', back_populates='sampleRequests')
    users1: Mapped['Users'] = relationship('Users', foreign_keys=[requestedBy], back_populates='sampleRequests_requestedBy')


class SampleInventoryLog(Base):
    __tablename__ = 'sample_inventory_log'
    __table_args__ = (
        ForeignKeyConstraint(['batch_id'], ['batches.id'], ondelete='CASCADE', name='sample_inventory_log_batch_id_batches_id_fk'),
        ForeignKeyConstraint(['created_by'], ['users.id'], name='sample_inventory_log_created_by_users_id_fk'),
        ForeignKeyConstraint(['order_id'], ['orders.id'], ondelete='CASCADE', name='sample_inventory_log_order_id_orders_id_fk'),
        Index('idx_batch_id', 'batch_id'),
        Index('idx_created_at', 'created_at'),
        Index('idx_order_id', 'order_id'),
        Index('sample_inventory_log_created_by_users_id_fk', 'created_by')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    batch_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    quantity: Mapped[decimal.Decimal] = mapped_column(DECIMAL(15, 4), nullable=False)
    action: Mapped[SampleInventoryLogAction] = mapped_column(Enum(SampleInventoryLogAction, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    order_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    notes: Mapped[Optional[str]] = mapped_column(Text)
    created_by: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    created_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text('current_timestamp()'))

    batch: Mapped['Batches'] = relationship('Batches', back_populates='sample_inventory_log')
    users: Mapped[Optional['Users']] = relationship('Users', back_populates='sample_inventory_log')
    order: Mapped[Optional['Orders']] = relationship('Orders', back_populates='sample_inventory_log')


class TodoTaskActivity(Base):
    __tablename__ = 'todo_task_activity'
    __table_args__ = (
        ForeignKeyConstraint(['task_id'], ['todo_tasks.id'], ondelete='CASCADE', name='todo_task_activity_task_id_todo_tasks_id_fk'),
        ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE', name='todo_task_activity_user_id_users_id_fk'),
        Index('idx_created_at', 'created_at'),
        Index('idx_task_id', 'task_id'),
        Index('idx_user_id', 'user_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    task_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    user_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    action: Mapped[TodoTaskActivityAction] = mapped_column(Enum(TodoTaskActivityAction, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    created_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    field_changed: Mapped[Optional[str]] = mapped_column(String(100))
    old_value: Mapped[Optional[str]] = mapped_column(Text)
    new_value: Mapped[Optional[str]] = mapped_column(Text)

    task: Mapped['TodoTasks'] = relationship('TodoTasks', back_populates='todo_task_activity')
    user: Mapped['Users'] = relationship('Users', back_populates='todo_task_activity')
