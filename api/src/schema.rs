//! Diesel table definitions, written for both backends: ids are UUIDs as `Text`, instants are UTC
//! `Timestamp`s, dates are `Date`.
#![allow(missing_docs)]

diesel::table! {
    neighbourhoods (id) {
        id -> Text,
        name -> Text,
        municipality -> Text,
        buurt_code -> Nullable<Text>,
        wijk_code -> Nullable<Text>,
        gemeente_code -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    people (id) {
        id -> Text,
        name -> Text,
        email -> Nullable<Text>,
        phone -> Nullable<Text>,
        postcode -> Nullable<Text>,
        contact_preference -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    accounts (id) {
        id -> Text,
        email -> Text,
        display_name -> Text,
        password_hash -> Text,
        role -> Text,
        disabled -> Bool,
        person_id -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    refresh_tokens (id) {
        id -> Text,
        account_id -> Text,
        token_hash -> Text,
        expires_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    groups (id) {
        id -> Text,
        name -> Text,
        slug -> Text,
        neighbourhood_id -> Text,
        status -> Text,
        description -> Nullable<Text>,
        meeting_place -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    memberships (id) {
        id -> Text,
        group_id -> Text,
        person_id -> Text,
        kind -> Text,
        professional_role -> Nullable<Text>,
        organisation -> Nullable<Text>,
        joined_on -> Date,
        left_on -> Nullable<Date>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::joinable!(accounts -> people (person_id));
diesel::joinable!(refresh_tokens -> accounts (account_id));
diesel::joinable!(groups -> neighbourhoods (neighbourhood_id));
diesel::joinable!(memberships -> groups (group_id));
diesel::joinable!(memberships -> people (person_id));

diesel::allow_tables_to_appear_in_same_query!(
    neighbourhoods,
    people,
    accounts,
    refresh_tokens,
    groups,
    memberships
);
