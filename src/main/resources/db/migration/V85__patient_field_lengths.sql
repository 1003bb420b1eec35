-- patient: the registry's free-text fields get the lengths RegistryFieldLimits checks, so that a megabyte name or
-- MRN arriving by any route (the API, a FHIR import) is refused by the database too. NOT VALID: rows already
-- stored are left as they are; every insert and update is checked.
alter table patient
    add constraint patient_family_name_length check (char_length(family_name) <= 100) not valid,
    add constraint patient_given_names_length check (char_length(given_names) <= 100) not valid,
    add constraint patient_mrn_length check (char_length(mrn) <= 64) not valid,
    add constraint patient_phone_length check (char_length(phone) <= 40) not valid,
    add constraint patient_email_length check (char_length(email) <= 254) not valid,
    add constraint patient_best_time_to_call_length check (char_length(best_time_to_call) <= 200) not valid,
    add constraint patient_preferred_language_length check (char_length(preferred_language) <= 35) not valid,
    add constraint patient_address_line_length check (char_length(address_line) <= 200) not valid,
    add constraint patient_city_length check (char_length(city) <= 100) not valid,
    add constraint patient_state_length check (char_length(state) <= 100) not valid,
    add constraint patient_postal_code_length check (char_length(postal_code) <= 20) not valid,
    add constraint patient_country_length check (char_length(country) <= 100) not valid,
    add constraint patient_birth_date_range check (birth_date >= date '1900-01-01') not valid;

alter table patient_identifier
    add constraint patient_identifier_system_length check (char_length(system) <= 255) not valid,
    add constraint patient_identifier_value_length check (char_length(value) <= 255) not valid,
    add constraint patient_identifier_type_length check (char_length(type) <= 255) not valid;

alter table patient_contact
    add constraint patient_contact_name_length check (char_length(name) <= 200) not valid,
    add constraint patient_contact_relation_length check (char_length(relation) <= 200) not valid,
    add constraint patient_contact_phone_length check (char_length(phone) <= 40) not valid;
