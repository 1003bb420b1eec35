-- patient: what a prescription says about its supply (FHIR MedicationRequest.dispenseRequest), where the EHR sends it:
-- the day the supply starts (the validity period's start, else the day the prescription was written), the days one
-- fill lasts, the quantity of one fill and the refills the prescriber allowed. A care manager's "refill due" comes
-- from these; CareLoop receives no pharmacy dispense records.
alter table medication
    add column supply_starts_on      date,
    add column supply_days           integer check (supply_days > 0),
    add column supply_quantity       numeric check (supply_quantity >= 0),
    add column supply_unit           text,
    add column supply_refills_allowed integer check (supply_refills_allowed >= 0);
