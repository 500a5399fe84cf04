"""Customer opinion: survey cards for every call, complaints and suggestions, and visits."""

from __future__ import annotations

import peewee

from aftersales_desktop.core.models.base import BaseModel, CodeField
from aftersales_desktop.core.models.calls import ServiceCall
from aftersales_desktop.core.models.conduct import ConductEntry
from aftersales_desktop.core.models.customers import Customer
from aftersales_desktop.core.models.staff import Staff


class SurveyCard(BaseModel):
    """A survey card (客户意见调查卡) for one closed call; ratings 1..4 (vocab.SURVEY_LEVEL)."""

    number = peewee.CharField(max_length=20, unique=True)
    call = peewee.ForeignKeyField(ServiceCall, unique=True, backref="survey_cards")
    technician = peewee.ForeignKeyField(Staff, null=True)
    due_on = peewee.DateField(index=True)
    sent_at = peewee.DateTimeField(null=True)
    sent_how = peewee.CharField(max_length=10, default="")  # print / phone
    answered_at = peewee.DateTimeField(null=True)
    attitude = peewee.IntegerField(null=True)
    skill = peewee.IntegerField(null=True)
    arrival = peewee.IntegerField(null=True)
    promise = peewee.IntegerField(null=True)
    comments = peewee.TextField(default="")
    recorded_by = peewee.ForeignKeyField(Staff, null=True)
    follow_up = peewee.CharField(max_length=12, default="")  # "" / open / complaint / dismissed
    follow_up_note = peewee.TextField(default="")
    # Set by peewee; typed here for the checker.
    call_id: int
    technician_id: int | None
    recorded_by_id: int | None
    complaints: peewee.ModelSelect[Complaint]

    class Meta:
        indexes = (
            (("answered_at", "due_on"), False),  # answered in a period; the outstanding ones by the day due
            (("follow_up", "answered_at"), False),  # the open follow-ups, oldest answer first
        )


class Complaint(BaseModel):
    """A complaint or suggestion; serious ones go to the manager at once (第二十条)."""

    number = peewee.CharField(max_length=20, unique=True)
    kind = CodeField(default="complaint")  # vocab.COMPLAINT_KIND
    severity = CodeField(default="ordinary")  # vocab.SEVERITY
    customer = peewee.ForeignKeyField(Customer, backref="complaints")
    call = peewee.ForeignKeyField(ServiceCall, null=True, backref="complaints")
    survey_card = peewee.ForeignKeyField(SurveyCard, null=True, backref="complaints")
    description = peewee.TextField()
    registered_at = peewee.DateTimeField(index=True)
    registered_by = peewee.ForeignKeyField(Staff)
    status = CodeField(default="open")  # vocab.COMPLAINT_STATUS
    first_answer_at = peewee.DateTimeField(null=True)
    outcome = peewee.TextField(default="")
    reply_how = CodeField(null=True)  # vocab.REPLY_HOW; serious ones must be in writing
    replied_at = peewee.DateTimeField(null=True)
    closed_at = peewee.DateTimeField(null=True)
    closed_by = peewee.ForeignKeyField(Staff, null=True)
    conduct_entry = peewee.ForeignKeyField(ConductEntry, null=True)
    # Set by peewee; typed here for the checker.
    customer_id: int
    call_id: int | None
    survey_card_id: int | None
    registered_by_id: int
    closed_by_id: int | None
    conduct_entry_id: int | None
    visits: peewee.ModelSelect[ComplaintVisit]

    class Meta:
        indexes = ((("status", "registered_at"), False),)  # the open ones, oldest first



class ComplaintVisit(BaseModel):
    """Every complaint gets a visit by the supervisor or someone they send (第二十二条)."""

    complaint = peewee.ForeignKeyField(Complaint, backref="visits")
    visitor = peewee.ForeignKeyField(Staff)
    sent_by = peewee.ForeignKeyField(Staff)
    visited_at = peewee.DateTimeField()
    note = peewee.TextField(default="")
    # Set by peewee; typed here for the checker.
    complaint_id: int
    visitor_id: int
    sent_by_id: int
