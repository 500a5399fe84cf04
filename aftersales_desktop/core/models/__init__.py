"""All peewee models of the domain; ALL_MODELS is in creation order (parents before children)."""

from aftersales_desktop.core.models.audit import AuditEntry, AuditWord
from aftersales_desktop.core.models.base import BaseModel
from aftersales_desktop.core.models.billing import Invoice
from aftersales_desktop.core.models.bills import BillLine
from aftersales_desktop.core.models.calls import Dispatch, ServiceCall, Visit, Voucher
from aftersales_desktop.core.models.conduct import AuthorityEvent, ConductEntry, ConductRule
from aftersales_desktop.core.models.customers import (
    Contract,
    ContractFollowUp,
    ContractProduct,
    Customer,
    Product,
)
from aftersales_desktop.core.models.opinion import Complaint, ComplaintVisit, SurveyCard
from aftersales_desktop.core.models.parts import (
    ClaimOrder,
    Deposit,
    DirectPurchase,
    Part,
    PartIssue,
    StockMove,
    Stocktake,
    StocktakeLine,
    SupplierQuote,
    Tool,
    ToolLoan,
)
from aftersales_desktop.core.models.photos import Photo, PhotoBlob
from aftersales_desktop.core.models.repairs import (
    GoodsReceipt,
    GoodsRegisterEntry,
    Inspection,
    Quote,
    RepairCard,
    TimeEntry,
)
from aftersales_desktop.core.models.search import SearchKey
from aftersales_desktop.core.models.staff import Holiday, NumberSequence, Setting, Staff

ALL_MODELS: list[type[BaseModel]] = [
    Staff, Setting, Holiday, NumberSequence, AuditWord, AuditEntry,
    Customer, Product, Contract, ContractProduct, ContractFollowUp,
    ServiceCall, Dispatch, Visit, Voucher,
    GoodsReceipt, RepairCard, GoodsRegisterEntry, Quote, Inspection, TimeEntry,
    Invoice,
    Part, PartIssue, Stocktake, StockMove, DirectPurchase, SupplierQuote,
    ClaimOrder, Deposit, Tool, ToolLoan, StocktakeLine,
    ConductRule, ConductEntry, AuthorityEvent,
    SurveyCard, Complaint, ComplaintVisit,
    BillLine, Photo, SearchKey, PhotoBlob,
]  # fmt: skip

__all__ = [m.__name__ for m in ALL_MODELS] + ["ALL_MODELS", "BaseModel"]
