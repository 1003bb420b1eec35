-- Remote monitoring devices: a device registered to a patient from a start day until it is returned. The vendor's
-- device id is what a feed names; it is unique in a practice while the device is assigned (a returned device may be
-- registered again to another patient).
create table device (
    id               uuid primary key,
    practice_id      uuid not null references practice(id),
    patient_id       uuid not null references patient(id) on delete cascade,
    kind             text not null check (kind in ('BP_CUFF', 'SCALE', 'GLUCOMETER', 'PULSE_OXIMETER', 'THERMOMETER')),
    maker            text,
    model            text,
    serial_number    text,
    vendor_device_id text not null,
    started_on       date not null,
    returned_on      date,
    registered_by    uuid references app_user(id),
    registered_at    timestamp with time zone not null,
    returned_by      uuid references app_user(id),
    returned_at      timestamp with time zone,
    version          integer not null default 0,
    check (returned_on is null or returned_on >= started_on)
);
create unique index device_assigned_vendor_id_idx on device (practice_id, vendor_device_id) where returned_on is null;
create index device_patient_idx on device (patient_id);
create index device_vendor_id_idx on device (practice_id, vendor_device_id);

-- A reading sent by a device names it; the same device never stores the same code at the same time twice.
alter table observation add column device_id uuid references device(id);
create unique index observation_device_reading_idx on observation (device_id, code, effective_at)
    where device_id is not null;
create index observation_device_days_idx on observation (patient_id, effective_at) where source = 'DEVICE';
